// The streak index must give exactly what the full recomputation gives, after any sequence of saves.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { nightEntries } from '../../shared/history-view.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { StreakIndex } from '../../shared/streak-index.ts'
import { bestStreak, currentStreak } from '../../shared/streaks.ts'

const STEPS = ['a', 'b', 'c']
const START = dayNumber('2024-12-20')
const aCheckIn = { severity: 3, sleepQuality: 6 } as CheckIn

const record = fc
  .record({
    paused: fc.boolean(),
    planned: fc.option(fc.subarray(STEPS), { nil: undefined }),
    done: fc.subarray(STEPS),
  })
  .map(({ paused, planned, done }): NightRecord => {
    const r: NightRecord = { ...emptyNightRecord(), paused }
    if (planned) r.planned = planned
    for (const id of done) r.steps[id] = { status: 'done', at: '2025-01-01T21:00:00+01:00' }
    return r
  })

type Edit =
  | { kind: 'record'; day: number; record: NightRecord | undefined }
  | { kind: 'checkIn'; day: number; present: boolean }
  | { kind: 'travel'; days: number[] }

const day = fc.integer({ min: 0, max: 40 })
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('record' as const),
      day,
      record: fc.option(record, { nil: undefined }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('checkIn' as const), day, present: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('travel' as const),
      days: fc.uniqueArray(day, { maxLength: 4 }),
    }),
  },
)

describe('StreakIndex', () => {
  it('equals bestStreak and currentStreak over nightEntries after every edit', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 60 }), fc.subarray(STEPS), day, (edits, enabled, asOfDay) => {
        const settings = {
          ...defaultSettings(),
          steps: STEPS.map((id) => ({
            ...(defaultSettings().steps[0] as object),
            id,
            enabled: enabled.includes(id),
          })),
        } as ReturnType<typeof defaultSettings>
        const enabledIds = STEPS.filter((id) => enabled.includes(id))
        const nights: Record<string, NightRecord> = {}
        const checkIns: Record<string, CheckIn> = {}
        let travel: string[] = []
        const index = new StreakIndex()
        for (const e of edits) {
          if (e.kind === 'record') {
            const night = dateFromDayNumber(START + e.day)
            if (e.record) nights[night] = e.record
            else delete nights[night]
            index.setRecord(night, e.record)
          } else if (e.kind === 'checkIn') {
            const night = dateFromDayNumber(START + e.day)
            if (e.present) checkIns[night] = aCheckIn
            else delete checkIns[night]
            index.setCheckIn(night, e.present)
          } else {
            travel = e.days.map((d) => dateFromDayNumber(START + d))
            index.setTravel(travel)
          }
          // Asked after every edit, so the cached walk is exercised as nights are added and changed.
          const entries = nightEntries(nights, checkIns, settings)
          expect(index.best(enabledIds)).toEqual(bestStreak(entries, travel))
        }
        const entries = nightEntries(nights, checkIns, settings)
        const asOf = dateFromDayNumber(START + asOfDay)
        expect(index.current(asOf, enabledIds)).toEqual(currentStreak(entries, asOf, travel))
      }),
      { numRuns: 300 },
    )
  })

  it('extends the best streak night by night as the evenings are saved', () => {
    const index = new StreakIndex()
    const done = (night: string): NightRecord => ({
      ...emptyNightRecord(),
      planned: ['a'],
      steps: { a: { status: 'done', at: `${night}T21:00:00+01:00` } },
    })
    for (const night of ['2026-11-01', '2026-11-02', '2026-11-03']) index.setRecord(night, done(night))
    expect(index.best(['a'])).toEqual({ length: 3, from: '2026-11-01', to: '2026-11-03' })
    index.setRecord('2026-11-02', { ...emptyNightRecord(), planned: ['a'] })
    expect(index.best(['a'])).toEqual({ length: 1, from: '2026-11-01', to: '2026-11-01' })
    expect(index.current('2026-11-04', ['a'])).toEqual({ length: 1, from: '2026-11-03', to: '2026-11-03' })
  })
})
