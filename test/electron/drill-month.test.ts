// A month in a minute: 30 evenings of random sleeps, restarts, bedtime changes and paused nights, one of
// them a DST night, on fake time with a real store. Each step is notified once or marked missed, never
// in a burst, and a restart never repeats anything.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Notifier } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { checkInDueAtMs, checkInNightFor } from '../../shared/checkin.ts'
import { addDays, instantMs, nightBounds } from '../../shared/night.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'
import {
  burstTicks,
  createDrillClock,
  createDrillLogger,
  createRecordingNotifier,
  type DrillClock,
} from '../support/drill.ts'

const TZ = 'Europe/Berlin'
const MIN = 60_000
const NIGHTS = 30
/**
 * The scheduler's longest wait between clock checks. The app re-checks every minute; a month of that is
 * 43,000 fake wake-ups per run, so the drill checks every 30 minutes and still catches every sleep.
 */
const MAX_WAIT_MS = 30 * MIN
const BEDTIMES = ['21:00', '21:45', '22:30', '23:15', '00:00', '00:30', '01:30', '02:30']
const STEP_IDS = defaultSettings().steps.map((s) => s.id)

type Action =
  | { kind: 'sleep'; minutes: number; resume: boolean }
  | { kind: 'restart'; downMinutes: number }
  | { kind: 'tonight' | 'everyday'; bedtime: string }
  | { kind: 'pause' | 'unpause' }
interface Month {
  /** The first night; each start puts a DST night inside the 30 (2026-10-24 or 2026-03-28). */
  first: string
  bedtime: string
  headsUpMinutes: number
  evenings: { atMinute: number; action: Action }[][]
}

const bedtimeArb = fc.constantFrom(...BEDTIMES)
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('sleep' as const),
      // Short naps inside the grace window as well as sleeps of up to 14 hours.
      minutes: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 20, max: 14 * 60 })),
      resume: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('restart' as const), downMinutes: fc.nat(180) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('tonight', 'everyday'), bedtime: bedtimeArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('pause', 'unpause') }) },
)
// Minutes after the night's noon; most events land in the evening, where the steps are.
const eventArb = fc.record({
  atMinute: fc.oneof(fc.integer({ min: 360, max: 900 }), fc.integer({ min: 1, max: 22 * 60 })),
  action: actionArb,
})
const monthArb: fc.Arbitrary<Month> = fc.record({
  first: fc.constantFrom('2026-10-10', '2026-03-14'),
  bedtime: bedtimeArb,
  headsUpMinutes: fc.constantFrom(0, 10),
  evenings: fc.array(fc.array(eventArb, { maxLength: 4 }), { minLength: NIGHTS, maxLength: NIGHTS }),
})

// Hundreds of store writes per month, each fsync'ed: on a RAM disk where there is one, the drill stays quick.
const TEMP = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()
const dirs: string[] = []
beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function openApp(
  directory: string,
  drill: DrillClock,
  notifier: Notifier,
  logger: ReturnType<typeof createDrillLogger>['logger'],
) {
  const store = createStore({ directory, logger, now: () => Date.now() })
  const scheduler = createScheduler({ store, clock: drill.clock, notifier, logger, maxWaitMs: MAX_WAIT_MS })
  const evening = createEvening({ store, clock: drill.plain, logger })
  // As in the app: every change made through the evening re-plans at once.
  evening.onChange(() => scheduler.replan('state changed'))
  return { store, scheduler, evening }
}

