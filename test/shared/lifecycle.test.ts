// The step lifecycle at its edges: window end, evening close, pause, snooze over the close, bedtime after
// midnight, DST nights, steps before noon; and properties over many nights, zones and records.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  CLOSE_AFTER_BED_MS,
  eveningCloseMs,
  eveningNight,
  nightReach,
  nowFocus,
  stepLives,
} from '../../shared/lifecycle.ts'
import { addDays, instantMs } from '../../shared/night.ts'
import { nowText } from '../../shared/now-text.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'

const TZ = 'Europe/Berlin'
const NIGHT = '2026-11-24'
const settings = defaultSettings()
const plan = planNight(settings, NIGHT, TZ)
const at = (iso: string) => instantMs(iso)
const record = (patch: Partial<NightRecord> = {}): NightRecord => ({ ...emptyNightRecord(), ...patch })
const opts = { snoozeMinutes: 10 }
const phases = (r: NightRecord, iso: string, p = plan) =>
  Object.fromEntries(stepLives(p, r, at(iso), opts).map((l) => [l.id, l.phase]))
const snapshotAt = (r: NightRecord, iso: string, p = plan, s: Settings = settings) =>
  buildSnapshot(p, r, s, at(iso), iso)

describe('lifecycle: a step with a window ends with it', () => {
  it('warm socks 19:00–20:00: upcoming, due inside the window, missed from 20:00', () => {
    expect(phases(record(), '2026-11-24T18:59:59+01:00')['warm-socks']).toBe('upcoming')
    expect(phases(record(), '2026-11-24T19:00:00+01:00')['warm-socks']).toBe('due')
    expect(phases(record(), '2026-11-24T19:59:59+01:00')['warm-socks']).toBe('due')
    expect(phases(record(), '2026-11-24T20:00:00+01:00')['warm-socks']).toBe('missed')
  })

  it('a step ticked stays done whatever the time', () => {
    const done = record({ steps: { 'warm-socks': { status: 'done', at: '2026-11-24T19:10:00+01:00' } } })
    expect(phases(done, '2026-11-25T08:30:00+01:00')['warm-socks']).toBe('done')
  })
})

describe('lifecycle: the evening closes at bedtime + 60 min', () => {
  it('closes at 23:30 for a 22:30 bedtime: magnesium is due until then, missed after, and nothing is due', () => {
    expect(CLOSE_AFTER_BED_MS).toBe(3_600_000)
    expect(eveningCloseMs(plan)).toBe(at('2026-11-24T23:30:00+01:00'))
    expect(phases(record(), '2026-11-24T23:29:59+01:00').magnesium).toBe('due')
    const after = snapshotAt(record(), '2026-11-24T23:30:00+01:00')
    expect(after.closed).toBe(true)
    expect(after.steps.map((s) => s.state)).toEqual(['missed', 'missed', 'missed', 'missed', 'missed'])
    expect(after.focus).toEqual({ kind: 'closed', done: 0, total: 5 })
    expect(nowText(after).headline).toBe('Last night: 0 of 5 done')
  })

  it('counts acknowledged rules and ticked steps as done: "Last night: 3 of 5 done"', () => {
    const r = record({
      steps: {
        'exercise-cutoff': { status: 'done', at: '2026-11-24T18:31:00+01:00' },
        'warm-bath': { status: 'done', at: '2026-11-24T21:40:00+01:00' },
        magnesium: { status: 'done', at: '2026-11-24T21:52:00+01:00' },
        'pre-bed-walk': { status: 'skipped', at: '2026-11-24T22:20:00+01:00' },
      },
    })
    expect(nowText(snapshotAt(r, '2026-11-25T08:30:00+01:00')).headline).toBe('Last night: 3 of 5 done')
  })
})

