// The five evening defects of issue 10, each driven on fake timers through the real scheduler, the evening
// service and the real store on a temp dir, as the app wires them.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { createScheduler } from '../../electron/scheduler.ts'
import { createStore } from '../../electron/store.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { FOLLOW_UP_MS } from '../../shared/schedule.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { createDrillClock, createDrillLogger, createRecordingNotifier } from '../support/drill.ts'

const TZ = 'Europe/Berlin'
// Days of one-minute wake-ups on fake time: more than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 60_000 })
const dirs: string[] = []

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function openApp(startIso: string, settings: Settings) {
  vi.setSystemTime(instantMs(startIso))
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-evening-drill-'))
  dirs.push(directory)
  const drill = createDrillClock(TZ)
  const { logger, errors } = createDrillLogger()
  const store = createStore({ directory, logger, now: () => Date.now() })
  store.setSettings(settings)
  const { notifier, sent } = createRecordingNotifier(drill, () => store.getSettings().steps)
  const scheduler = createScheduler({ store, clock: drill.clock, notifier, logger })
  const evening = createEvening({ store, clock: drill.plain, logger })
  // As in the app (services-factory): every change made through the evening re-plans at once.
  evening.onChange(() => scheduler.replan('state changed'))
  scheduler.start()
  const runUntil = (iso: string) => vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())
  /** The machine sleeps: timers stall, the wall clock moves on; then it resumes. */
  const sleepUntil = (iso: string) => {
    vi.setSystemTime(instantMs(iso))
    scheduler.replan('resume')
  }
  const about = (id: string) => sent.filter((s) => s.stepIds.includes(id) || s.missedIds.includes(id))
  const seen = () => sent.map((s) => [formatMs(s.atMs, TZ), s.kind, s.stepIds, s.missedIds])
  return { store, scheduler, evening, sent, errors, runUntil, sleepUntil, about, seen }
}

const base = (): Settings => ({ ...defaultSettings(), firstRunDone: true })

describe('drill: a missed step ticked Done and then undone', () => {
  it('is reported as missed once, not again after the Undo', async () => {
    const app = openApp('2026-11-24T12:00:00+01:00', base())
    await app.runUntil('2026-11-24T21:00:00+01:00')
    // Asleep 21:00–22:00: the bath (21:30) is past the grace window, magnesium (21:50) comes late.
    app.sleepUntil('2026-11-24T22:00:00+01:00')
    await app.runUntil('2026-11-24T22:00:01+01:00')
    expect(app.store.getNight('2026-11-24').steps['warm-bath']?.status).toBe('missed')
    app.evening.setStepStatus('warm-bath', 'done')
    app.evening.setStepStatus('warm-bath', 'pending')
    await app.runUntil('2026-11-25T11:00:00+01:00')
    const reports = app
      .about('warm-bath')
      .filter((s) => s.kind === 'summary' || s.missedIds.includes('warm-bath'))
    expect(reports).toHaveLength(1)
    expect(app.errors).toEqual([])
    app.scheduler.stop()
  })
})

describe('drill: steps that fall before noon of their own night', () => {
  it('a custom step 10 h before a 21:00 bedtime is notified at 11:00, once, every day, and never missed', async () => {
    const settings = base()
    settings.bedtime = '21:00'
    settings.steps.push({
      id: 'custom-1',
      enabled: true,
      anchor: 'bedtime',
      offsetMinutes: -600,
      title: 'Lunch walk',
    })
    const app = openApp('2026-11-24T08:00:00+01:00', settings)
    await app.runUntil('2026-11-26T12:30:00+01:00')
    // Started in the morning: the night before (never watched) is summed up once at start-up, as always.
    const afterStart = app.sent.filter((s) => s.atMs > instantMs('2026-11-24T08:00:00+01:00'))
    const custom = afterStart.filter(
      (s) => s.stepIds.includes('custom-1') || s.missedIds.includes('custom-1'),
    )
    expect(custom.map((s) => [formatMs(s.atMs, TZ), s.kind])).toEqual([
      ['2026-11-24T11:00:00+01:00', 'due'],
      ['2026-11-25T11:00:00+01:00', 'due'],
      ['2026-11-26T11:00:00+01:00', 'due'],
    ])
    expect(afterStart.filter((s) => s.kind === 'summary' || s.missedIds.length > 0)).toEqual([])
    // The checklist shows that evening from 11:00, with the step due there.
    vi.setSystemTime(instantMs('2026-11-26T11:05:00+01:00'))
    const snap = app.evening.snapshot()
    expect(snap.night).toBe('2026-11-26')
    expect(snap.steps.find((s) => s.id === 'custom-1')?.state).toBe('due')
    expect(app.errors).toEqual([])
    app.scheduler.stop()
  })

  it('the exercise cut-off of a 13:00 night-shift bedtime comes at 09:00 and is not reported missed at noon', async () => {
    const settings = base()
    settings.bedtime = '13:00'
    const app = openApp('2026-11-24T06:00:00+01:00', settings)
    await app.runUntil('2026-11-24T15:00:00+01:00')
    const afterStart = app.sent.filter((s) => s.atMs > instantMs('2026-11-24T06:00:00+01:00'))
    expect(
      afterStart
        .filter((s) => s.stepIds.includes('exercise-cutoff'))
        .map((s) => [formatMs(s.atMs, TZ), s.kind]),
    ).toEqual([['2026-11-24T09:00:00+01:00', 'due']])
    expect(afterStart.filter((s) => s.kind === 'summary' || s.missedIds.length > 0)).toEqual([])
    expect(app.store.getNight('2026-11-24').notified).toContain('exercise-cutoff')
    expect(app.errors).toEqual([])
    app.scheduler.stop()
  })
})

