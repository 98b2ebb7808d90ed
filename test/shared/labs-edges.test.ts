// Edges of the lab log the main suite does not reach: the labels and band names people read, which "treat"
// sentence a ferritin of exactly 75 gets, same-day entries, and the recheck's refusal of a bad today.
import { describe, expect, it } from 'vitest'
import { setLocale } from '../../shared/i18n/index.ts'
import {
  ferritinRecheck,
  ironStatus,
  LAB_INFO,
  type LabEntry,
  labSeries,
  latestLab,
  TARGET_BANDS,
} from '../../shared/labs.ts'

const lab = (kind: LabEntry['kind'], value: number, date: string, id: string): LabEntry => ({
  id,
  kind,
  value,
  date,
})

describe('what the lab screens call things', () => {
  it('labels each lab in the language in effect', () => {
    expect([LAB_INFO.ferritin.label, LAB_INFO.tsat.label, LAB_INFO.vitaminD.label]).toEqual([
      'Ferritin',
      'Transferrin saturation (TSAT)',
      'Vitamin D (25-OH)',
    ])
    try {
      setLocale('de', 'de-DE')
      expect(LAB_INFO.ferritin.label).toBe('Ferritin')
      expect(LAB_INFO.tsat.label).not.toBe('Transferrin saturation (TSAT)')
    } finally {
      setLocale('en', 'en-GB', 'system')
    }
  })

  it('names every chart band', () => {
    expect(TARGET_BANDS.ferritin.map((b) => b.label)).toEqual([
      'Minimum for restless legs',
      'Target for restless legs',
    ])
    expect(TARGET_BANDS.tsat.map((b) => b.label)).toEqual(['Not low'])
    expect(TARGET_BANDS.vitaminD.map((b) => b.label)).toEqual(['Target'])
  })
})

describe('the iron picture', () => {
  it('at a ferritin of exactly 75 says the ferritin is the reason, not the TSAT', () => {
    const status = ironStatus([lab('ferritin', 75, '2026-11-01', 'f'), lab('tsat', 30, '2026-11-01', 't')])
    expect(status?.state).toBe('treat')
    expect(status?.text).toMatch(/: ferritin is 75 or below\. Worth raising with your doctor\.$/)
  })

  it('with a low TSAT and a ferritin above 75 says the TSAT is the reason', () => {
    const status = ironStatus([lab('ferritin', 76, '2026-11-01', 'f'), lab('tsat', 19, '2026-11-01', 't')])
    expect(status?.text).toMatch(/: TSAT is below 20 %, even though ferritin is above 75\./)
  })
})

describe('same-day entries', () => {
  it('the later one in the list is the latest', () => {
    const entries = [lab('ferritin', 40, '2026-11-01', 'a'), lab('ferritin', 60, '2026-11-01', 'b')]
    expect(latestLab(entries, 'ferritin')?.id).toBe('b')
    expect(latestLab([...entries].reverse(), 'ferritin')?.id).toBe('a')
  })

  it('keep the order they were logged in on the chart, among the others in date order', () => {
    const entries = [
      lab('ferritin', 3, '2026-09-01', 'c'),
      lab('ferritin', 10, '2026-06-01', 'x'),
      lab('ferritin', 11, '2026-06-01', 'y'),
      lab('ferritin', 12, '2026-06-01', 'z'),
      lab('ferritin', 1, '2026-03-01', 'a'),
      lab('ferritin', 2, '2026-04-01', 'b'),
    ]
    expect(labSeries(entries, 'ferritin').map((p) => p.value)).toEqual([1, 2, 10, 11, 12, 3])
  })
})

describe('the ferritin recheck', () => {
  it('names today when it is not a real date', () => {
    expect(() => ferritinRecheck([], '2026-11-31')).toThrow(
      'today: expected a real date as YYYY-MM-DD, got "2026-11-31"',
    )
  })
})
