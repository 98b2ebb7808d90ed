// Scheduler figures: reminder lateness with ten years stored against a bare setTimeout, every main-process
// timer wake-up over an idle day with the default routine, recovery after sleep.
import childProcess from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { createEvening } from '../../electron/evening.ts'
import { createFileNotifiedLog } from '../../electron/notified-log.ts'
import { createScheduler, LOG_AHEAD_MS } from '../../electron/scheduler.ts'
import type { Clock, EventideStore, Notification, Notifier } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { createTrayRefresh } from '../../electron/tray-refresh.ts'
import { addDays, instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'
import type { Figure } from './run.ts'
import { LAST_NIGHT, tenYearsOfJournal, tenYearsOfNights } from './seed.ts'
import { percentile, round } from './stats.ts'
import { installVirtualTimers } from './virtual-timers.ts'

const quietLogger = { info() {}, warn() {}, error() {} }
const ZONE = 'Europe/Berlin'
const NIGHT = '2026-11-24'
const STEPS = 50

function fiftyStepSettings(): Settings {
  const s = defaultSettings()
  s.steps = Array.from({ length: STEPS }, (_, i) => ({
    id: `custom-${i + 1}`,
    title: `Step ${i + 1}`,
    enabled: true,
    anchor: 'bedtime' as const,
    offsetMinutes: -(50 - i),
  }))
  return s
}

function recordingNotifier(onNotify: (n: Notification) => void): Notifier {
  return {
    notify: async (n) => onNotify(n),
    onAction: () => () => {},
  }
}

function tempStore() {
  const directory = mkdtempSync(join(tmpdir(), 'eventide-bench-'))
  return {
    store: createStore({ directory, logger: quietLogger }),
    directory,
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  }
}

const SPEED = 300
/** 4 evenings of 50 steps: 200 reminders per run. */
const ROUNDS = 4
const RUNS = 3
/**
 * The app carries out a prepared wake-up when its timer fires within a second of its instant. Here a
 * simulated minute lasts 200 ms, and every instant anything can change is a whole simulated minute
 * (no snoozes, no heads-ups), so any tolerance under a minute decides exactly as the app would: 30 s.
 */
const BENCH_PREPARED_FOR_MS = 30_000

interface Percentiles {
  p50: number
  p95: number
  p99: number
}

const percentiles = (values: number[]): Percentiles => ({
  p50: percentile(values, 50),
  p95: percentile(values, 95),
  p99: percentile(values, 99),
})

/** The scheduler's lateness for ROUNDS evenings of STEPS steps a simulated minute apart, on a store with ten years. */
async function schedulerRun(
  store: EventideStore,
  directory: string,
  firstNight: string,
  logAheadMs: number,
): Promise<{ late: number[]; path: number[]; spans: Span[] }> {
  const settings = fiftyStepSettings()
  store.setSettings(settings)
  const late: number[] = []
  /** From the (sending) timer's callback starting to notify(): the scheduler's own part of the lateness. */
  const path: number[] = []
  /** From each reminder's due instant to its notify(), in performance.now() time, to set against GC pauses. */
  const spans: Span[] = []
  let firedAt = 0
  const realSetTimeout = globalThis.setTimeout
  // The scheduler asks for simulated milliseconds; scale them to real ones.
  globalThis.setTimeout = ((fn: () => void, ms = 0) =>
    realSetTimeout(() => {
      firedAt = performance.now()
      fn()
    }, ms / SPEED)) as typeof setTimeout
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const night = addDays(firstNight, round)
      const plan = planNight(settings, night, ZONE)
      const dueSim = plan.steps.map((s) => instantMs(s.at))
      const simStart = (dueSim[0] ?? 0) - 60_000
      const realStart = performance.now() + 20
      const simToReal = (sim: number) => realStart + (sim - simStart) / SPEED
      const clock: Clock = {
        now: () => Math.floor(simStart + (performance.now() - realStart) * SPEED),
        timeZone: () => ZONE,
      }
      let seen = 0
      await new Promise<void>((resolveDone) => {
        const scheduler = createScheduler({
          store,
          clock,
          logger: quietLogger,
          preparedForMs: BENCH_PREPARED_FOR_MS,
          logAheadMs,
          // The file the app writes before every send, so its append is in the figure.
          notifiedLog: createFileNotifiedLog(directory),
          notifier: recordingNotifier((n) => {
            const now = performance.now()
            path.push(now - firedAt)
            for (const id of n.stepIds) {
              const index = plan.steps.findIndex((s) => s.id === id)
              const due = simToReal(dueSim[index] ?? 0)
              late.push(now - due)
              spans.push([due, now])
              seen++
            }
            if (seen >= dueSim.length) {
              scheduler.stop()
              resolveDone()
            }
          }),
        })
        realSetTimeout(() => scheduler.start(), Math.max(0, realStart - performance.now()))
      })
    }
  } finally {
    globalThis.setTimeout = realSetTimeout
  }
  return { late, path, spans }
}

