import { describe, expect, it } from 'vitest'
import { problemText, ValidationError } from '../../shared/errors.ts'
import {
  atLeastMonthsApart,
  classifyLab,
  ferritinRecheck,
  ironStatus,
  type LabEntry,
  labSeries,
  latestLab,
  monthsAfter,
  parseLabEntry,
  TARGET_BANDS,
  vitaminDFromStored,
  vitaminDToStored,
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
    if (error instanceof ValidationError) return error.problems.map(problemText)
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
    ['ferritin', 74, 'borderline'],
    // The AASM guideline treats iron at ferritin 75 or below, so 75 is not yet the target.
    ['ferritin', 75, 'borderline'],
    ['ferritin', 76, 'target'],
    ['ferritin', 300, 'target'],
    ['ferritin', 301, 'above'],
    ['tsat', 19, 'low'],
    ['tsat', 19.9, 'low'],
    ['tsat', 20, 'target'],
    ['tsat', 21, 'target'],
    ['tsat', 45, 'target'],
    ['tsat', 46, 'above'],
    ['vitaminD', 19, 'low'],
    ['vitaminD', 20, 'borderline'],
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

  it('asks calmly about continuing iron when ferritin or TSAT is high', () => {
    expect(classifyLab({ kind: 'ferritin', value: 301 }).text).toMatch(/ask your doctor before continuing it/)
    expect(classifyLab({ kind: 'tsat', value: 46 }).text).toMatch(/ask your doctor before continuing it/)
    expect(classifyLab({ kind: 'ferritin', value: 300 }).text).not.toMatch(/continuing/)
  })

  it('says a good ferritin is only half the picture: TSAT counts too', () => {
    expect(classifyLab({ kind: 'ferritin', value: 90 }).text).toMatch(/TSAT counts too/)
  })

  it('offers the chart bands from the protocol', () => {
    expect(TARGET_BANDS.ferritin).toEqual([
      expect.objectContaining({ from: 50, to: 75 }),
      expect.objectContaining({ from: 75, to: 300 }),
    ])
    expect(TARGET_BANDS.tsat).toEqual([expect.objectContaining({ from: 20, to: 45 })])
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

  it('a test taken on the due date is the recheck: the next one is 3 months on', () => {
    const withRecheck = [...entries, lab('ferritin', 55, '2026-11-24', 'f-2')]
    expect(ferritinRecheck(withRecheck, '2026-11-24')).toMatchObject({
      lastDate: '2026-11-24',
      dueDate: '2027-02-24',
      status: 'upcoming',
    })
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

describe('one definition of "3 months"', () => {
  it.each([
    // from, the first day that counts, the day before it
    ['2026-08-24', '2026-11-24', '2026-11-23'],
    // a long month to a shorter one: the month's last day
    ['2026-11-30', '2027-02-28', '2027-02-27'],
    ['2026-08-31', '2026-11-30', '2026-11-29'],
    ['2027-11-30', '2028-02-29', '2028-02-28'],
    // a short month to a long one: the same day, not the month's end
    ['2026-02-28', '2026-05-28', '2026-05-27'],
    ['2026-05-31', '2026-08-31', '2026-08-30'],
  ])('from %s, %s counts and %s does not', (from, due, before) => {
    expect(monthsAfter(from)).toBe(due)
    expect(atLeastMonthsApart(from, due)).toBe(true)
    expect(atLeastMonthsApart(from, before)).toBe(false)
    expect(ferritinRecheck([lab('ferritin', 40, from)], due)?.status).toBe('due')
    expect(ferritinRecheck([lab('ferritin', 40, from)], before)?.status).toBe('upcoming')
  })
})

describe('ironStatus: ferritin ≤ 75 OR TSAT < 20 % means treat (AASM 2025)', () => {
  const f = (value: number, date = '2026-11-01') => lab('ferritin', value, date, `f-${value}`)
  const t = (value: number, date = '2026-11-01') => lab('tsat', value, date, `t-${value}`)

  it.each([
    [75, undefined, 'treat'],
    [76, undefined, 'target'],
    [90, 19, 'treat'],
    [90, 20, 'target'],
    [90, 15, 'treat'],
    [300, 45, 'target'],
    [301, 30, 'high'],
    [90, 46, 'high'],
    [40, 46, 'high'],
  ] as const)('ferritin %d with TSAT %s is %s', (ferritin, tsat, state) => {
    const labs = tsat === undefined ? [f(ferritin)] : [f(ferritin), t(tsat)]
    expect(ironStatus(labs)?.state).toBe(state)
  })

  it('ferritin 90 with TSAT 15 % never reads as in the target range', () => {
    const status = ironStatus([f(90), t(15)])
    expect(status?.text).not.toMatch(/in the target range/)
    expect(status?.text).toMatch(/TSAT is below 20 %/)
  })

  it('reads the TSAT from the same 3 months as the ferritin, not an old one', () => {
    expect(ironStatus([f(90, '2026-11-01'), t(15, '2026-08-01')])?.state).toBe('treat')
    expect(ironStatus([f(90, '2026-11-01'), t(15, '2026-07-31')])?.state).toBe('target')
    expect(ironStatus([f(90, '2026-11-01'), t(15, '2026-07-31')])?.text).toMatch(/No TSAT is logged/)
  })

  it('names the values and dates it rests on, and is null without ferritin', () => {
    expect(ironStatus([f(320), t(30)])?.text).toBe(
      'Your iron may be high (ferritin 320 ng/mL on 1 Nov 2026, TSAT 30 % on 1 Nov 2026). If you take iron, ' +
        'ask your doctor before continuing it: too much iron is harmful too. Inflammation can also raise ferritin.',
    )
    expect(ironStatus([t(30)])).toBeNull()
  })
})

describe('vitamin D in ng/mL and nmol/L (÷ 2.5), stored in ng/mL', () => {
  it.each([
    // nmol/L typed, ng/mL stored, band
    [49, 19.6, 'low'],
    [50, 20, 'borderline'],
    [51, 20.4, 'borderline'],
    [99, 39.6, 'borderline'],
    [100, 40, 'target'],
    [101, 40.4, 'target'],
    [149, 59.6, 'target'],
    [150, 60, 'target'],
    [151, 60.4, 'above'],
  ] as const)('%d nmol/L is stored as %d ng/mL and reads %s', (nmol, ng, band) => {
    const stored = vitaminDToStored(nmol, 'nmol/L')
    expect(stored).toBe(ng)
    expect(classifyLab({ kind: 'vitaminD', value: stored }).band).toBe(band)
    expect(vitaminDFromStored(stored, 'nmol/L')).toBe(nmol)
  })

  it('50 nmol/L is not in the target range', () => {
    const text = classifyLab({ kind: 'vitaminD', value: vitaminDToStored(50, 'nmol/L') }).text
    expect(text).not.toMatch(/in the target range/)
    expect(text).toMatch(/below the 40–60 ng\/mL \(100–150 nmol\/L\) target/)
  })

  it('leaves ng/mL as typed', () => {
    expect(vitaminDToStored(42.5, 'ng/mL')).toBe(42.5)
    expect(vitaminDFromStored(42.5, 'ng/mL')).toBe(42.5)
  })
})
