// Scheduler figures: lateness with real timers against a bare setTimeout, idle wake-ups, recovery after sleep.
import childProcess from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Clock, Notification, Notifier } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'
import type { Figure } from './run.ts'
import { percentile, round } from './stats.ts'
import { installVirtualTimers } from './virtual-timers.ts'

const quietLogger = { info() {}, warn() {}, error() {} }
const ZONE = 'Europe/Berlin'
const NIGHT = '2026-11-24'

function fiftyStepSettings(): Settings {
  const s = defaultSettings()
  s.steps = Array.from({ length: 50 }, (_, i) => ({
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
    cleanup: () => rmSync(directory, { recursive: true, force: true }),
  }
}

/** 50 steps a simulated minute apart, played 100× faster: about 30 s of real time. */
async function lateness(): Promise<Figure[]> {
  const SPEED = 100
  const settings = fiftyStepSettings()
  const plan = planNight(settings, NIGHT, ZONE)
  const dueSim = plan.steps.map((s) => instantMs(s.at))
  const simStart = (dueSim[0] ?? 0) - 60_000
  const realStart = performance.now() + 50
  const simToReal = (sim: number) => realStart + (sim - simStart) / SPEED
  const clock: Clock = {
    now: () => Math.floor(simStart + (performance.now() - realStart) * SPEED),
    timeZone: () => ZONE,
  }

  // The baseline: bare setTimeouts for the same real due times, running in the same event loop.
  const baseline: number[] = []
  for (const sim of dueSim) {
    const target = simToReal(sim)
    setTimeout(() => baseline.push(performance.now() - target), Math.max(0, target - performance.now()))
  }

  const { store, cleanup } = tempStore()
  store.setSettings(settings)
  const late: number[] = []
  const realSetTimeout = globalThis.setTimeout
  // The scheduler asks for simulated milliseconds; scale them to real ones.
  globalThis.setTimeout = ((fn: () => void, ms = 0) => realSetTimeout(fn, ms / SPEED)) as typeof setTimeout
  const done = new Promise<void>((resolveDone) => {
    const scheduler = createScheduler({
      store,
      clock,
      logger: quietLogger,
      notifier: recordingNotifier((n) => {
        const now = performance.now()
        for (const id of n.stepIds) {
          const index = plan.steps.findIndex((s) => s.id === id)
          late.push((now - simToReal(dueSim[index] ?? 0)) * 1)
        }
        if (late.length >= dueSim.length) {
          scheduler.stop()
          resolveDone()
        }
      }),
    })
    realSetTimeout(() => scheduler.start(), Math.max(0, realStart - performance.now()))
  })
  await done
  globalThis.setTimeout = realSetTimeout
  cleanup()
  const p50 = percentile(late, 50)
  const p99 = percentile(late, 99)
  const b50 = percentile(baseline, 50)
  const b99 = percentile(baseline, 99)
  return [
    {
      group: 'scheduler',
      name: 'lateness p50 (real timers, 50 steps)',
      value: round(p50),
      unit: 'ms',
      baseline: round(b50),
      ratio: round(p50 / Math.max(b50, 0.01)),
    },
    {
      group: 'scheduler',
      name: 'lateness p99 (real timers, 50 steps)',
      value: round(p99),
      unit: 'ms',
      baseline: round(b99),
      ratio: round(p99 / Math.max(b99, 0.01)),
    },
    { group: 'scheduler', name: 'steps notified', value: late.length, unit: 'of 50' },
  ]
}

/** 24 simulated hours with nothing due: how often the scheduler wakes, and whether it spawns anything. */
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
  const start = Date.parse('2026-11-24T13:00:00+01:00')
  const timers = installVirtualTimers(start)
  const { store, cleanup } = tempStore()
  const settings = defaultSettings()
  settings.steps = settings.steps.map((s) => ({ ...s, enabled: false }))
  settings.checkInEnabled = false
  store.setSettings(settings)
  const { createNotifier } = await import('../../electron/notifier.ts')
  const notifier = createNotifier({
    platform: 'linux',
    iconPath: '/nonexistent.png',
    appId: 'bench',
    logger: quietLogger,
  })
  const scheduler = createScheduler({
    store,
    clock: { now: () => Date.now(), timeZone: () => ZONE },
    notifier,
    logger: quietLogger,
  })
  scheduler.start()
  const before = timers.created()
  await timers.advance(24 * 3_600_000)
  const wakes = timers.created() - before
  scheduler.stop()
  timers.restore()
  Object.assign(childProcess, originals)
  syncBuiltinESMExports()
  cleanup()
  return [
    {
      group: 'idle',
      name: 'timer wake-ups per idle hour',
      value: round(wakes / 24, 1),
      unit: 'per hour',
      note: 'bounded re-check: at most 60',
    },
    { group: 'idle', name: 'child processes spawned in 24 idle hours', value: spawned, unit: 'processes' },
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