type Span = [start: number, end: number]

/** Records V8's garbage-collection pauses (start, end) while `work` runs. */
async function withGcPauses<T>(work: () => Promise<T>): Promise<{ result: T; pauses: Span[] }> {
  const pauses: Span[] = []
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.startTime + e.duration])
  })
  observer.observe({ entryTypes: ['gc'] })
  const result = await work()
  // Entries arrive after the pause that made them: let the last ones in.
  await new Promise((resolve) => setTimeout(resolve, 50))
  observer.disconnect()
  return { result, pauses }
}

const overlaps = ([a, b]: Span, pauses: Span[]) => pauses.some(([s, e]) => s < b && e > a)

/** The baseline, in its own phase: a chain of bare setTimeouts re-armed like the scheduler, same gaps. */
async function bareTimerRun(samples: number): Promise<number[]> {
  const gapMs = 60_000 / SPEED
  const late: number[] = []
  const start = performance.now() + 20
  await new Promise<void>((resolveDone) => {
    const armFor = (i: number) => {
      const target = start + i * gapMs
      setTimeout(
        () => {
          late.push(performance.now() - target)
          if (i + 1 < samples) armFor(i + 1)
          else resolveDone()
        },
        Math.max(0, target - performance.now()),
      )
    }
    armFor(0)
  })
  return late
}