/** Runs the month and returns what the person saw and what the store holds afterwards. */
async function runMonth(month: Month) {
  const directory = fs.mkdtempSync(path.join(TEMP, 'eventide-drill-'))
  dirs.push(directory)
  const drill = createDrillClock(TZ)
  const { notifier, sent } = createRecordingNotifier(drill, () => defaultSettings().steps)
  const { logger, errors } = createDrillLogger()
  const nights = Array.from({ length: NIGHTS }, (_, i) => addDays(month.first, i))
  const settings: Settings = {
    ...defaultSettings(),
    bedtime: month.bedtime,
    notifications: { ...defaultSettings().notifications, headsUpMinutes: month.headsUpMinutes },
  }
  // Every everyday bedtime in force, from when; a step's reminder reset by a one-night bedtime adds to
  // what it may get; paused spans are counted in scheduler wake-ups.
  const bedtimes = [{ atMs: 0, bedtime: month.bedtime }]
  const allowance = new Map<string, { due: number; headsUp: number; missed: number }>()
  const allow = (night: string, id: string) => {
    const key = `${night} ${id}`
    const a = allowance.get(key) ?? { due: 1, headsUp: 1, missed: 0 }
    allowance.set(key, a)
    return a
  }
  const paused: { night: string; fromTick: number; toTick: number }[] = []

  // A run that failed part-way (while fast-check shrinks) must not leave its timer ticking into this one.
  vi.clearAllTimers()
  vi.setSystemTime(nightBounds(month.first, TZ).startMs)
  let app = openApp(directory, drill, notifier, logger)
  app.store.setSettings(settings)
  app.scheduler.start()

  const events = nights
    .flatMap((night, i) =>
      (month.evenings[i] ?? []).map((e) => ({
        night,
        // 17 s past the minute, so a person's action never shares an instant with a step's own time.
        atMs: nightBounds(night, TZ).startMs + e.atMinute * MIN + 17_000,
        action: e.action,
      })),
    )
    .sort((a, b) => a.atMs - b.atMs)

  for (const { night, atMs, action } of events) {
    // An event planned while the machine slept or the app was closed did not happen.
    if (atMs < Date.now()) continue
    await vi.advanceTimersByTimeAsync(atMs - Date.now())
    if (action.kind === 'sleep') {
      // Timers stall while the machine sleeps; the wall clock does not.
      vi.setSystemTime(Date.now() + action.minutes * MIN)
      if (action.resume) app.scheduler.replan('resume')
    } else if (action.kind === 'restart') {
      app.scheduler.stop()
      vi.setSystemTime(Date.now() + action.downMinutes * MIN)
      app = openApp(directory, drill, notifier, logger)
      app.scheduler.start()
    } else if (action.kind === 'tonight' || action.kind === 'everyday') {
      // One rule for both: each step not done or skipped that the new bedtime moves into the future gets
      // its reminder back, a step marked missed included (which may then be missed, and reported, again).
      const shown = app.evening.current()
      const record = shown.record
      const settings = app.store.getSettings()
      const tonight = (bedtime: string | undefined) => (bedtime === undefined ? undefined : { bedtime })
      const newOverride = action.kind === 'tonight' ? action.bedtime : record.bedtimeOverride
      const newSettings = action.kind === 'everyday' ? { ...settings, bedtime: action.bedtime } : settings
      const before = planNight(settings, shown.night, TZ, tonight(record.bedtimeOverride))
      const after = planNight(newSettings, shown.night, TZ, tonight(newOverride))
      for (const step of after.steps) {
        const was = before.steps.find((s) => s.id === step.id)
        const outcome = record.steps[step.id]?.status
        if (instantMs(step.at) <= Date.now() || (was && instantMs(was.at) === instantMs(step.at))) continue
        if (outcome === 'done' || outcome === 'skipped') continue
        const a = allow(shown.night, step.id)
        if (record.notified.includes(step.id) || outcome === 'missed') a.due++
        if (record.headsUp.includes(step.id)) a.headsUp++
        if (outcome === 'missed') a.missed++
      }
      if (action.kind === 'tonight') app.evening.setTonightBedtime(action.bedtime)
      else {
        bedtimes.push({ atMs: Date.now(), bedtime: action.bedtime })
        app.evening.updateSettings(newSettings)
      }
    } else if (action.kind === 'pause' && app.evening.snapshot().closed) {
      // An evening that is over has nothing to pause: refused, naming the field, and nothing changes.
      expect(() => app.evening.setPaused(true)).toThrow(/^paused: /)
    } else {
      const open = paused.find((p) => p.night === night && p.toTick === Number.POSITIVE_INFINITY)
      if (action.kind === 'pause' && !open) {
        paused.push({ night, fromTick: drill.ticks.length, toTick: Number.POSITIVE_INFINITY })
      }
      if (action.kind === 'unpause' && open) open.toTick = drill.ticks.length
      app.evening.setPaused(action.kind === 'pause')
    }
  }
  const last = nights[NIGHTS - 1] ?? month.first
  await vi.advanceTimersByTimeAsync(Math.max(0, nightBounds(last, TZ).endMs + MIN - Date.now()))
  app.scheduler.stop()
  const bedtimeAt = (ms: number) => bedtimes.filter((b) => b.atMs <= ms).at(-1)?.bedtime ?? month.bedtime
  return {
    nights,
    settings,
    sent,
    ticks: drill.ticks,
    errors,
    records: app.store.allNights(),
    journal: app.store.getJournal(),
    bedtimeAt,
    allow,
    paused,
    timersLeft: vi.getTimerCount(),
  }
}

type Run = Awaited<ReturnType<typeof runMonth>>

