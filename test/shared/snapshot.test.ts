// What a window shows for tonight (shared/snapshot.ts): each step's words, state, times and cautions, the
// Next line, the evening's close and the Now card, on the default Berlin evening (bedtime 22:30).
import { describe, expect, it } from 'vitest'
import { instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings, type StepSetting } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'

const TZ = 'Europe/Berlin'
const NIGHT = '2026-11-24'
const record = (patch: Partial<NightRecord> = {}): NightRecord => ({ ...emptyNightRecord(), ...patch })
const withSettings = (patch: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...patch })
const snapshotAt = (iso: string, r: NightRecord = record(), s: Settings = withSettings()) => {
  const tonight = r.bedtimeOverride ? { bedtime: r.bedtimeOverride } : undefined
  return buildSnapshot(planNight(s, NIGHT, TZ, tonight), r, s, instantMs(iso), iso)
}
const stepOf = (snap: ReturnType<typeof snapshotAt>, id: string) => {
  const step = snap.steps.find((s) => s.id === id)
  if (!step) throw new Error(`no step ${id} in the snapshot`)
  return step
}
const done = (at: string) => ({ status: 'done' as const, at })
const skipped = (at: string) => ({ status: 'skipped' as const, at })

describe('snapshot: the steps of tonight', () => {
  it('at 19:05 the socks are due and snoozable, the cut-off is in effect, the bath is still to come', () => {
    const snap = snapshotAt('2026-11-24T19:05:00+01:00')
    expect(snap.steps.map((s) => [s.id, s.kind, s.state, s.canSnooze])).toEqual([
      ['exercise-cutoff', 'rule', 'in-effect', false],
      ['warm-socks', 'task', 'due', true],
      ['warm-bath', 'task', 'upcoming', false],
      ['magnesium', 'task', 'upcoming', false],
      ['pre-bed-walk', 'task', 'upcoming', false],
    ])
    // Exactly what a window gets for one step: no settled time, no snooze, no cautions.
    expect(stepOf(snap, 'warm-socks')).toStrictEqual({
      id: 'warm-socks',
      kind: 'task',
      title: 'Warm socks or leg wraps',
      instruction: 'Put on warm socks or wrap your legs, some time between 19:00 and 20:00.',
      why: expect.stringContaining('Warming the legs early'),
      at: '2026-11-24T19:00:00+01:00',
      until: '2026-11-24T20:00:00+01:00',
      state: 'due',
      canSnooze: true,
    })
    // A step with no window carries no `until`.
    expect('until' in stepOf(snap, 'magnesium')).toBe(false)
  })

  it('the instruction follows the step times: a 23:00 bedtime gives magnesium at 22:20', () => {
    const snap = snapshotAt('2026-11-24T19:05:00+01:00', record({ bedtimeOverride: '23:00' }))
    expect(stepOf(snap, 'magnesium').instruction).toBe('300–400 mg at 22:20, 40 minutes before bed.')
    expect(snap.bedtime).toEqual({
      at: '2026-11-24T23:00:00+01:00',
      clock: '23:00',
      usual: '22:30',
      tonightOnly: true,
    })
    expect(snapshotAt('2026-11-24T19:05:00+01:00').bedtime.tonightOnly).toBe(false)
  })

  it('a step exactly at its time is due and is the Now step', () => {
    const snap = snapshotAt('2026-11-24T21:50:00+01:00')
    expect(stepOf(snap, 'magnesium').state).toBe('due')
    expect(snap.focus).toMatchObject({ kind: 'step', step: { id: 'magnesium' } })
    const before = snapshotAt('2026-11-24T21:49:59+01:00')
    expect(stepOf(before, 'magnesium').state).toBe('upcoming')
    expect(before.next).toEqual({
      id: 'magnesium',
      title: 'Magnesium glycinate',
      at: '2026-11-24T21:50:00+01:00',
    })
  })

  it('custom step titles: a renamed catalogue step and a step of the person’s own show their own words', () => {
    const steps: StepSetting[] = [
      ...defaultSettings().steps.map((s) =>
        s.id === 'magnesium' ? { ...s, title: 'Magnesium citrate', instruction: 'One capsule.' } : s,
      ),
      { id: 'custom-1', enabled: true, anchor: 'clock', time: '20:30', title: 'Stretch the calves' },
    ]
    const snap = snapshotAt('2026-11-24T20:35:00+01:00', record(), withSettings({ steps }))
    expect(stepOf(snap, 'magnesium')).toMatchObject({
      title: 'Magnesium citrate',
      instruction: 'One capsule.',
    })
    expect(stepOf(snap, 'custom-1')).toMatchObject({
      kind: 'task',
      title: 'Stretch the calves',
      instruction: '',
      why: '',
      state: 'due',
    })
    expect(snap.focus).toMatchObject({ kind: 'step', step: { title: 'Stretch the calves' } })
    expect(snap.next).toEqual({
      id: 'warm-bath',
      title: 'Warm bath or shower',
      at: '2026-11-24T21:30:00+01:00',
    })
  })

  it('a step planned before its setting was removed still shows its catalogue words', () => {
    const s = withSettings()
    const plan = planNight(s, NIGHT, TZ)
    const without = withSettings({ steps: s.steps.filter((x) => x.id !== 'magnesium') })
    const iso = '2026-11-24T21:55:00+01:00'
    const snap = buildSnapshot(plan, record(), without, instantMs(iso), iso)
    expect(stepOf(snap, 'magnesium')).toMatchObject({ title: 'Magnesium glycinate', state: 'due' })
    expect(stepOf(snap, 'magnesium').instruction).toContain('21:50')
  })

  it('a ticked step says when; a skipped one too; the count counts only the done', () => {
    const r = record({
      steps: {
        'warm-socks': done('2026-11-24T19:10:00+01:00'),
        'warm-bath': skipped('2026-11-24T21:31:00+01:00'),
      },
    })
    const snap = snapshotAt('2026-11-24T21:35:00+01:00', r)
    expect(stepOf(snap, 'warm-socks')).toMatchObject({
      state: 'done',
      settledAt: '2026-11-24T19:10:00+01:00',
    })
    expect(stepOf(snap, 'warm-bath')).toMatchObject({
      state: 'skipped',
      settledAt: '2026-11-24T21:31:00+01:00',
    })
    expect('settledAt' in stepOf(snap, 'magnesium')).toBe(false)
    expect(snap.progress).toEqual({ done: 1, total: 5 })
  })

  it('a snoozed step shows until when; a finished step does not show its old snooze', () => {
    const snoozed = record({
      snoozed: { 'warm-socks': '2026-11-24T19:20:00+01:00' },
      notified: ['warm-socks'],
    })
    const snap = snapshotAt('2026-11-24T19:12:00+01:00', snoozed)
    expect(stepOf(snap, 'warm-socks')).toMatchObject({
      state: 'snoozed',
      snoozedUntil: '2026-11-24T19:20:00+01:00',
    })
    // The snooze end is the next thing to come, and the next change of the snapshot.
    expect(snap.focus).toMatchObject({
      kind: 'step',
      step: { id: 'exercise-cutoff' },
      next: { id: 'warm-socks', title: 'Warm socks or leg wraps', at: '2026-11-24T19:20:00+01:00' },
    })
    expect(snap.changesAt).toBe('2026-11-24T19:20:00+01:00')

    const ticked = { ...snoozed, steps: { 'warm-socks': done('2026-11-24T19:15:00+01:00') } }
    const after = stepOf(snapshotAt('2026-11-24T19:16:00+01:00', ticked), 'warm-socks')
    expect(after.state).toBe('done')
    expect('snoozedUntil' in after).toBe(false)
  })

  it('health notes put their cautions on the step they concern, and only there', () => {
    const health = { pregnant: false, kidneyDisease: true, malabsorption: false, neuropathy: false }
    const snap = snapshotAt('2026-11-24T19:05:00+01:00', record(), withSettings({ health }))
    expect(stepOf(snap, 'magnesium').cautions).toHaveLength(1)
    expect(stepOf(snap, 'magnesium').cautions?.[0]).toMatch(/kidney/i)
    expect('cautions' in stepOf(snap, 'warm-socks')).toBe(false)
    expect('cautions' in stepOf(snapshotAt('2026-11-24T19:05:00+01:00'), 'magnesium')).toBe(false)
  })
})