/** Reminder lateness with ten years stored against a bare setTimeout: 3 runs of 200 samples each. */
async function lateness(): Promise<Figure[]> {
  const { store, directory, cleanup } = tempStore()
  store.setNights(tenYearsOfNights())
  store.setJournal(tenYearsOfJournal())
  const app: Percentiles[] = []
  const bare: Percentiles[] = []
  const inPath: Percentiles[] = []
  const withoutLead: Percentiles[] = []
  const withoutLeadPath: Percentiles[] = []
  const gcTail: { tail: number; withGc: number; pauses: number }[] = []
  const withoutGc: number[] = []
  let samples = 0
  try {
    for (let run = 0; run < RUNS; run++) {
      const firstNight = addDays(LAST_NIGHT, 1 + run * 2 * ROUNDS)
      // The app's lead in real milliseconds, in this clock's faster ones.
      const { result, pauses } = await withGcPauses(() =>
        schedulerRun(store, directory, firstNight, LOG_AHEAD_MS * SPEED),
      )
      // The same without the early wake: the log write sits between the timer and the send.
      const plain = await schedulerRun(store, directory, addDays(firstNight, ROUNDS), 0)
      withoutLead.push(percentiles(plain.late))
      withoutLeadPath.push(percentiles(plain.path))
      const { late, path, spans } = result
      samples = late.length
      app.push(percentiles(late))
      inPath.push(percentiles(path))
      const bareRun = percentiles(await bareTimerRun(late.length))
      bare.push(bareRun)
      // The tail explained: reminders later than the bare timer's p99, and how many of them waited on a GC pause.
      const tail = spans.filter((_, i) => (late[i] ?? 0) > bareRun.p99)
      gcTail.push({
        tail: tail.length,
        withGc: tail.filter((span) => overlaps(span, pauses)).length,
        pauses: pauses.length,
      })
      withoutGc.push(
        percentile(
          late.filter((_, i) => !overlaps(spans[i] as Span, pauses)),
          99,
        ),
      )
    }
  } finally {
    cleanup()
  }
  const median = (values: number[]) => percentile(values, 50)
  const path: Figure = {
    group: 'scheduler',
    name: 'from the sending timer firing to notify(), ten years stored, p50 / p99',
    value: round(median(inPath.map((r) => r.p50)), 3),
    unit: 'ms',
    note: `p99 ${round(median(inPath.map((r) => r.p99)), 3)} ms; median of ${RUNS} runs; the rest of the lateness is the timer's own`,
  }
  const late = (['p50', 'p95', 'p99'] as const).map((p) => {
    const value = median(app.map((r) => r[p]))
    const baseline = median(bare.map((r) => r[p]))
    return {
      group: 'scheduler',
      name: `reminder lateness ${p}, ten years stored`,
      value: round(value),
      unit: 'ms',
      baseline: round(baseline),
      ratio: round(value / Math.max(baseline, 0.01)),
      note:
        `median of ${RUNS} runs (${app.map((r) => round(r[p])).join(' / ')}; bare ${bare.map((r) => round(r[p])).join(' / ')}), ` +
        `${samples} reminders per run at ${SPEED}× speed; bare setTimeout chain in its own phase; notified.log on disk as in the app, ` +
        `written ${LOG_AHEAD_MS} ms ahead as in the app; excludes the notifier itself`,
    }
  })
  const gc: Figure = {
    group: 'scheduler',
    name: 'reminders later than the bare p99 / of them during a GC pause, per run',
    value: round(median(gcTail.map((r) => r.withGc)), 0),
    unit: 'reminders',
    note:
      `${gcTail.map((r) => `${r.withGc} of ${r.tail} (${r.pauses} GC pauses)`).join('; ')}; ` +
      `lateness p99 leaving out reminders that overlapped a GC pause: ${withoutGc.map((v) => round(v)).join(' / ')} ms`,
  }
  const plain: Figure = {
    group: 'scheduler',
    name: 'reminder lateness p99 without the early log write, ten years stored',
    value: round(median(withoutLead.map((r) => r.p99))),
    unit: 'ms',
    baseline: round(median(bare.map((r) => r.p99))),
    ratio: round(median(withoutLead.map((r) => r.p99)) / Math.max(median(bare.map((r) => r.p99)), 0.01)),
    note:
      `the app with logAheadMs 0, same runs: p50 ${round(median(withoutLead.map((r) => r.p50)))} ms, timer to notify() ` +
      `p50 / p99 ${round(median(withoutLeadPath.map((r) => r.p50)), 3)} / ${round(median(withoutLeadPath.map((r) => r.p99)), 3)} ms; ` +
      `the lead sends from a ${LOG_AHEAD_MS} ms timer, which wakes more punctually than a long one`,
  }
  return [...late, path, plain, gc]
}

/**
 * 24 simulated hours with the default routine on, every main-process timer counted: the scheduler's and
 * the tray refresh's (driven as main.ts drives it), with the evening service and a recording notifier.
 */
