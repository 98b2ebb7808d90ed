// decide() and reopenMovedSteps() on their edges: the exact instants where one answer turns into another.
import { describe, expect, it } from 'vitest'
import { instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { decide, FOLLOW_UP_MS, reopenMovedSteps, type ScheduleOptions } from '../../shared/schedule.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

// Bedtime 22:30 in Berlin in winter (+01:00): 18:30 exercise, 19:00 socks, 21:30 bath (until 21:50),
// 21:50 magnesium, 22:15 walk; the evening closes at 23:30.
const NIGHT = '2026-11-24'
const plan = planNight(defaultSettings(), NIGHT, 'Europe/Berlin')
const at = (hhmm: string) => instantMs(`${NIGHT}T${hhmm}+01:00`)
const on: ScheduleOptions = { enabled: true, graceMinutes: 15, headsUpMinutes: 0 }
const record = (patch: Partial<NightRecord> = {}): NightRecord => ({ ...emptyNightRecord(), ...patch })
const EARLY = ['exercise-cutoff', 'warm-socks']
// Everything before the bath already dealt with, so each test looks at the late evening alone.
const afterSocks = (patch: Partial<NightRecord> = {}) => record({ notified: EARLY, headsUp: EARLY, ...patch })
const MINUTE = 60_000

describe('decide: the grace edge (a laptop that slept through a step)', () => {
  it('a sleep of exactly the 15-minute grace still brings the step, marked late', () => {
    const d = decide(plan, afterSocks(), at('21:30:00') + 15 * MINUTE, on)
    expect(d.alert).toEqual({ kind: 'due', stepIds: ['warm-bath'], late: true, missedIds: [] })
    expect(d.record.steps['warm-bath']).toBeUndefined()
  })

  it('one millisecond past the grace the step is missed and summed up instead', () => {
    const d = decide(plan, afterSocks(), at('21:30:00') + 15 * MINUTE + 1, on)
    expect(d.alert).toEqual({ kind: 'summary', missedIds: ['warm-bath'] })
    expect(d.record.steps['warm-bath']?.status).toBe('missed')
    expect(d.record.summarized).toEqual(['warm-bath'])
  })

  it('a grace of 0 still gives a full minute: exactly 60 s late is due (late), a millisecond more is missed', () => {
    const zero = { ...on, graceMinutes: 0 }
    expect(decide(plan, afterSocks(), at('21:31:00'), zero).alert).toEqual({
      kind: 'due',
      stepIds: ['warm-bath'],
      late: true,
      missedIds: [],
    })
    expect(decide(plan, afterSocks(), at('21:31:00') + 1, zero).alert).toEqual({
      kind: 'summary',
      missedIds: ['warm-bath'],
    })
  })

  it('a grace longer than a minute counts the minute itself, not the grace', () => {
    // A grace of 5 must not stretch "on time" to 5 minutes.
    const five = { ...on, graceMinutes: 5 }
    expect(decide(plan, afterSocks(), at('21:32:00'), five).alert).toMatchObject({ kind: 'due', late: true })
  })
})

describe('decide: exactly 60 s late', () => {
  it('59.999 s late is on time; exactly 60 s late is late', () => {
    expect(decide(plan, afterSocks(), at('21:31:00') - 1, on).alert).toMatchObject({ late: false })
    expect(decide(plan, afterSocks(), at('21:31:00'), on).alert).toMatchObject({ late: true })
  })

  it('one late step makes the whole alert late, even when the step after it is on time', () => {
    // 22:15:30: magnesium, snoozed to 22:14, is 90 s late; the walk (22:15) is 30 s in, on time.
    const snoozed = afterSocks({
      notified: [...EARLY, 'warm-bath', 'magnesium'],
      snoozed: { magnesium: `${NIGHT}T22:14:00+01:00` },
      steps: { 'warm-bath': { status: 'done', at: `${NIGHT}T21:35:00+01:00` } },
    })
    expect(decide(plan, snoozed, at('22:15:30'), on).alert).toEqual({
      kind: 'due',
      stepIds: ['magnesium', 'pre-bed-walk'],
      late: true,
      missedIds: [],
    })
  })
})

describe('decide: snoozes and heads-ups', () => {
  it('a snoozed step gets no heads-up before its snooze ends, only the reminder at its end', () => {
    const snoozed = afterSocks({
      notified: [...EARLY, 'warm-bath'],
      snoozed: { 'warm-bath': `${NIGHT}T21:42:00+01:00` },
    })
    const opts = { ...on, headsUpMinutes: 5 }
    const d = decide(plan, snoozed, at('21:38:00'), opts)
    expect(d.alert).toBeNull()
    expect(d.record).toBe(snoozed)
    expect(d.nextWakeMs).toBe(at('21:42:00'))
    expect(decide(plan, snoozed, at('21:42:00'), opts).alert).toMatchObject({
      kind: 'due',
      stepIds: ['warm-bath'],
    })
  })

  it('two steps entering the heads-up window together get one heads-up naming both, counted to the sooner', () => {
    const handled = afterSocks({ notified: [...EARLY, 'warm-bath'], headsUp: [...EARLY, 'warm-bath'] })
    const d = decide(plan, handled, at('21:31:00'), { ...on, headsUpMinutes: 45 })
    expect(d.alert).toEqual({ kind: 'heads-up', stepIds: ['magnesium', 'pre-bed-walk'], minutes: 19 })
    expect(d.record.headsUp).toEqual([...EARLY, 'warm-bath', 'magnesium', 'pre-bed-walk'])
    // Neither is announced a second time.
    expect(decide(plan, d.record, at('21:32:00'), { ...on, headsUpMinutes: 45 }).alert).toBeNull()
  })

  it('a heads-up with less than a minute left still says 1 minute, never 0', () => {
    const d = decide(plan, afterSocks(), at('21:29:40'), { ...on, headsUpMinutes: 10 })
    expect(d.alert).toEqual({ kind: 'heads-up', stepIds: ['warm-bath'], minutes: 1 })
  })

  it('a heads-up window opening exactly now sends it now, and the wake-up before it is the window start', () => {
    const opts = { ...on, headsUpMinutes: 10 }
    expect(decide(plan, afterSocks(), at('21:20:00') - 1, opts)).toMatchObject({
      alert: null,
      nextWakeMs: at('21:20:00'),
    })
    expect(decide(plan, afterSocks(), at('21:20:00'), opts).alert).toMatchObject({ kind: 'heads-up' })
  })

  it('a missed summary holds back a heads-up due at the same moment, which follows a few seconds later', () => {
    // 21:46: the bath (21:30) is past the grace; magnesium (21:50) is inside a 10-minute heads-up window.
    const opts = { ...on, headsUpMinutes: 10 }
    const d = decide(plan, afterSocks(), at('21:46:00'), opts)
    expect(d.alert).toEqual({ kind: 'summary', missedIds: ['warm-bath'] })
    expect(d.record.headsUp).not.toContain('magnesium')
    expect(d.nextWakeMs).toBe(at('21:46:00') + FOLLOW_UP_MS)
    expect(decide(plan, d.record, at('21:46:05'), opts).alert).toEqual({
      kind: 'heads-up',
      stepIds: ['magnesium'],
      minutes: 4,
    })
  })

  it('a heads-up alone asks for no follow-up wake-up: the next one is the step itself', () => {
    const d = decide(plan, afterSocks(), at('21:25:00'), { ...on, headsUpMinutes: 10 })
    expect(d.alert?.kind).toBe('heads-up')
    expect(d.nextWakeMs).toBe(at('21:30:00'))
  })

  it('no heads-up at all when the heads-up is set to 0 minutes', () => {
    const before = afterSocks()
    const d = decide(plan, before, at('21:29:59'), on)
    expect(d).toEqual({ alert: null, record: before, nextWakeMs: at('21:30:00') })
    expect(d.record).toBe(before)
  })
})

describe('decide: steps that are over', () => {
  it('a snooze that ran past the end of its step is dropped silently, and the record says so', () => {
    const snoozed = afterSocks({
      notified: [...EARLY, 'warm-bath'],
      snoozed: { 'warm-bath': `${NIGHT}T21:55:00+01:00` },
    })
    const opts = { ...on, graceMinutes: 0 }
    // 21:50 the bath's window ends; magnesium (21:50) was already notified, so nothing else is due.
    const quietNow = { ...snoozed, notified: [...snoozed.notified, 'magnesium'] }
    const d = decide(plan, quietNow, at('21:50:00'), opts)
    expect(d.alert).toBeNull()
    expect(d.record).not.toBe(quietNow)
    expect(d.record.snoozed).toEqual({})
    expect(d.record.steps['warm-bath']).toBeUndefined()
  })

  it('a step never notified whose window ended is missed even within the grace', () => {
    // The bath (21:30–21:50) at 21:50 with a 30-minute grace: its window is over, so it is missed.
    const d = decide(plan, afterSocks(), at('21:50:00'), { ...on, graceMinutes: 30 })
    expect(d.alert).toEqual({ kind: 'due', stepIds: ['magnesium'], late: false, missedIds: ['warm-bath'] })
  })

  it('paused with nothing passing returns the very same record and no wake-up', () => {
    const paused = afterSocks({ paused: true })
    const d = decide(plan, paused, at('21:00:00'), on)
    expect(d).toEqual({ alert: null, record: paused, nextWakeMs: null })
    expect(d.record).toBe(paused)
  })

  it('paused: a snoozed step that comes due is counted notified and its snooze dropped', () => {
    const paused = afterSocks({
      paused: true,
      notified: [...EARLY, 'warm-bath'],
      snoozed: { 'warm-bath': `${NIGHT}T21:40:00+01:00` },
    })
    const d = decide(plan, paused, at('21:41:00'), on)
    expect(d.alert).toBeNull()
    expect(d.record.snoozed).toEqual({})
    expect(d.record.notified.filter((id) => id === 'warm-bath')).toHaveLength(1)
  })

  it('a snoozed step that comes due again is still listed as notified once', () => {
    const snoozed = afterSocks({
      notified: [...EARLY, 'magnesium'],
      snoozed: { magnesium: `${NIGHT}T22:00:00+01:00` },
      steps: { 'warm-bath': { status: 'done', at: `${NIGHT}T21:35:00+01:00` } },
    })
    const d = decide(plan, snoozed, at('22:00:00'), on)
    expect(d.alert).toMatchObject({ kind: 'due', stepIds: ['magnesium'] })
    expect(d.record.notified).toEqual([...EARLY, 'magnesium'])
  })

  it('a step reported missed once and then un-ticked is never reported again', () => {
    const reported = afterSocks({ summarized: ['warm-bath'] })
    expect(decide(plan, reported, at('21:40:00'), on).alert).toBeNull()
  })
})

describe('reopenMovedSteps: a bedtime change', () => {
  const later = planNight(defaultSettings(), NIGHT, 'Europe/Berlin', { bedtime: '23:30' })

  it('a later bedtime moves a heads-up: the moved step is announced again before its new time', () => {
    const opts = { ...on, headsUpMinutes: 10 }
    const warned = decide(plan, afterSocks(), at('21:20:00'), opts)
    expect(warned.alert).toMatchObject({ kind: 'heads-up', stepIds: ['warm-bath'] })
    const reopened = reopenMovedSteps(warned.record, plan, later, at('21:21:00'))
    expect(reopened.headsUp).not.toContain('warm-bath')
    // The bath moved an hour, to 22:30: its heads-up comes at 22:20, not never.
    expect(decide(later, reopened, at('22:20:00'), opts).alert).toMatchObject({
      kind: 'heads-up',
      stepIds: ['warm-bath'],
    })
  })

  it('a notified, snoozed or missed step that moved into the future is reminded again', () => {
    const before = afterSocks({
      notified: [...EARLY, 'warm-bath', 'magnesium'],
      snoozed: { magnesium: `${NIGHT}T22:00:00+01:00` },
      steps: { 'warm-bath': { status: 'missed', at: `${NIGHT}T21:46:00+01:00` } },
      summarized: ['exercise-cutoff', 'warm-bath'],
    })
    const r = reopenMovedSteps(before, plan, later, at('21:55:00'))
    expect(r.steps).toEqual({})
    expect(r.snoozed).toEqual({})
    expect(r.notified).toEqual(EARLY)
    // The exercise cut-off moved too (18:30 to 19:30), but into the past: it stays summed up.
    expect(r.summarized).toEqual(['exercise-cutoff'])
    expect(before.notified).toContain('warm-bath')
  })

  it('done and skipped steps stay as they are; steps that did not move keep their marks', () => {
    const before = afterSocks({
      notified: [...EARLY, 'warm-bath', 'magnesium'],
      steps: {
        'warm-bath': { status: 'done', at: `${NIGHT}T21:35:00+01:00` },
        magnesium: { status: 'skipped', at: `${NIGHT}T21:51:00+01:00` },
      },
    })
    const r = reopenMovedSteps(before, plan, later, at('21:55:00'))
    expect(r.steps).toEqual(before.steps)
    expect(r.notified).toEqual(before.notified)
    // At 18:00 the exercise cut-off (4 h before bed) moves to 19:30 and is reopened; the socks are a clock
    // step (19:00), which a bedtime change does not move, so they keep their mark.
    expect(reopenMovedSteps(afterSocks(), plan, later, at('18:00:00'))).toMatchObject({
      notified: ['warm-socks'],
      headsUp: ['warm-socks'],
    })
  })

  it('a step moved to a time already past is not reopened', () => {
    const earlier = planNight(defaultSettings(), NIGHT, 'Europe/Berlin', { bedtime: '22:00' })
    const before = afterSocks({ notified: [...EARLY, 'warm-bath'], headsUp: [...EARLY, 'warm-bath'] })
    // At 21:40 the bath moves from 21:30 to 21:00: still past, so it stays notified.
    expect(reopenMovedSteps(before, plan, earlier, at('21:40:00')).notified).toEqual(before.notified)
    // Moved to exactly now counts as past too; a millisecond earlier it is still ahead and reopened.
    expect(reopenMovedSteps(before, plan, earlier, at('21:00:00')).headsUp).toContain('warm-bath')
    expect(reopenMovedSteps(before, plan, earlier, at('21:00:00') - 1).headsUp).toEqual(EARLY)
  })
})