function checkNight(run: Run, night: string): void {
  const { startMs, endMs } = nightBounds(night, TZ)
  const inNight = (ms: number) => ms >= startMs && ms < endMs
  const record = run.records[night] ?? emptyNightRecord()
  const steps = run.sent.filter((s) => s.kind !== 'check-in' && inNight(s.atMs))
  const wasPaused = run.paused.filter((p) => p.night === night)
  for (const id of STEP_IDS) {
    const where = `night ${night}, step ${id}`
    const due = steps.filter((s) => s.kind === 'due' && s.stepIds.includes(id)).length
    const headsUp = steps.filter((s) => s.kind === 'heads-up' && s.stepIds.includes(id)).length
    const missed = steps.filter((s) => (s.kind === 'summary' ? s.stepIds : s.missedIds).includes(id)).length
    expect(due, `${where}: due notifications`).toBeLessThanOrEqual(run.allow(night, id).due)
    expect(headsUp, `${where}: heads-ups`).toBeLessThanOrEqual(run.allow(night, id).headsUp)
    // A missed step is reported once, and only a step marked missed is reported as missed; a later bedtime
    // that moved a missed step back into the future un-missed it, so it may be missed and reported again.
    const isMissed = record.steps[id]?.status === 'missed' ? 1 : 0
    expect(missed, `${where}: reports as missed`).toBeGreaterThanOrEqual(isMissed)
    expect(missed, `${where}: reports as missed`).toBeLessThanOrEqual(isMissed + run.allow(night, id).missed)
    if (record.steps[id]?.status === 'missed') expect(record.summarized, where).toContain(id)
    if (wasPaused.length === 0 && record.notified.includes(id)) {
      expect(due, `${where}: recorded as notified, so a notification went out`).toBeGreaterThan(0)
    }
  }
  for (const s of steps) {
    const quiet = wasPaused.some((p) => s.tick >= p.fromTick && s.tick < p.toTick)
    expect(quiet, `night ${night}: "${s.notification.title}" sent while paused`).toBe(false)
  }
  // Every step whose time came while the scheduler was watching ended notified or settled.
  const lastTick = run.ticks.filter(inNight).at(-1)
  if (lastTick === undefined) return
  const bedtime = record.bedtimeOverride ?? run.bedtimeAt(lastTick)
  const plan = planNight({ ...run.settings, bedtime }, night, TZ)
  for (const step of plan.steps) {
    if (instantMs(step.at) > lastTick) continue
    const handled = record.notified.includes(step.id) || record.steps[step.id] !== undefined
    expect(handled, `night ${night}, step ${step.id} at ${step.at}: neither notified nor missed`).toBe(true)
  }
}

function checkMonth(run: Run): void {
  expect(run.errors, 'errors logged').toEqual([])
  expect(run.timersLeft, 'timers left after stop()').toBe(0)
  // No burst: one scheduler wake-up shows at most one notification.
  expect(burstTicks(run.sent), 'wake-ups that sent more than one notification').toEqual([])
  for (const night of run.nights) checkNight(run, night)

  // The check-in: at most once per night, and once for each night with an idle wake-up in its window.
  const asked = run.sent.filter((s) => s.kind === 'check-in').map((s) => checkInNightFor(s.atMs, TZ))
  expect(asked, 'check-in notifications, by night').toEqual([...new Set(asked)])
  for (const night of asked) expect(run.journal.checkInAsked).toContain(night)
  const busy = new Set(run.sent.filter((s) => s.kind !== 'check-in').map((s) => s.tick))
  for (const night of run.nights) {
    const from = checkInDueAtMs(night, run.settings.checkInTime, TZ)
    const to = nightBounds(night, TZ).endMs
    const idle = run.ticks.some((t, i) => t >= from && t < to && !busy.has(i))
    if (idle) expect(asked, `check-in for night ${night}`).toContain(night)
  }
}

/** A month whose DST night (night 15) gets the given events, and nothing else happens. */
function dstMonth(first: string, events: Month['evenings'][number]): Month {
  const evenings = Array.from({ length: NIGHTS }, (_, i) => (i === 14 ? events : []))
  return { first, bedtime: '02:30', headsUpMinutes: 10, evenings }
}

// Always tried first: the DST nights with bedtime 02:30, where steps fall into the repeated or missing hour.
const DST_EXAMPLES: [Month][] = [
  // Fall back (2026-10-24): asleep 01:00–02:30 summer time, then closed for a while at 03:40.
  [
    dstMonth('2026-10-10', [
      { atMinute: 780, action: { kind: 'sleep', minutes: 90, resume: false } },
      { atMinute: 940, action: { kind: 'restart', downMinutes: 45 } },
    ]),
  ],
  // Spring forward (2026-03-28): tonight's bedtime 02:15 lands in the gap, then closed from 01:40 to 03:10.
  [
    dstMonth('2026-03-14', [
      { atMinute: 600, action: { kind: 'tonight', bedtime: '02:15' } },
      { atMinute: 820, action: { kind: 'restart', downMinutes: 30 } },
    ]),
  ],
]

describe('drill: a month in a minute', () => {
  it('notifies each step once or marks it missed, without bursts, through sleeps, restarts and DST', async () => {
    await fc.assert(
      fc.asyncProperty(monthArb, async (month) => {
        checkMonth(await runMonth(month))
      }),
      { numRuns: 15, examples: DST_EXAMPLES },
    )
  }, 180_000)
})