async function idle(): Promise<Figure[]> {
  let spawned = 0
  const originals = {
    spawn: childProcess.spawn,
    execFile: childProcess.execFile,
    exec: childProcess.exec,
    fork: childProcess.fork,
  }
  const count = <T extends (...args: never[]) => unknown>(fn: T) =>
    ((...args: never[]) => {
      spawned++
      return fn(...args)
    }) as unknown as T
  childProcess.spawn = count(originals.spawn)
  childProcess.execFile = count(originals.execFile)
  childProcess.exec = count(originals.exec)
  childProcess.fork = count(originals.fork)
  syncBuiltinESMExports()
  const start = Date.parse('2026-11-24T12:00:00+01:00')
  const timers = installVirtualTimers(start)
  const { store, cleanup } = tempStore()
  store.setSettings({ ...defaultSettings(), firstRunDone: true })
  const clock: Clock = { now: () => Date.now(), timeZone: () => ZONE }
  const sentAt: number[] = []
  const refreshedAt: number[] = []
  const scheduler = createScheduler({
    store,
    clock,
    notifier: recordingNotifier(() => sentAt.push(Date.now())),
    logger: quietLogger,
  })
  const evening = createEvening({ store, clock, logger: quietLogger })
  const pushState = () => refresh.update(evening.snapshot().changesAt)
  const refresh = createTrayRefresh(() => {
    refreshedAt.push(Date.now())
    pushState()
  }, clock)
  scheduler.onChange(pushState)
  scheduler.start()
  pushState()
  const HOURS = 24
  await timers.advance(HOURS * 3_600_000)
  const fired = timers.firedAt()
  scheduler.stop()
  refresh.stop()
  timers.restore()
  Object.assign(childProcess, originals)
  syncBuiltinESMExports()
  cleanup()
  const hourOf = (ms: number) => Math.floor((ms - start) / 3_600_000)
  // A reminder's wake-up is two timers LOG_AHEAD_MS apart (the log line, then the send): one wake-up,
  // counted in the reminder's hour. The note says how many there were.
  const leadOf = (ms: number) => sentAt.find((sent) => sent > ms && sent - ms <= LOG_AHEAD_MS)
  const leads = fired.filter((ms) => leadOf(ms) !== undefined).length
  const wakeHours = fired.map((ms) => hourOf(leadOf(ms) ?? ms))
  const perHour = Array.from({ length: HOURS }, (_, h) => wakeHours.filter((hour) => hour === h).length)
  // An idle hour: no reminder went out and the evening did not change (no tray refresh was due).
  const busy = new Set([...sentAt, ...refreshedAt].map(hourOf))
  const idleHours = perHour.filter((_, h) => !busy.has(h))
  return [
    {
      group: 'idle',
      name: 'timer wake-ups per idle hour, default routine (most in any idle hour)',
      value: Math.max(...idleHours),
      unit: 'per hour',
      note:
        `${idleHours.length} of ${HOURS} simulated hours idle; scheduler + tray refresh timers; a reminder's ` +
        `early log-write timer (${LOG_AHEAD_MS} ms before it) counted with it; goal ≤ 4`,
    },
    {
      group: 'idle',
      name: 'timer wake-ups in 24 h, default routine',
      value: fired.length,
      unit: 'wake-ups',
      note:
        `${sentAt.length} reminders (${leads} of them with an early log-write timer), ` +
        `${refreshedAt.length} tray refreshes; per hour: ${perHour.join(' ')}`,
    },
    {
      group: 'idle',
      name: 'child processes spawned in 24 h',
      value: spawned,
      unit: 'processes',
      note: 'recording notifier: counts only what the scheduler and evening spawn themselves',
    },
  ]
}

/** The machine sleeps through a step; how long from the resume event to the late notification. */
async function recovery(): Promise<Figure[]> {
  const { store, cleanup } = tempStore()
  const samples: number[] = []
  for (let i = 0; i < 20; i++) {
    let offset = 0
    const base = Date.parse('2026-11-24T21:40:00+01:00')
    const realStart = Date.now()
    const clock: Clock = { now: () => base + (Date.now() - realStart) + offset, timeZone: () => ZONE }
    // Everything before magnesium was notified before the machine went to sleep.
    store.setNight(NIGHT, {
      steps: {},
      notified: ['exercise-cutoff', 'warm-socks', 'warm-bath'],
      headsUp: [],
      snoozed: {},
      paused: false,
      summarized: [],
    })
    let resumedAt = 0
    const got = new Promise<void>((resolveGot) => {
      const scheduler = createScheduler({
        store,
        clock,
        logger: quietLogger,
        notifier: recordingNotifier(() => {
          samples.push(performance.now() - resumedAt)
          scheduler.stop()
          resolveGot()
        }),
      })
      scheduler.start()
      // Sleep across magnesium (21:50): wake at 21:55, inside the grace window.
      offset = 15 * 60_000
      resumedAt = performance.now()
      scheduler.replan('resume')
    })
    await got
  }
  cleanup()
  return [
    {
      group: 'scheduler',
      name: 'resume to late notification p50',
      value: round(percentile(samples, 50), 3),
      unit: 'ms',
      note: `${samples.length} resumes, real store`,
    },
  ]
}

export async function benchScheduler(): Promise<Figure[]> {
  return [...(await idle()), ...(await recovery()), ...(await lateness())]
}