describe('drill: a later bedtime moves a missed step back into the future', () => {
  it('un-misses it and reminds at the new time', async () => {
    const app = openApp('2026-11-24T12:00:00+01:00', base())
    await app.runUntil('2026-11-24T21:00:00+01:00')
    app.sleepUntil('2026-11-24T21:56:00+01:00')
    await app.runUntil('2026-11-24T21:57:00+01:00')
    expect(app.store.getNight('2026-11-24').steps['warm-bath']?.status).toBe('missed')
    // Bedtime 23:30 tonight: the bath moves to 22:30.
    const snap = app.evening.setTonightBedtime('23:30')
    expect(snap.steps.find((s) => s.id === 'warm-bath')?.state).toBe('upcoming')
    expect(app.store.getNight('2026-11-24').steps['warm-bath']).toBeUndefined()
    await app.runUntil('2026-11-24T22:31:00+01:00')
    const bath = app.sent.filter((s) => s.kind === 'due' && s.stepIds.includes('warm-bath'))
    expect(bath.map((s) => formatMs(s.atMs, TZ))).toEqual(['2026-11-24T22:30:00+01:00'])
    expect(app.errors).toEqual([])
    app.scheduler.stop()
  })
})

describe('drill: tonight-only and everyday bedtime changes', () => {
  async function evening(change: 'tonight' | 'everyday') {
    const app = openApp('2026-11-24T12:00:00+01:00', base())
    await app.runUntil('2026-11-24T22:00:00+01:00')
    if (change === 'tonight') app.evening.setTonightBedtime('23:30')
    else app.evening.updateSettings({ ...app.store.getSettings(), bedtime: '23:30' })
    await app.runUntil('2026-11-25T11:00:00+01:00')
    app.scheduler.stop()
    expect(app.errors).toEqual([])
    return app
  }

  it('give tonight identical notifications, each moved step reminded again at its new time', async () => {
    const tonight = await evening('tonight')
    const everyday = await evening('everyday')
    expect(everyday.seen()).toEqual(tonight.seen())
    // The bath (21:30) and magnesium (21:50) were notified; 23:30 moves them to 22:30 and 22:50.
    const due = (id: string) =>
      tonight
        .about(id)
        .filter((s) => s.kind === 'due')
        .map((s) => formatMs(s.atMs, TZ))
    expect(due('warm-bath')).toEqual(['2026-11-24T21:30:00+01:00', '2026-11-24T22:30:00+01:00'])
    expect(due('magnesium')).toEqual(['2026-11-24T21:50:00+01:00', '2026-11-24T22:50:00+01:00'])
    expect(due('pre-bed-walk')).toEqual(['2026-11-24T23:15:00+01:00'])
  })
})

describe('drill: a morning wake, resume then unlock', () => {
  it('sends the summary, then the check-in at least FOLLOW_UP_MS later, never both in one instant', async () => {
    const app = openApp('2026-11-24T12:00:00+01:00', base())
    await app.runUntil('2026-11-24T21:00:00+01:00')
    vi.setSystemTime(instantMs('2026-11-25T08:30:00+01:00'))
    app.scheduler.replan('resume')
    app.scheduler.replan('unlock-screen')
    await app.runUntil('2026-11-25T08:31:00+01:00')
    const morning = app.sent.filter((s) => s.atMs >= instantMs('2026-11-25T08:30:00+01:00'))
    expect(morning.map((s) => s.kind)).toEqual(['summary', 'check-in'])
    const [summary, checkIn] = morning
    expect((checkIn?.atMs ?? 0) - (summary?.atMs ?? 0)).toBeGreaterThanOrEqual(FOLLOW_UP_MS)
    expect(app.errors).toEqual([])
    app.scheduler.stop()
  })
})