describe('snapshot: the evening as a whole', () => {
  it('closes exactly at bedtime + 60 min; then nothing changes any more', () => {
    const open = snapshotAt('2026-11-24T23:29:59+01:00')
    expect(open.closed).toBe(false)
    expect(open.closesAt).toBe('2026-11-24T23:30:00+01:00')
    expect(open.changesAt).toBe('2026-11-24T23:30:00+01:00')
    const closed = snapshotAt('2026-11-24T23:30:00+01:00')
    expect(closed.closed).toBe(true)
    expect(closed.changesAt).toBeNull()
    expect(closed.focus).toEqual({ kind: 'closed', done: 0, total: 5 })
  })

  it('Next is the first step still to come by its own time, and none once all have started', () => {
    expect(snapshotAt('2026-11-24T12:00:00+01:00').next).toEqual({
      id: 'exercise-cutoff',
      title: 'Last call for vigorous exercise',
      at: '2026-11-24T18:30:00+01:00',
    })
    expect(snapshotAt('2026-11-24T22:20:00+01:00').next).toBeNull()
  })

  it('paused: the Now card says paused and the record’s pause is shown', () => {
    const snap = snapshotAt('2026-11-24T19:05:00+01:00', record({ paused: true }))
    expect(snap.paused).toBe(true)
    expect(snap.focus).toEqual({ kind: 'paused' })
    expect(snapshotAt('2026-11-24T19:05:00+01:00').paused).toBe(false)
  })

  it('carries the person’s choices and the notices, and leaves the banners for main', () => {
    const s = withSettings({ theme: 'dark', firstRunDone: true, language: 'de', clock: '12h' })
    s.notifications = { ...s.notifications, enabled: false }
    const snap = buildSnapshot(
      planNight(s, NIGHT, TZ),
      record(),
      s,
      instantMs('2026-11-24T19:05:00+01:00'),
      '2026-11-24T19:05:00+01:00',
      ['copied to settings.damaged.json'],
    )
    expect(snap).toMatchObject({
      night: NIGHT,
      timeZone: TZ,
      now: '2026-11-24T19:05:00+01:00',
      notificationsEnabled: false,
      firstRunDone: true,
      theme: 'dark',
      language: 'de',
      clock: '12h',
      notices: ['copied to settings.damaged.json'],
      prompts: [],
      checkInDue: false,
    })
    const plain = snapshotAt('2026-11-24T19:05:00+01:00')
    expect(plain.notificationsEnabled).toBe(true)
    expect(plain.firstRunDone).toBe(false)
    expect(plain.notices).toEqual([])
    // No choice saved: the keys are absent, so the windows follow the system.
    expect('language' in plain).toBe(false)
    expect('clock' in plain).toBe(false)
  })
})