describe('lifecycle: the Now', () => {
  it('at 21:55 magnesium is Now (not the walk at 22:15), then the walk, then bed', () => {
    const snap = snapshotAt(record(), '2026-11-24T21:55:00+01:00')
    expect(nowText(snap)).toEqual({
      headline: 'Now: Magnesium glycinate',
      detail: '300–400 mg at 21:50, 40 minutes before bed.',
      next: 'Next: Short walk or gentle stretch at 22:15',
      bed: 'Bed 22:30',
    })
  })

  it('a rule shows as in effect, can be acknowledged, and never offers Snooze', () => {
    const snap = snapshotAt(record(), '2026-11-24T18:45:00+01:00')
    const cutoff = snap.steps.find((s) => s.id === 'exercise-cutoff')
    expect(cutoff).toMatchObject({ kind: 'rule', state: 'in-effect', canSnooze: false })
    expect(cutoff?.instruction).toBe('From 18:30 on, keep to light stretching or gentle yoga.')
    expect(nowText(snap).headline).toBe('In effect: Last call for vigorous exercise')
    const noted = record({
      steps: { 'exercise-cutoff': { status: 'done', at: '2026-11-24T18:46:00+01:00' } },
    })
    expect(nowText(snapshotAt(noted, '2026-11-24T18:46:00+01:00')).headline).toBe(
      'Next: Warm socks or leg wraps at 19:00',
    )
  })

  it('a due task goes before a rule in effect', () => {
    expect(nowText(snapshotAt(record(), '2026-11-24T19:05:00+01:00')).headline).toBe(
      'Now: Warm socks or leg wraps',
    )
  })

  it('paused: paused, with no step, no next and no snooze anywhere', () => {
    const snap = snapshotAt(record({ paused: true }), '2026-11-24T21:55:00+01:00')
    expect(snap.focus).toEqual({ kind: 'paused' })
    expect(nowText(snap).headline).toBe('Paused tonight')
    expect(nowText(snap).next).toBeNull()
    expect(snap.steps.some((s) => s.canSnooze)).toBe(false)
  })

  it('snooze over the close: offered at 23:15, not at 23:25, and a snooze past the close ends as missed', () => {
    const magnesium = (iso: string, r = record()) =>
      snapshotAt(r, iso).steps.find((s) => s.id === 'magnesium')
    expect(magnesium('2026-11-24T23:15:00+01:00')?.canSnooze).toBe(true)
    expect(magnesium('2026-11-24T23:25:00+01:00')?.canSnooze).toBe(false)
    const snoozed = record({ snoozed: { magnesium: '2026-11-24T23:40:00+01:00' }, notified: ['magnesium'] })
    expect(magnesium('2026-11-24T23:29:00+01:00', snoozed)?.state).toBe('snoozed')
    expect(magnesium('2026-11-24T23:30:00+01:00', snoozed)?.state).toBe('missed')
  })
})

describe('lifecycle: bedtime after midnight and DST nights', () => {
  it('bedtime 00:30: the evening closes at 01:30 the next date and is the one shown until then', () => {
    const late = planNight({ ...settings, bedtime: '00:30' }, NIGHT, TZ)
    expect(eveningCloseMs(late)).toBe(at('2026-11-25T01:30:00+01:00'))
    expect(phases(record(), '2026-11-25T01:00:00+01:00', late)['pre-bed-walk']).toBe('due')
    expect(phases(record(), '2026-11-25T01:30:00+01:00', late)['pre-bed-walk']).toBe('missed')
  })

  it('fall back (2026-10-24, bedtime 02:30): the close is one real hour after bedtime', () => {
    const night = planNight({ ...settings, bedtime: '02:30' }, '2026-10-24', TZ)
    expect(night.bedtime).toBe('2026-10-25T02:30:00+02:00')
    expect(eveningCloseMs(night) - instantMs(night.bedtime)).toBe(CLOSE_AFTER_BED_MS)
    // 45 real minutes after bedtime the wall clock reads 02:15 again (winter time): still open.
    expect(phases(record(), '2026-10-25T02:15:00+01:00', night).magnesium).toBe('due')
    expect(phases(record(), '2026-10-25T02:30:00+01:00', night).magnesium).toBe('missed')
  })

  it('spring forward (2026-03-28, bedtime 02:30 falls in the gap): bedtime 03:30, close 04:30', () => {
    const night = planNight({ ...settings, bedtime: '02:30' }, '2026-03-28', TZ)
    expect(night.bedtime).toBe('2026-03-29T03:30:00+02:00')
    expect(eveningCloseMs(night)).toBe(at('2026-03-29T04:30:00+02:00'))
  })
})

describe('lifecycle: steps before noon of their night', () => {
  const custom = (bedtime: string, offsetMinutes: number): Settings => ({
    ...settings,
    bedtime,
    steps: [
      ...settings.steps,
      { id: 'custom-1', enabled: true, anchor: 'bedtime', offsetMinutes, title: 'Lights dim' },
    ],
  })
  const planOf = (s: Settings) => (night: string) => planNight(s, night, TZ)
  const reachOf = (s: Settings) => (_night: string) => nightReach(s, s.bedtime)

  it('a step 10 h before a 21:00 bedtime (11:00) belongs to that evening, shown from 11:00', () => {
    const s = custom('21:00', -600)
    expect(planOf(s)(NIGHT).steps[0]?.at).toBe('2026-11-24T11:00:00+01:00')
    expect(nightReach(s, '21:00').startsBeforeNoon).toBe(true)
    expect(eveningNight(at('2026-11-24T10:59:00+01:00'), TZ, planOf(s), reachOf(s))).toBe('2026-11-23')
    expect(eveningNight(at('2026-11-24T11:00:00+01:00'), TZ, planOf(s), reachOf(s))).toBe(NIGHT)
  })

  it('a 13:00 bedtime puts the exercise cut-off at 09:00 of the same date', () => {
    const s = { ...settings, bedtime: '13:00' }
    expect(planOf(s)(NIGHT).steps.find((x) => x.id === 'exercise-cutoff')?.at).toBe(
      '2026-11-24T09:00:00+01:00',
    )
    expect(eveningNight(at('2026-11-24T09:30:00+01:00'), TZ, planOf(s), reachOf(s))).toBe(NIGHT)
  })

  it('an ordinary evening reaches neither past noon nor before it', () => {
    expect(nightReach(settings, '22:30')).toEqual({ startsBeforeNoon: false, closesAfterNoon: false })
    expect(nightReach(settings, '11:30').closesAfterNoon).toBe(true)
  })
})

