// No raw ISO date reaches a person: History (calendar, night detail, streaks, import preview), Health (labs,
// medicines, treatment log), the doctor's summary and the check-in, each rendered with data in English,
// German and Spanish, and every text node and accessible name scanned for YYYY-MM-DD.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { serializeBackup } from '../../shared/backup.ts'
import { CATALOGUES, type Locale } from '../../shared/i18n/index.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, LAST_NIGHT, nightWith, PLANNED } from './fake-journal.ts'

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/

let main: FakeMain

/** Every text node and accessible-name attribute on the page that shows a raw ISO date. */
function isoDatesShown(): string[] {
  const found: string[] = []
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? ''
    if (ISO_DATE.test(text)) found.push(text)
  }
  for (const element of document.body.querySelectorAll('[aria-label], [title], [aria-valuetext]')) {
    for (const name of ['aria-label', 'title', 'aria-valuetext']) {
      const value = element.getAttribute(name)
      if (value && ISO_DATE.test(value)) found.push(`${name}="${value}"`)
    }
  }
  return found
}

function seed(language: Locale) {
  main = installFakeMain({ settings: { language } })
  for (let i = -20; i <= 0; i++) {
    const night = addDays(LAST_NIGHT, i)
    main.journal.nights[night] = nightWith(PLANNED)
    main.journal.checkIns[night] = checkInOf(i % 3 === 0 ? 6 : 2)
  }
  main.journal.travel.add(addDays(LAST_NIGHT, -25))
  main.journal.labs.push(
    { id: 'lab-1', kind: 'ferritin', value: 38, date: '2026-06-01' },
    { id: 'lab-2', kind: 'tsat', value: 22, date: '2026-06-01' },
    { id: 'lab-3', kind: 'vitaminD', value: 30, date: '2026-07-15' },
  )
  main.journal.medicines.push(
    { id: 'med-1', name: 'Magnesium glycinate', kind: 'supplement', startedOn: '2026-09-01' },
    {
      id: 'med-2',
      name: 'Pramipexole',
      dose: '0.125 mg',
      kind: 'medicine',
      startedOn: '2026-03-02',
      rls: { doseChanges: [{ date: '2026-05-10', dose: '0.25 mg' }], stoppedOn: '2026-10-01' },
    },
    { id: 'med-3', name: 'Gabapentin', kind: 'medicine', startedOn: '2026-10-02', rls: { doseChanges: [] } },
  )
}

const LANGUAGES: readonly Locale[] = ['en', 'de', 'es']

describe.each(LANGUAGES)('dates as people read them (%s)', (language) => {
  beforeEach(() => seed(language))

  it('history: calendar, night detail, streaks, charts and an import preview', async () => {
    const user = userEvent.setup()
    window.location.hash = '#/history'
    render(<App />)
    const data = (await screen.findByRole('region', {
      name: CATALOGUES[language]['data.heading'],
    })) as HTMLElement
    const backup = serializeBackup({
      exportedAt: '2026-11-20T09:00:00+01:00',
      settings: { ...defaultSettings(), firstRunDone: true },
      nights: { '2026-11-03': nightWith(PLANNED), '2026-11-05': nightWith(['magnesium']) },
      checkIns: { '2026-11-04': checkInOf(4) },
      labs: [],
      medicines: [],
      dismissedPrompts: [],
    })
    const input = data.querySelector('input[type="file"]') as HTMLInputElement
    await user.upload(input, new File([backup], 'backup.json', { type: 'application/json' }))
    await within(data).findByRole('button', { name: CATALOGUES[language]['data.confirm'] })
    expect(isoDatesShown()).toEqual([])
  })

  it('health: labs, medicines and the treatment log', async () => {
    window.location.hash = '#/health'
    render(<App />)
    await screen.findAllByText(/0\.25 mg/)
    expect(isoDatesShown()).toEqual([])
  })

  it("the doctor's summary", async () => {
    window.location.hash = '#/summary'
    render(<App />)
    await screen.findAllByText(/Pramipexole/)
    expect(isoDatesShown()).toEqual([])
  })

  it('the check-in for a past night', async () => {
    window.location.hash = `#/check-in/${addDays(LAST_NIGHT, -2)}`
    render(<App />)
    await screen.findAllByRole('group')
    expect(isoDatesShown()).toEqual([])
  })
})
