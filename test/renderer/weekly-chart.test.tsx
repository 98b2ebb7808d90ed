// The summary's weekly bars: the caption and the bars' spoken labels read in the person's language.
import { render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { WeeklyChart } from '../../renderer/components/WeeklyChart.tsx'
import { setLocale } from '../../shared/i18n/index.ts'

afterEach(() => {
  setLocale('en', 'en-GB')
})

const bars = [
  { to: '2026-11-17', value: 4 },
  { to: '2026-11-24', value: null },
]

function chart(title: string) {
  const { container } = render(<WeeklyChart title={title} bars={bars} yMax={10} ticks={[0, 5, 10]} />)
  return {
    caption: container.querySelector('figcaption')?.textContent,
    label: container.querySelector('svg')?.getAttribute('aria-label'),
  }
}

describe('weekly chart words', () => {
  it('says in English how the weeks are counted', () => {
    expect(chart('Symptoms').caption).toBe('Symptoms, by week ending on the date shown')
  })

  it('reads in German and Spanish, caption and bars alike', () => {
    setLocale('de', 'de-DE')
    const de = chart('Beschwerden')
    expect(de.caption).toBe('Beschwerden, nach Wochen, die am angegebenen Datum enden')
    expect(de.label).not.toMatch(/week|no data/)
    setLocale('es', 'es-ES')
    expect(chart('Síntomas').caption).toBe('Síntomas, por semanas que terminan en la fecha indicada')
  })
})
