// decide(): the rules that choose what, if anything, to notify at a given instant.
import { describe, expect, it } from 'vitest'
import { instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { decide, FOLLOW_UP_MS, type ScheduleOptions } from '../../shared/schedule.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

// Bedtime 22:30 in Berlin in winter (+01:00): 18:30 exercise, 19:00 socks, 21:30 bath, 21:50 magnesium, 22:15 walk.
const plan = planNight(defaultSettings(), '2026-11-24', 'Europe/Berlin')
const at = (hhmm: string) => instantMs(`2026-11-24T${hhmm}+01:00`)
const on: ScheduleOptions = { enabled: true, graceMinutes: 15, headsUpMinutes: 0 }
const record = (patch: Partial<NightRecord> = {}): NightRecord => ({ ...emptyNightRecord(), ...patch })
// Everything before the bath already dealt with, so each test looks at the late evening alone.
const afterSocks = () =>
  record({ notified: ['exercise-cutoff', 'warm-socks'], headsUp: ['exercise-cutoff', 'warm-socks'] })

describe('decide', () => {
  it('notifies a step exactly at its time and records it as notified', () => {
    const d = decide(plan, afterSocks(), at('21:30:00'), on)
    expect(d.alert).toEqual({ kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] })
    expect(d.record.notified).toContain('warm-bath')
    expect(d.nextWakeMs).toBe(at('21:50:00'))
  })

  it('does nothing before a step and wakes at the next one', () => {
    const d = decide(plan, afterSocks(), at('21:00:00'), on)
    expect(d.alert).toBeNull()
    expect(d.nextWakeMs).toBe(at('21:30:00'))
  })

  it('never notifies the same step twice', () => {
    const first = decide(plan, afterSocks(), at('21:30:00'), on)
    const again = decide(plan, first.record, at('21:31:00'), on)
    expect(again.alert).toBeNull()
    expect(again.record).toBe(first.record)
  })

  it('notifies a step overdue within the grace window once, marked late', () => {
    const d = decide(plan, afterSocks(), at('21:40:00'), on)
    expect(d.alert).toEqual({ kind: 'due', stepIds: ['warm-bath'], late: true, missedIds: [] })
    expect(d.record.steps['warm-bath']).toBeUndefined()
  })

  it('treats a timer a few seconds late as on time even with a grace of 0', () => {
    const d = decide(plan, afterSocks(), at('21:30:03'), { ...on, graceMinutes: 0 })
    expect(d.alert).toEqual({ kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] })
  })

  it('marks steps older than the grace window missed and sums them up in one alert', () => {
    const d = decide(plan, afterSocks(), at('22:10:00'), on)
    expect(d.alert).toEqual({ kind: 'summary', missedIds: ['warm-bath', 'magnesium'] })
    expect(d.record.steps['warm-bath']).toEqual({ status: 'missed', at: '2026-11-24T22:10:00+01:00' })
    expect(d.record.steps.magnesium?.status).toBe('missed')
    expect(d.record.summarized).toEqual(['warm-bath', 'magnesium'])
    const again = decide(plan, d.record, at('22:11:00'), on)
    expect(again.alert).toBeNull()
  })

  it('combines a late step and missed ones into a single alert', () => {
    const d = decide(plan, afterSocks(), at('22:20:00'), on)
    expect(d.alert).toEqual({
      kind: 'due',
      stepIds: ['pre-bed-walk'],
      late: true,
      missedIds: ['warm-bath', 'magnesium'],
    })
    expect(d.record.notified).toContain('pre-bed-walk')
    expect(Object.keys(d.record.steps)).toEqual(['warm-bath', 'magnesium'])
  })

  it('leaves settled steps alone', () => {
    const done = { status: 'done' as const, at: '2026-11-24T21:20:00+01:00' }
    const d = decide(plan, { ...afterSocks(), steps: { 'warm-bath': done } }, at('21:35:00'), on)
    expect(d.alert).toBeNull()
    expect(d.nextWakeMs).toBe(at('21:50:00'))
  })

  it('sends a heads-up the chosen minutes before a step, once, then the step itself', () => {
    const opts = { ...on, headsUpMinutes: 10 }
    const early = decide(plan, afterSocks(), at('21:00:00'), opts)
    expect(early.alert).toBeNull()
    expect(early.nextWakeMs).toBe(at('21:20:00'))
    const warn = decide(plan, early.record, at('21:20:00'), opts)
    expect(warn.alert).toEqual({ kind: 'heads-up', stepIds: ['warm-bath'], minutes: 10 })
    expect(warn.record.headsUp).toContain('warm-bath')
    expect(warn.nextWakeMs).toBe(at('21:30:00'))
    expect(decide(plan, warn.record, at('21:21:00'), opts).alert).toBeNull()
    expect(decide(plan, warn.record, at('21:30:00'), opts).alert?.kind).toBe('due')
  })

  it('says how many minutes are really left when a heads-up goes out late', () => {
    const d = decide(plan, afterSocks(), at('21:26:00'), { ...on, headsUpMinutes: 10 })
    expect(d.alert).toEqual({ kind: 'heads-up', stepIds: ['warm-bath'], minutes: 4 })
  })

  it('holds a heads-up back for a few seconds when a step is due at the same moment', () => {
    // At 21:30 the bath is due and magnesium (21:50) enters its 20-minute heads-up window.
    const d = decide(plan, afterSocks(), at('21:30:00'), { ...on, headsUpMinutes: 20 })
    expect(d.alert?.kind).toBe('due')
    expect(d.nextWakeMs).toBe(at('21:30:00') + FOLLOW_UP_MS)
    const next = decide(plan, d.record, at('21:30:00') + FOLLOW_UP_MS, { ...on, headsUpMinutes: 20 })
    expect(next.alert).toEqual({ kind: 'heads-up', stepIds: ['magnesium'], minutes: 20 })
  })

  it('re-notifies a snoozed step when the snooze runs out', () => {
    const first = decide(plan, afterSocks(), at('21:30:00'), on)
    const snoozed = { ...first.record, snoozed: { 'warm-bath': '2026-11-24T21:40:00+01:00' } }
    const waiting = decide(plan, snoozed, at('21:35:00'), on)
    expect(waiting.alert).toBeNull()
    expect(waiting.nextWakeMs).toBe(at('21:40:00'))
    const due = decide(plan, snoozed, at('21:40:00'), on)
    expect(due.alert).toEqual({ kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] })
    expect(due.record.snoozed['warm-bath']).toBeUndefined()
    expect(decide(plan, due.record, at('21:41:00'), on).alert).toBeNull()
  })

  it('marks a snoozed step missed when the snooze ran out long ago, without a burst', () => {
    const snoozed = { ...afterSocks(), notified: [...afterSocks().notified, 'magnesium'] }
    snoozed.snoozed = { magnesium: '2026-11-24T21:52:00+01:00' }
    const d = decide(plan, snoozed, at('22:40:00'), on)
    expect(d.alert).toEqual({ kind: 'summary', missedIds: ['warm-bath', 'magnesium', 'pre-bed-walk'] })
    expect(d.record.snoozed).toEqual({})
  })

  it('drops a snooze that ran past the end of its step without a word (the bath ends at 21:50)', () => {
    const snoozed = { ...afterSocks(), notified: [...afterSocks().notified, 'warm-bath'] }
    snoozed.snoozed = { 'warm-bath': '2026-11-24T21:55:00+01:00' }
    const d = decide(plan, snoozed, at('21:56:00'), on)
    expect(d.alert).toEqual({ kind: 'due', stepIds: ['magnesium'], late: true, missedIds: [] })
    expect(d.record.snoozed).toEqual({})
    expect(d.record.steps['warm-bath']).toBeUndefined()
  })

  it('sends nothing while paused and does not sum up the silent steps afterwards', () => {
    const paused = { ...afterSocks(), paused: true }
    const d = decide(plan, paused, at('22:00:00'), on)
    expect(d.alert).toBeNull()
    expect(d.nextWakeMs).toBeNull()
    expect(d.record.notified).toEqual(expect.arrayContaining(['warm-bath', 'magnesium']))
    expect(d.record.steps).toEqual({})
    const resumed = decide(plan, { ...d.record, paused: false }, at('22:05:00'), on)
    expect(resumed.alert).toBeNull()
    expect(resumed.nextWakeMs).toBe(at('22:15:00'))
  })

  it('sends nothing when notifications are switched off', () => {
    const d = decide(plan, afterSocks(), at('21:30:00'), { ...on, enabled: false, headsUpMinutes: 10 })
    expect(d.alert).toBeNull()
    expect(d.nextWakeMs).toBeNull()
  })

  it('has nothing to wake for once every step is dealt with', () => {
    const notified = plan.steps.map((s) => s.id)
    const d = decide(plan, record({ notified }), at('22:20:00'), on)
    expect(d.alert).toBeNull()
    expect(d.nextWakeMs).toBeNull()
  })

  it('works out the next wake-up as the earliest step, heads-up or snooze end', () => {
    const snoozed = record({
      notified: ['exercise-cutoff', 'warm-socks'],
      snoozed: { 'warm-socks': '2026-11-24T19:20:00+01:00' },
    })
    expect(decide(plan, snoozed, at('19:05:00'), on).nextWakeMs).toBe(at('19:20:00'))
    expect(decide(plan, record(), at('12:00:00'), on).nextWakeMs).toBe(at('18:30:00'))
    expect(decide(plan, record(), at('12:00:00'), { ...on, headsUpMinutes: 30 }).nextWakeMs).toBe(
      at('18:00:00'),
    )
  })
})
