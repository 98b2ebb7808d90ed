// The restart drill for "notify first, record after": the app dies between showing a reminder and
// storing it. On the next start the notified log is replayed, so the reminder is not shown again.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createFileNotifiedLog, NOTIFIED_LOG_FILE } from '../../electron/notified-log.ts'
import { createScheduler, type Scheduler } from '../../electron/scheduler.ts'
import type { EventideStore } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { createDrillClock, createDrillLogger, createRecordingNotifier } from '../support/drill.ts'

const TZ = 'Europe/Berlin'
const NIGHT = '2026-11-24'
const dirs: string[] = []
const running: Scheduler[] = []

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  for (const s of running.splice(0)) s.stop()
  vi.useRealTimers()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

const runUntil = (iso: string) => vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())

/** The app on a real store folder; `dies` makes the store stop taking writes, as a killed process would. */
function openApp(
  directory: string,
  drill: ReturnType<typeof createDrillClock>,
  notifier: ReturnType<typeof createRecordingNotifier>['notifier'],
) {
  const { logger, errors } = createDrillLogger()
  const real = createStore({ directory, logger, now: () => Date.now() })
  let dead = false
  const store: EventideStore = Object.create(real, {
    setNight: {
      value: (night: string, record: Parameters<EventideStore['setNight']>[1]) => {
        if (dead) throw new Error('the process was killed before this write')
        real.setNight(night, record)
      },
    },
  })
  const scheduler = createScheduler({
    store,
    clock: drill.clock,
    notifier,
    logger,
    notifiedLog: createFileNotifiedLog(directory),
  })
  running.push(scheduler)
  return { store: real, scheduler, errors, die: () => (dead = true) }
}

/** Runs to the bath's reminder, kills the app right after it is shown, restarts at 21:31 and runs on. */
async function crashAfterTheBath(beforeRestart: (directory: string) => void) {
  vi.setSystemTime(instantMs(`${NIGHT}T18:00:00+01:00`))
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-crash-drill-'))
  dirs.push(directory)
  const drill = createDrillClock(TZ)
  const { notifier, sent } = createRecordingNotifier(drill, () => defaultSettings().steps)
  const first = openApp(directory, drill, notifier)
  first.store.setSettings(defaultSettings())
  first.scheduler.start()
  await runUntil(`${NIGHT}T21:29:59+01:00`)
  first.die()
  await runUntil(`${NIGHT}T21:30:00+01:00`)
  first.scheduler.stop()
  const shownBeforeCrash = sent.length
  vi.setSystemTime(instantMs(`${NIGHT}T21:31:00+01:00`))
  beforeRestart(directory)
  const second = openApp(directory, drill, notifier)
  second.scheduler.start()
  await runUntil(`${NIGHT}T23:00:00+01:00`)
  const bath = sent.filter((s) => s.kind === 'due' && s.stepIds.includes('warm-bath'))
  return { sent, shownBeforeCrash, bath, second, firstErrors: first.errors }
}

describe('drill: killed between a reminder and its record', () => {
  it('does not show the reminder again after the restart, and the store ends up holding it', async () => {
    const run = await crashAfterTheBath(() => {})
    expect(run.shownBeforeCrash, 'reminders before the crash').toBe(3)
    // The first app could not record the bath: the write after the send was the one the crash took.
    expect(run.firstErrors.join('\n')).toContain('could not record what was notified')
    expect(run.bath, 'bath reminders over both runs').toHaveLength(1)
    expect(run.second.store.getNight(NIGHT).notified).toContain('warm-bath')
    expect(run.sent.map((s) => s.stepIds)).toEqual([
      ['exercise-cutoff'],
      ['warm-socks'],
      ['warm-bath'],
      ['magnesium'],
      ['pre-bed-walk'],
    ])
    expect(run.second.errors).toEqual([])
  })

  it('would show it twice without the log: the log is what keeps the promise', async () => {
    const run = await crashAfterTheBath((directory) => fs.rmSync(path.join(directory, NOTIFIED_LOG_FILE)))
    expect(run.bath, 'bath reminders over both runs').toHaveLength(2)
  })
})

describe('notified log file', () => {
  it('skips a line torn by a crash mid-write, reporting it, and keeps the whole ones', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-notified-log-'))
    dirs.push(directory)
    const log = createFileNotifiedLog(directory)
    log.append({ checkIn: '2026-11-23' })
    fs.appendFileSync(path.join(directory, NOTIFIED_LOG_FILE), '{"night":"2026-11-24","rec')
    const { entries, damaged } = log.pending()
    expect(entries).toEqual([{ checkIn: '2026-11-23' }])
    expect(damaged).toHaveLength(1)
    log.clear()
    expect(log.pending()).toEqual({ entries: [], damaged: [] })
  })
})
