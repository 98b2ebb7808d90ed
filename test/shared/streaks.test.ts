import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { NightEntry } from '../../shared/history.ts'
import { bestStreak, currentStreak } from '../../shared/streaks.ts'
import { CORE, complete, incomplete, night, paused } from './fixtures/journal.ts'

type Code = 'c' | 'i' | 'p' | 't' | '_'

/** Builds a history from one letter per night: complete, incomplete, paused, travel, no data. */
function build(start: string, codes: string) {
  const history: Record<string, NightEntry> = {}
  const travel: string[] = []
  const first = dayNumber(start)
  ;[...codes].forEach((code, i) => {
    const key = dateFromDayNumber(first + i)
    if (code === 'c') history[key] = complete()
    else if (code === 'i') history[key] = incomplete()
    else if (code === 'p') history[key] = paused()
    else if (code === 't') travel.push(key)
  })
  const last = dateFromDayNumber(first + codes.length - 1)
  return { history, travel, last }
}

describe('currentStreak', () => {
  it('counts the complete nights up to the as-of night', () => {
    const { history, travel, last } = build('2026-11-01', 'iccccc')
    expect(currentStreak(history, last, travel)).toEqual({ length: 5, from: '2026-11-02', to: '2026-11-06' })
  })

  it('steps over paused and travel nights without counting them', () => {
    const { history, travel, last } = build('2026-11-01', 'icpcctcc')
    expect(currentStreak(history, last, travel).length).toBe(5)
  })

  it('is broken by a night with no data and by an incomplete night', () => {
    expect(currentStreak(build('2026-11-01', 'cc_cc').history, '2026-11-05').length).toBe(2)
    expect(currentStreak(build('2026-11-01', 'ccicc').history, '2026-11-05').length).toBe(2)
  })

  it('does not let tonight break the streak while its evening may still be under way', () => {
    const { history } = build('2026-11-01', 'cccci')
    expect(currentStreak(history, '2026-11-05').length).toBe(4)
    expect(currentStreak(history, '2026-11-06').length).toBe(0)
    expect(currentStreak(build('2026-11-01', 'cccc').history, '2026-11-05').length).toBe(4)
  })

  it('is zero with nothing complete', () => {
    expect(currentStreak({}, '2026-11-05')).toEqual({ length: 0, from: null, to: null })
  })

  it('counts a night complete only when every planned step was done, whatever else was done', () => {
    const planned = ['warm-bath', 'magnesium']
    const history = {
      '2026-11-01': night(['warm-bath', 'magnesium', 'warm-socks'], planned),
      '2026-11-02': night(['warm-bath'], planned),
    }
    expect(currentStreak(history, '2026-11-01').length).toBe(1)
    expect(currentStreak(history, '2026-11-02').length).toBe(1)
    expect(currentStreak(history, '2026-11-03').length).toBe(0)
  })

  it('treats a night with nothing planned as neither breaking nor extending', () => {
    const history = { '2026-11-01': complete(), '2026-11-02': night([], []), '2026-11-03': complete() }
    expect(currentStreak(history, '2026-11-03').length).toBe(2)
  })

  it('accepts a Map as well as a plain object', () => {
    const { history, last } = build('2026-11-01', 'ccc')
    expect(currentStreak(new Map(Object.entries(history)), last).length).toBe(3)
  })

  it('works on night keys only, so DST changes and bedtimes after midnight do not matter', () => {
    // Europe and the US change clocks on these weekends; steps were ticked after midnight.
    const afterMidnight = (): NightEntry => {
      const entry = complete()
      for (const id of CORE) {
        const outcome = entry.record?.steps[id]
        if (outcome) outcome.at = '2026-03-29T00:45:00+01:00'
      }
      return entry
    }
    const spring: Record<string, NightEntry> = {}
    for (let d = dayNumber('2026-03-05'); d <= dayNumber('2026-04-03'); d++)
      spring[dateFromDayNumber(d)] = afterMidnight()
    expect(currentStreak(spring, '2026-04-03').length).toBe(30)
    const autumn = build('2026-10-20', 'c'.repeat(20)).history
    expect(currentStreak(autumn, '2026-11-08').length).toBe(20)
    expect(bestStreak(autumn).length).toBe(20)
  })

  it('names a bad as-of night', () => {
    expect(() => currentStreak({}, '2026-02-30')).toThrow(/asOfNight/)
  })

  it('names a stored night that is not a real date by its key', () => {
    expect(() => bestStreak({ '2026-02-30': complete() })).toThrow(
      'nights["2026-02-30"]: expected a real date as YYYY-MM-DD, got "2026-02-30"',
    )
    expect(() => bestStreak({}, ['2026-13-01'])).toThrow(/^nights\["2026-13-01"\]: expected a real date/)
  })
})

describe('bestStreak', () => {
  it('finds the longest run anywhere, earliest on a tie', () => {
    const { history, travel } = build('2026-01-01', 'ccc_cpccc_ccc')
    expect(bestStreak(history, travel)).toEqual({ length: 4, from: '2026-01-05', to: '2026-01-09' })
    expect(bestStreak(build('2026-01-01', 'cc_cc').history)).toEqual({
      length: 2,
      from: '2026-01-01',
      to: '2026-01-02',
    })
  })

  it('runs across a year boundary and a leap day', () => {
    expect(bestStreak(build('2027-12-30', 'c'.repeat(65)).history).length).toBe(65)
  })

  it('handles ten years of nights', () => {
    const { history, last } = build('2016-01-01', 'c'.repeat(3653))
    expect(bestStreak(history).length).toBe(3653)
    expect(currentStreak(history, last).length).toBe(3653)
  })

  it('matches a simple day-by-day model for any sequence of nights', () => {
    const codes = fc.constantFrom<Code>('c', 'i', 'p', 't', '_')
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') }),
        fc.array(codes, { minLength: 1, maxLength: 120 }),
        (startDay, list) => {
          const text = list.join('')
          const { history, travel, last } = build(dateFromDayNumber(startDay), text)
          let best = 0
          let run = 0
          for (const code of list) {
            if (code === 'c') best = Math.max(best, ++run)
            else if (code === 'i' || code === '_') run = 0
          }
          expect(bestStreak(history, travel).length).toBe(best)
          // Current: the last night may only extend; then walk back.
          let current = 0
          for (let i = list.length - 1; i >= 0; i--) {
            const code = list[i]
            if (code === 'c') current++
            else if ((code === 'i' || code === '_') && i !== list.length - 1) break
          }
          expect(currentStreak(history, last, travel).length).toBe(current)
        },
      ),
    )
  })
})
