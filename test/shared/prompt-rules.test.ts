// The rules the doctor prompts read the journal with, on their own: severe runs and their gaps, the recent
// check-ins window, and the routine's share of steps done over an inclusive range of nights.
import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { recentSeverity, routineAdherence, severeRun } from '../../shared/prompt-rules.ts'
import type { NightRecord } from '../../shared/records.ts'
import { checkIn, record } from './fixtures/journal.ts'

/** Check-ins by night, inserted in the order given (the journal does not promise sorted keys). */
function journal(entries: readonly [string, number][]): Record<string, CheckIn> {
  return Object.fromEntries(entries.map(([night, severity]) => [night, checkIn(severity)]))
}

describe('a severe run', () => {
  it('does not continue over a gap of more than one night without a check-in', () => {
    const checkIns = journal([
      ['2026-11-01', 8],
      ['2026-11-02', 8],
      ['2026-11-05', 8],
      ['2026-11-06', 9],
      ['2026-11-07', 7],
    ])
    expect(severeRun(checkIns)).toEqual({ first: '2026-11-05', last: '2026-11-07', count: 3 })
  })

  it('needs three severe check-ins: two are no run', () => {
    expect(
      severeRun(
        journal([
          ['2026-11-06', 9],
          ['2026-11-07', 9],
        ]),
      ),
    ).toBeNull()
    expect(severeRun({})).toBeNull()
  })
})

describe('recent check-ins', () => {
  it('are those within 4 weeks up to the latest: 27 nights before it counts, 28 does not', () => {
    const recent = recentSeverity(
      journal([
        ['2026-11-24', 6],
        ['2026-10-27', 2],
        ['2026-10-28', 4],
      ]),
    )
    expect(recent).toEqual({ count: 2, mean: 5, first: '2026-10-28', last: '2026-11-24', enough: false })
  })

  it('are read in date order, whatever order the journal lists them in', () => {
    const nights = Array.from({ length: 16 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`)
    const shuffled = [...nights.slice(8), ...nights.slice(0, 8)].map((n, i): [string, number] => [n, i % 10])
    const recent = recentSeverity(journal(shuffled))
    expect(recent.first).toBe('2026-11-03')
    expect(recent.last).toBe('2026-11-16')
    expect(recent.count).toBe(14)
  })

  it('are none in an empty journal', () => {
    expect(recentSeverity({})).toEqual({ count: 0, mean: 0, first: '', last: '', enough: false })
  })
})

describe('routine adherence', () => {
  it('counts the last night of the range', () => {
    const records: Record<string, NightRecord> = {
      '2026-11-23': record({ a: 'done', b: 'missed' }),
      '2026-11-24': record({ a: 'done', b: 'done' }),
    }
    expect(routineAdherence((n) => records[n], '2026-11-23', '2026-11-24', ['a', 'b'])).toEqual({
      from: '2026-11-23',
      to: '2026-11-24',
      stepsDone: 3,
      stepsPlanned: 4,
      percent: 75,
    })
  })
})
