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

// Records lean towards complete evenings: with independent random steps, runs of more than two complete
// nights are rare, and the walk that carries a streak over paused, travel and unplanned nights goes untested.
const record = fc
  .record({
    paused: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    planned: fc.option(fc.subarray(STEPS), { nil: undefined, freq: 3 }),
    done: fc.oneof(
      { weight: 3, arbitrary: fc.constant(STEPS) },
      { weight: 1, arbitrary: fc.subarray(STEPS) },
    ),
  })
  .map(({ paused, planned, done }): NightRecord => {
    const r: NightRecord = { ...emptyNightRecord(), paused }
    if (planned) r.planned = planned
    // A step not done was skipped or missed: either way it does not count.
    for (const id of STEPS) {
      const status = done.includes(id) ? 'done' : id === 'b' ? 'skipped' : 'missed'
      r.steps[id] = { status, at: '2025-01-01T21:00:00+01:00' }
    }
    return r
  })

type Edit =
  | { kind: 'record'; day: number; record: NightRecord | undefined }
  | { kind: 'checkIn'; day: number; present: boolean }
  | { kind: 'travel'; days: number[] }

// A short span, so edits land on neighbouring nights and build streaks long enough to break and bridge.
const day = fc.integer({ min: 0, max: 14 })
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
  it('equals bestStreak and currentStreak over nightEntries, whatever edits come between questions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(edit, fc.boolean()), { maxLength: 60, size: 'max' }),
        fc.subarray(STEPS),
        day,
        (edits, enabled, asOfDay) => {
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
          for (const [e, ask] of edits) {
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
            // Asked after some edits, so the cached walk must follow several changes made in between.
            if (!ask) continue
            const entries = nightEntries(nights, checkIns, settings)
            expect(index.best(enabledIds)).toEqual(bestStreak(entries, travel))
          }
          const entries = nightEntries(nights, checkIns, settings)
          expect(index.best(enabledIds)).toEqual(bestStreak(entries, travel))
          for (let d = -1; d <= 16; d++) {
            const night = dateFromDayNumber(START + d)
            expect(index.current(night, enabledIds)).toEqual(currentStreak(entries, night, travel))
          }
          const asOf = dateFromDayNumber(START + asOfDay)
          // Read back from what it saves (as the store does at start), it gives the same streaks.
          const reread = new StreakIndex()
          // Like the store: all records first, then the check-ins, so nights arrive out of order.
          const saved = [...index.facts()]
          reread.batch(() => {
            for (const [night, facts, d] of saved)
              if (facts.record) reread.setRecordFacts(night, facts.record, d)
            for (const [night, facts, d] of saved) if (facts.checkIn) reread.setCheckIn(night, true, d)
          })
          expect([...reread.facts()]).toEqual(saved)
          reread.setTravel(travel)
          expect(reread.best(enabledIds)).toEqual(index.best(enabledIds))
          expect(reread.current(asOf, enabledIds)).toEqual(index.current(asOf, enabledIds))
        },
      ),
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

  it('recomputes the streak when asked for another list of steps, even one whose ids run together alike', () => {
    const index = new StreakIndex()
    // Saved without a plan, so each night is judged by the steps enabled when asking.
    const both = (night: string): NightRecord => ({
      ...emptyNightRecord(),
      steps: {
        a: { status: 'done', at: `${night}T21:00:00+01:00` },
        bc: { status: 'done', at: `${night}T21:00:00+01:00` },
      },
    })
    for (const night of ['2026-11-01', '2026-11-02', '2026-11-03']) index.setRecord(night, both(night))
    expect(index.best(['a', 'bc'])).toEqual({ length: 3, from: '2026-11-01', to: '2026-11-03' })
    expect(index.best(['ab', 'c'])).toEqual({ length: 0, from: null, to: null })
    expect(index.best(['a'])).toEqual({ length: 3, from: '2026-11-01', to: '2026-11-03' })
  })

  it('forgets a removed night even when a later night is saved before the next question', () => {
    const index = new StreakIndex()
    const done = (night: string): NightRecord => ({
      ...emptyNightRecord(),
      planned: ['a'],
      steps: { a: { status: 'done', at: `${night}T21:00:00+01:00` } },
    })
    for (const night of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'])
      index.setRecord(night, done(night))
    expect(index.best(['a'])).toEqual({ length: 4, from: '2026-11-01', to: '2026-11-04' })
    index.setRecord('2026-11-02', undefined)
    index.setRecord('2026-11-06', done('2026-11-06'))
    expect(index.best(['a'])).toEqual({ length: 2, from: '2026-11-03', to: '2026-11-04' })
  })
})
