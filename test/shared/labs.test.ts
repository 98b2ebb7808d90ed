import { describe, expect, it } from 'vitest'
import { ValidationError } from '../../shared/errors.ts'
import {
  classifyLab,
  ferritinRecheck,
  type LabEntry,
  labSeries,
  latestLab,
  parseLabEntry,
  TARGET_BANDS,
} from '../../shared/labs.ts'

const TODAY = '2026-11-24'
const lab = (kind: LabEntry['kind'], value: number, date = '2026-11-01', id = `${kind}-1`): LabEntry => ({
  id,
  kind,
  value,
  date,
})

function problems(value: unknown, today = TODAY): string[] {
  try {
    parseLabEntry(value, today)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems
    throw error
  }
  return []
}

describe('lab entry validation', () => {
  it('accepts plausible values at the edges of each range, with an optional note', () => {
    for (const entry of [
      lab('ferritin', 1),
      lab('ferritin', 2000),
      lab('ferritin', 45.5),
      lab('tsat', 1),
      lab('tsat', 100),
      lab('vitaminD', 1),
      { ...lab('vitaminD', 200), note: 'fasting, 8 am' },
    ]) {
      expect(parseLabEntry(entry, TODAY)).toEqual(entry)
    }
  })

  it.each([
    [lab('ferritin', 0.5), 'value: expected ferritin from 1 to 2000 ng/mL, got 0.5'],
    [lab('ferritin', 2001), 'value: expected ferritin from 1 to 2000 ng/mL, got 2001'],
    [lab('tsat', 101), 'value: expected TSAT from 1 to 100 %, got 101'],
    [lab('vitaminD', 250), 'value: expected vitamin D from 1 to 200 ng/mL, got 250'],
  ])('names an implausible value and the allowed range', (entry, message) => {
    expect(problems(entry)).toEqual([message])
  })

  it('wants a number, not text or NaN', () => {
    expect(problems({ ...lab('ferritin', 1), value: '45' })).toEqual(['value: expected a number, got "45"'])
    expect(problems({ ...lab('ferritin', 1), value: Number.NaN })[0]).toMatch(/^value: expected a number/)
  })

  it('wants a real date that is not in the future', () => {
    expect(problems(lab('ferritin', 40, '2026-02-30'))).toEqual([
      'date: expected a real date as YYYY-MM-DD, got "2026-02-30"',
    ])
    expect(problems(lab('ferritin', 40, '24.11.2026'))[0]).toMatch(/^date: expected a real date/)
    expect(problems(lab('ferritin', 40, '2026-11-25'))).toEqual([
      'date: expected a date on or before 2026-11-24, got "2026-11-25"',
    ])
    expect(problems(lab('ferritin', 40, TODAY))).toEqual([])
  })

  it('names an unknown kind and a bad today', () => {
    expect(problems({ ...lab('ferritin', 40), kind: 'b12' })).toEqual([
      'kind: expected ferritin, tsat or vitaminD, got "b12"',
    ])
    expect(() => parseLabEntry(lab('ferritin', 40), 'today')).toThrow(/^today:/)
  })
})

describe('classifyLab', () => {
  it.each([
    ['ferritin', 49.9, 'low'],
    ['ferritin', 50, 'borderline'],
    ['ferritin', 74.9, 'borderline'],
    ['ferritin', 75, 'target'],
    ['ferritin', 150, 'target'],
    ['tsat', 19.9, 'low'],
    ['tsat', 20, 'target'],
    ['vitaminD', 19, 'low'],
    ['vitaminD', 39.9, 'borderline'],
    ['vitaminD', 40, 'target'],
    ['vitaminD', 60, 'target'],
    ['vitaminD', 60.1, 'above'],
  ] as const)('%s %d is %s', (kind, value, band) => {
    const result = classifyLab({ kind, value })
    expect(result.band).toBe(band)
    expect(result.text.length).toBeGreaterThan(10)
  })

  it('says ferritin below 50 is low for RLS even when the lab calls it normal', () => {
    expect(classifyLab({ kind: 'ferritin', value: 30 }).text).toMatch(
      /low for restless legs.*lab calls it normal/,
    )
  })

  it('offers the chart bands from the protocol', () => {
    expect(TARGET_BANDS.ferritin).toEqual([
      expect.objectContaining({ from: 50, to: 75 }),
      expect.objectContaining({ from: 75, to: null }),
    ])
    expect(TARGET_BANDS.vitaminD).toEqual([expect.objectContaining({ from: 40, to: 60 })])
  })
})

describe('ferritinRecheck', () => {
  const entries = [
    lab('ferritin', 40, '2026-08-24'),
    lab('ferritin', 30, '2026-05-01'),
    lab('vitaminD', 40, '2026-10-01'),
  ]

  it('is due 3 months after the latest ferritin entry, whatever the list order', () => {
    expect(ferritinRecheck(entries, '2026-11-23')).toEqual({
      lastDate: '2026-08-24',
      dueDate: '2026-11-24',
      status: 'upcoming',
      daysUntilDue: 1,
    })
    expect(ferritinRecheck(entries, '2026-11-24')?.status).toBe('due')
    expect(ferritinRecheck(entries, '2026-12-24')).toMatchObject({ status: 'due', daysUntilDue: -30 })
    expect(ferritinRecheck(entries, '2026-12-25')).toMatchObject({ status: 'overdue', daysUntilDue: -31 })
  })

  it('keeps month ends sensible', () => {
    expect(ferritinRecheck([lab('ferritin', 60, '2026-11-30')], TODAY)?.dueDate).toBe('2027-02-28')
  })

  it('is null without a ferritin entry', () => {
    expect(ferritinRecheck([lab('tsat', 25)], TODAY)).toBeNull()
  })
})

describe('latestLab and labSeries', () => {
  it('picks the latest by date and sorts a series by date', () => {
    const entries = [
      lab('ferritin', 40, '2026-08-24'),
      lab('ferritin', 30, '2026-05-01'),
      lab('tsat', 18, '2026-09-01'),
    ]
    expect(latestLab(entries, 'ferritin')?.value).toBe(40)
    expect(latestLab(entries, 'vitaminD')).toBeUndefined()
    expect(labSeries(entries, 'ferritin')).toEqual([
      { date: '2026-05-01', value: 30 },
      { date: '2026-08-24', value: 40 },
    ])
  })
})