describe('snapshot: the Now card', () => {
  it('two tasks due at once: the one whose chance ends first is Now, the other counted as also due', () => {
    const r = record({ steps: { 'exercise-cutoff': done('2026-11-24T18:31:00+01:00') } })
    const snap = snapshotAt('2026-11-24T19:30:00+01:00', r, withSettings({ steps: twoAtSeven() }))
    expect(snap.focus).toMatchObject({ kind: 'step', step: { id: 'warm-socks' }, alsoDue: 1 })
  })

  it('waiting between steps: Next names the step to come and not everything is finished', () => {
    const r = record({
      steps: {
        'exercise-cutoff': done('2026-11-24T18:31:00+01:00'),
        'warm-socks': done('2026-11-24T19:01:00+01:00'),
      },
    })
    expect(snapshotAt('2026-11-24T20:00:00+01:00', r).focus).toEqual({
      kind: 'waiting',
      next: { id: 'warm-bath', title: 'Warm bath or shower', at: '2026-11-24T21:30:00+01:00' },
      allFinished: false,
    })
  })

  it('every step ticked or skipped before bed: all finished, nothing next', () => {
    const r = record({
      steps: {
        'exercise-cutoff': done('2026-11-24T18:31:00+01:00'),
        'warm-socks': skipped('2026-11-24T19:01:00+01:00'),
        'warm-bath': done('2026-11-24T21:40:00+01:00'),
        magnesium: done('2026-11-24T21:51:00+01:00'),
        'pre-bed-walk': done('2026-11-24T22:16:00+01:00'),
      },
    })
    expect(snapshotAt('2026-11-24T22:20:00+01:00', r).focus).toEqual({
      kind: 'waiting',
      next: null,
      allFinished: true,
    })
    // One step missed instead: not all finished.
    const missedSocks = { ...r, steps: { ...r.steps } }
    delete missedSocks.steps['warm-socks']
    expect(snapshotAt('2026-11-24T22:20:00+01:00', missedSocks).focus).toMatchObject({ allFinished: false })
  })

  it('an evening with every step turned off is never "all done"', () => {
    const steps = defaultSettings().steps.map((s) => ({ ...s, enabled: false }))
    const snap = snapshotAt('2026-11-24T20:00:00+01:00', record(), withSettings({ steps }))
    expect(snap.steps).toEqual([])
    expect(snap.focus).toEqual({ kind: 'waiting', next: null, allFinished: false })
  })
})

/** Warm socks 19:00–20:00 and a custom task 19:00–20:30: both due at 19:30, the socks end first. */
function twoAtSeven(): StepSetting[] {
  return [
    ...defaultSettings().steps,
    { id: 'custom-1', enabled: true, anchor: 'clock', time: '19:00', untilTime: '20:30', title: 'Foot rub' },
  ]
}
