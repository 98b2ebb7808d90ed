import { describe, expect, it } from 'vitest'
import { type Comparison, correlationNote, whatSeemsToHelp } from '../../shared/correlation.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { NightEntry } from '../../shared/history.ts'
import { checkIn, night, record } from './fixtures/journal.ts'

const PLANNED = ['warm-bath', 'magnesium']

/** Nights from 2026-10-01 on; each item: did the bath happen, severity, alcohol. */
function nights(
  list: readonly [bath: boolean, severity: number, alcohol?: boolean][],
): Record<string, NightEntry> {
  const out: Record<string, NightEntry> = {}
  list.forEach(([bath, severity, alcohol], i) => {
    const done = bath ? ['warm-bath', 'magnesium'] : ['magnesium']
    out[dateFromDayNumber(dayNumber('2026-10-01') + i)] = night(done, PLANNED, {
      checkIn: checkIn(severity, { triggers: { alcohol: alcohol ?? false } }),
    })
  })
  return out
}

const find = (results: Comparison[], id: string) => {
  const found = results.find((r) => r.id === id)
  if (!found) throw new Error(`no comparison for ${id}`)
  return found
}

describe('whatSeemsToHelp', () => {
  it('compares average severity with and without a step once there are 3 nights each side', () => {
    const results = whatSeemsToHelp(
      nights([
        [true, 2],
        [true, 3],
        [true, 4],
        [false, 6],
        [false, 7],
        [false, 8],
      ]),
    )
    const bath = find(results, 'warm-bath')
    expect(bath).toMatchObject({
      kind: 'step',
      name: 'Warm bath or shower',
      withNights: 3,
      withoutNights: 3,
      withAverage: 3,
      withoutAverage: 7,
      difference: -4,
      enough: true,
      moreNeeded: { with: 0, without: 0 },
      correlationOnly: true,
    })
    expect(bath.label).toContain('3.0')
    expect(bath.label).toContain('7.0')
    expect(bath.label).toContain('milder with it')
  })

  it('holds back a comparison with 2 nights on one side and says how many more are needed', () => {
    const results = whatSeemsToHelp(
      nights([
        [true, 2],
        [true, 3],
        [false, 6],
        [false, 7],
        [false, 8],
      ]),
    )
    const bath = find(results, 'warm-bath')
    expect(bath).toMatchObject({ enough: false, withAverage: null, withoutAverage: null, difference: null })
    expect(bath.moreNeeded).toEqual({ with: 1, without: 0 })
    expect(bath.label).toBe('Warm bath or shower: not enough nights yet. Needs 1 night with it.')
    // Magnesium was done every night: nothing to compare against yet.
    expect(find(results, 'magnesium').moreNeeded).toEqual({ with: 0, without: 3 })
  })

  it('compares triggers from the check-ins and calls a worse average worse', () => {
    const results = whatSeemsToHelp(
      nights([
        [true, 7, true],
        [true, 8, true],
        [true, 9, true],
        [true, 3],
        [true, 4],
        [true, 4],
      ]),
    )
    const alcohol = find(results, 'alcohol')
    expect(alcohol).toMatchObject({ kind: 'trigger', name: 'Alcohol', withAverage: 8, withoutAverage: 3.7 })
    expect(alcohol.difference).toBeCloseTo(4.3, 5)
    expect(alcohol.label).toContain('worse with it')
    expect(find(results, 'nicotine').moreNeeded).toEqual({ with: 3, without: 0 })
  })

  it('calls a small difference about the same', () => {
    const results = whatSeemsToHelp(
      nights([
        [true, 5],
        [true, 5],
        [true, 5],
        [false, 5],
        [false, 5],
        [false, 6],
      ]),
    )
    expect(find(results, 'warm-bath').label).toContain('about the same')
  })

  it('ignores nights without a check-in and nights outside the range', () => {
    const history = nights([
      [true, 2],
      [true, 2],
      [true, 2],
      [false, 8],
      [false, 8],
      [false, 8],
    ])
    history['2026-09-01'] = night(['warm-bath'], PLANNED)
    expect(find(whatSeemsToHelp(history), 'warm-bath').withNights).toBe(3)
    const limited = whatSeemsToHelp(history, { from: '2026-10-02', to: '2026-10-05' })
    expect(find(limited, 'warm-bath')).toMatchObject({ withNights: 2, withoutNights: 2, enough: false })
  })

  it('uses the person’s own step titles when given', () => {
    const results = whatSeemsToHelp(nights([[true, 2]]), { stepTitles: { 'warm-bath': 'Hot shower' } })
    expect(find(results, 'warm-bath').name).toBe('Hot shower')
  })

  it('marks every result as a correlation, not proof', () => {
    expect(correlationNote()).toMatch(/not proof/)
    const results = whatSeemsToHelp(nights([[true, 2]]))
    expect(results.length).toBe(PLANNED.length + 5)
    expect(results.every((r) => r.correlationOnly)).toBe(true)
  })

  it('handles ten years of nights', () => {
    const list = Array.from(
      { length: 3650 },
      (_, i) => [i % 2 === 0, i % 11, i % 3 === 0] as [boolean, number, boolean],
    )
    const results = whatSeemsToHelp(nights(list))
    expect(find(results, 'warm-bath').withNights + find(results, 'warm-bath').withoutNights).toBe(3650)
  })
})

describe('whatSeemsToHelp at its edges', () => {
  it('calls a difference of exactly 0.5 worse, not about the same', () => {
    const bath = find(
      whatSeemsToHelp(
        nights([
          [true, 5],
          [true, 5],
          [true, 6],
          [true, 6],
          [false, 5],
          [false, 5],
          [false, 5],
        ]),
      ),
      'warm-bath',
    )
    expect(bath.difference).toBe(0.5)
    expect(bath.label).toContain('worse with it')
  })

  it('says only the side that still needs nights', () => {
    const results = whatSeemsToHelp(
      nights([
        [true, 2],
        [true, 2],
        [true, 2],
      ]),
    )
    expect(find(results, 'magnesium').label).toBe(
      'Magnesium glycinate: not enough nights yet. Needs 3 nights without it.',
    )
    expect(find(whatSeemsToHelp(nights([[false, 2]])), 'warm-bath').label).toBe(
      'Warm bath or shower: not enough nights yet. Needs 3 nights with it and 2 nights without it.',
    )
  })

  it('compares a planned step that was never done, and a done step that was not planned', () => {
    const history = {
      '2026-10-01': night([], ['warm-bath'], { checkIn: checkIn(6) }),
      '2026-10-02': { record: record({ 'pre-bed-walk': 'done' }), planned: [], checkIn: checkIn(3) },
    }
    const results = whatSeemsToHelp(history)
    expect(find(results, 'warm-bath')).toMatchObject({ withNights: 0, withoutNights: 2 })
    expect(find(results, 'pre-bed-walk')).toMatchObject({ withNights: 1, withoutNights: 1 })
  })

  it('names the range argument or the night that is not a real date', () => {
    const history = nights([[true, 2]])
    expect(() => whatSeemsToHelp(history, { from: '2026-02-30' })).toThrow(/^from: expected a real date/)
    expect(() => whatSeemsToHelp(history, { to: '2026-13-01' })).toThrow(/^to: expected a real date/)
    expect(() => whatSeemsToHelp({ '2026-02-30': night([], PLANNED, { checkIn: checkIn(2) }) })).toThrow(
      /^nights\["2026-02-30"\]: expected a real date/,
    )
  })
})