// ---- properties over many nights, zones, bedtimes and records ----
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC']
const IDS = settings.steps.map((s) => s.id)
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const caseArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  night: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
  bedtime: hhmm,
  minuteIntoNight: fc.integer({ min: -720, max: 26 * 60 }),
  outcomes: fc.dictionary(
    fc.constantFrom(...IDS),
    fc.constantFrom('done', 'skipped', 'missed') as fc.Arbitrary<'done' | 'skipped' | 'missed'>,
  ),
  snoozes: fc.dictionary(fc.constantFrom(...IDS), fc.integer({ min: -120, max: 180 })),
  paused: fc.boolean(),
})

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never

function build(c: Case) {
  const night = c.night.toISOString().slice(0, 10)
  const s = { ...settings, bedtime: c.bedtime }
  const p = planNight(s, night, c.zone)
  const startMs = instantMs(p.bedtime) - 12 * 3_600_000
  const nowMs = startMs + c.minuteIntoNight * 60_000
  const snoozed = Object.fromEntries(
    Object.entries(c.snoozes).map(([id, m]) => [
      id,
      new Date(nowMs + m * 60_000).toISOString().replace('.000Z', 'Z'),
    ]),
  )
  const steps = Object.fromEntries(
    Object.entries(c.outcomes).map(([id, status]) => [id, { status, at: p.bedtime }]),
  )
  const r = record({ steps, snoozed, paused: c.paused })
  return { p, r, s, nowMs, snap: buildSnapshot(p, r, s, nowMs, new Date(nowMs).toISOString()) }
}

describe('lifecycle properties', () => {
  it('at any instant at most one step is the Now step, and it is one to act on', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { p, r, nowMs, snap } = build(c)
        const lives = stepLives(p, r, nowMs, opts)
        const focus = nowFocus(p, r, lives, nowMs)
        const nowSteps = snap.steps.filter((s) => snap.focus.kind === 'step' && snap.focus.step.id === s.id)
        expect(nowSteps.length).toBeLessThanOrEqual(1)
        if (focus.kind === 'step') {
          expect(['due', 'in-effect']).toContain(lives.find((l) => l.id === focus.stepId)?.phase)
        }
        // Something due and the evening open and not paused: the Now card is about a step.
        if (!snap.closed && !snap.paused && snap.steps.some((s) => s.state === 'due')) {
          expect(snap.focus.kind).toBe('step')
        }
      }),
      { numRuns: 400 },
    )
  })

  it('no step of a closed evening is due, in effect, snoozed or snoozable', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { snap } = build(c)
        if (!snap.closed) return
        for (const step of snap.steps) {
          expect(['upcoming', 'due', 'in-effect', 'snoozed']).not.toContain(step.state)
          expect(step.canSnooze).toBe(false)
        }
        expect(snap.focus.kind).toBe('closed')
      }),
      { numRuns: 400 },
    )
  })

  it('paused offers no Snooze and no Next; the snapshot changes again only in the future', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { snap, nowMs } = build(c)
        if (snap.paused) {
          expect(snap.steps.some((s) => s.canSnooze)).toBe(false)
          expect(nowText(snap).next).toBeNull()
        }
        if (snap.changesAt !== null) expect(instantMs(snap.changesAt)).toBeGreaterThan(nowMs)
      }),
      { numRuns: 300 },
    )
  })

  it('a night and the next never both claim the same instant as their open evening', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { p, nowMs } = build(c)
        const s = { ...settings, bedtime: c.bedtime }
        const planOf = (n: string) => planNight(s, n, c.zone)
        const shown = eveningNight(nowMs, c.zone, planOf, () => nightReach(s, c.bedtime))
        expect([addDays(p.night, -1), p.night, addDays(p.night, 1), addDays(p.night, 2)]).toContain(shown)
      }),
      { numRuns: 200 },
    )
  })
})
