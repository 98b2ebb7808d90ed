// The scheduler over whole evenings on fake timers: each step once, at its time, through sleep,
// restarts, DST nights and bedtime changes, with a bounded number of wake-ups while idle.
import { describe, expect, it, vi } from 'vitest'
import { createMemoryNotifiedLog, type NotifiedLog } from '../../electron/notified-log.ts'
import { createScheduler, MAX_TIMER_MS } from '../../electron/scheduler.ts'
import type { Notification, Notifier } from '../../electron/services.ts'
import { formatMs, instantMs, nightOf } from '../../shared/night.ts'
import type { NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore, type MemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const HOUR = 3_600_000
const CORE_IDS = ['exercise-cutoff', 'warm-socks', 'warm-bath', 'magnesium', 'pre-bed-walk']

interface Sent {
  at: string
  notification: Notification
  /** What the store said was notified at the moment the notification went out. */
  storedNotified: string[]
}

const track = onFakeTime()

function setup(
  options: {
    start?: string
    settings?: Settings
    nights?: Record<string, NightRecord>
    store?: MemoryStore
    notify?: (n: Notification) => Promise<void>
    maxWaitMs?: number
    notifiedLog?: NotifiedLog
  } = {},
) {
  if (options.start) vi.setSystemTime(instantMs(options.start))
  const store = options.store ?? createMemoryStore({ settings: options.settings, nights: options.nights })
  const sent: Sent[] = []
  const clock = { now: () => Date.now(), timeZone: () => TZ }
  const notifier: Notifier = {
    // Not async, so a notifier that throws synchronously is passed through as it is.
    notify: vi.fn((notification: Notification) => {
      const night = nightOf(Date.now(), TZ)
      sent.push({
        at: formatMs(Date.now(), TZ),
        notification,
        storedNotified: store.getNight(night).notified,
      })
      return options.notify ? options.notify(notification) : Promise.resolve()
    }),
    onAction: () => () => {},
  }
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const scheduler = createScheduler({
    store,
    clock,
    notifier,
    logger,
    maxWaitMs: options.maxWaitMs,
    notifiedLog: options.notifiedLog,
  })
  track(scheduler)
  return { store, sent, notifier, logger, scheduler }
}

async function runUntil(iso: string) {
  await vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())
}

const ids = (sent: Sent[]) => sent.flatMap((s) => s.notification.stepIds)

describe('scheduler over an evening', () => {
  it('fires each of the five steps exactly once, at its planned time (bedtime 22:30, Berlin)', async () => {
    const { sent, scheduler } = setup({ start: '2026-11-24T12:00:00+01:00' })
    scheduler.start()
    await runUntil('2026-11-25T11:59:00+01:00')
    expect(sent.map((s) => [s.at, s.notification.stepIds])).toEqual([
      ['2026-11-24T18:30:00+01:00', ['exercise-cutoff']],
      ['2026-11-24T19:00:00+01:00', ['warm-socks']],
      ['2026-11-24T21:30:00+01:00', ['warm-bath']],
      ['2026-11-24T21:50:00+01:00', ['magnesium']],
      ['2026-11-24T22:15:00+01:00', ['pre-bed-walk']],
      // The next morning's check-in (issue 5) rides on the same timer.
      ['2026-11-25T08:00:00+01:00', []],
    ])
    expect(sent[2]?.notification).toMatchObject({ title: 'Warm bath or shower', actions: true, sound: true })
  })

  it('logs a step as notified before the notification goes out and records it right after', async () => {
    const notifiedLog = createMemoryNotifiedLog()
    const loggedAtSend: string[] = []
    const { sent, store, scheduler } = setup({
      start: '2026-11-24T21:00:00+01:00',
      nights: {},
      notifiedLog,
      notify: async () => {
        loggedAtSend.push(notifiedLog.lines.join('\n'))
      },
    })
    scheduler.start()
    await runUntil('2026-11-24T22:00:00+01:00')
    const index = sent.findIndex((s) => s.notification.stepIds.includes('warm-bath'))
    // The crash promise: the log line is written when the notification goes out...
    expect(loggedAtSend[index]).toContain('"warm-bath"')
    // ...and once the store holds it, the log is emptied again.
    expect(store.getNight('2026-11-24').notified).toContain('warm-bath')
    expect(notifiedLog.lines).toEqual([])
  })

  it('tells the app when tonight changed, and stays quiet on idle wake-ups', async () => {
    const { scheduler } = setup({ start: '2026-11-24T21:00:00+01:00' })
    const changed = vi.fn()
    scheduler.onChange(changed)
    scheduler.start()
    changed.mockClear()
    await runUntil('2026-11-24T21:29:00+01:00')
    expect(changed).not.toHaveBeenCalled()
    await runUntil('2026-11-24T21:31:00+01:00')
    expect(changed).toHaveBeenCalledTimes(1)
  })
})

describe('scheduler after sleep and restarts', () => {
  it('sums up steps missed during a 2-hour sleep in ONE notification after resume', async () => {
    const { sent, store, scheduler } = setup({ start: '2026-11-24T18:00:00+01:00' })
    scheduler.start()
    await runUntil('2026-11-24T21:05:00+01:00')
    expect(ids(sent)).toEqual(['exercise-cutoff', 'warm-socks'])

    // The laptop sleeps: the wall clock moves on, no timer runs.
    vi.setSystemTime(Date.now() + 2 * HOUR)
    scheduler.replan('resume')
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toHaveLength(3)
    expect(sent[2]?.notification).toMatchObject({
      title: '3 steps passed while your computer was asleep',
      stepIds: ['warm-bath', 'magnesium', 'pre-bed-walk'],
      actions: false,
    })
    const steps = store.getNight('2026-11-24').steps
    expect(Object.values(steps).map((s) => s.status)).toEqual(['missed', 'missed', 'missed'])

    await vi.advanceTimersByTimeAsync(2 * HOUR)
    expect(sent).toHaveLength(3)
  })

  it('notices a sleep on its own bounded re-check and sends the late step with the missed ones', async () => {
    // A one-minute bound, so the minute after the sleep holds a wake-up.
    const { sent, scheduler } = setup({ start: '2026-11-24T18:00:00+01:00', maxWaitMs: 60_000 })
    scheduler.start()
    await runUntil('2026-11-24T20:20:00+01:00')
    vi.setSystemTime(Date.now() + 2 * HOUR) // 22:20: the walk is 5 min late, bath and magnesium long gone
    await vi.advanceTimersByTimeAsync(60_000)
    expect(sent).toHaveLength(3)
    const last = sent[2]?.notification
    expect(last?.stepIds).toEqual(['pre-bed-walk'])
    expect(last?.body).toContain('Planned for 22:15.')
    expect(last?.body).toContain(
      'Missed while your computer was asleep: Warm bath or shower and Magnesium glycinate.',
    )
  })

  it('repeats nothing when restarted mid-evening on the same store', async () => {
    const first = setup({ start: '2026-11-24T18:00:00+01:00' })
    first.scheduler.start()
    await runUntil('2026-11-24T21:40:00+01:00')
    first.scheduler.stop()
    expect(ids(first.sent)).toEqual(['exercise-cutoff', 'warm-socks', 'warm-bath'])

    const second = setup({ store: first.store })
    second.scheduler.start()
    await runUntil('2026-11-25T01:00:00+01:00')
    expect(ids(second.sent)).toEqual(['magnesium', 'pre-bed-walk'])
  })

  it('re-plans when tonight’s bedtime changes while running', async () => {
    const { sent, store, scheduler } = setup({ start: '2026-11-24T12:00:00+01:00' })
    scheduler.start()
    await runUntil('2026-11-24T19:30:00+01:00')
    store.setNight('2026-11-24', { ...store.getNight('2026-11-24'), bedtimeOverride: '23:30' })
    scheduler.replan('bedtime')
    await runUntil('2026-11-25T02:00:00+01:00')
    expect(sent.map((s) => [s.at, s.notification.stepIds[0]])).toEqual([
      ['2026-11-24T18:30:00+01:00', 'exercise-cutoff'],
      ['2026-11-24T19:00:00+01:00', 'warm-socks'],
      ['2026-11-24T22:30:00+01:00', 'warm-bath'],
      ['2026-11-24T22:50:00+01:00', 'magnesium'],
      ['2026-11-24T23:15:00+01:00', 'pre-bed-walk'],
    ])
  })
})

describe('scheduler on DST nights (Europe/Berlin, bedtime 02:30)', () => {
  const settings = { ...defaultSettings(), bedtime: '02:30' }

  it.each([
    // Fall back: 02:30 happens twice; the earlier one (summer time) is bedtime.
    {
      night: '2026-10-24',
      start: '2026-10-24T12:00:00+02:00',
      end: '2026-10-25T12:00:00+01:00',
      bedtime: '2026-10-25T02:30:00+02:00',
    },
    // Spring forward: 02:30 does not exist and moves forward to 03:30 summer time.
    {
      night: '2026-03-28',
      start: '2026-03-28T12:00:00+01:00',
      end: '2026-03-29T12:00:00+02:00',
      bedtime: '2026-03-29T03:30:00+02:00',
    },
  ])('fires each step once on the night of $night', async ({ night, start, end, bedtime }) => {
    const plan = planNight(settings, night, TZ)
    expect(plan.bedtime).toBe(bedtime)
    const { sent, scheduler } = setup({ start, settings })
    scheduler.start()
    await runUntil(end)
    const steps = sent.filter((s) => s.notification.stepIds.length > 0)
    expect(steps.map((s) => [s.at, s.notification.stepIds])).toEqual(plan.steps.map((s) => [s.at, [s.id]]))
    expect(ids(sent).sort()).toEqual([...CORE_IDS].sort())
  })
})

describe('scheduler timers', () => {
  it('wakes at most 60 times per idle hour and keeps re-checking', async () => {
    const idle = {
      ...defaultSettings(),
      steps: defaultSettings().steps.map((s) => ({ ...s, enabled: false })),
    }
    const { scheduler } = setup({ start: '2026-11-24T12:00:00+01:00', settings: idle })
    const timeouts = vi.spyOn(globalThis, 'setTimeout')
    scheduler.start()
    for (let hour = 0; hour < 24; hour++) {
      timeouts.mockClear()
      await vi.advanceTimersByTimeAsync(HOUR)
      expect(timeouts.mock.calls.length, `wake-ups in idle hour ${hour}`).toBeLessThanOrEqual(60)
      expect(timeouts.mock.calls.length, `wake-ups in idle hour ${hour}`).toBeGreaterThan(0)
    }
  })

  it('re-checks the clock at its bound (here a minute) even when the next step is hours away', async () => {
    const { scheduler } = setup({ start: '2026-11-24T12:00:00+01:00', maxWaitMs: 60_000 })
    const timeouts = vi.spyOn(globalThis, 'setTimeout')
    scheduler.start()
    await vi.advanceTimersByTimeAsync(HOUR)
    const delays = timeouts.mock.calls.map((call) => Number(call[1]))
    expect(Math.max(...delays)).toBe(60_000)
    expect(delays.length).toBeGreaterThanOrEqual(60)
  })

  it('never hands setTimeout more than 2^31-1 ms, whatever the maximum wait', async () => {
    const idle = { ...defaultSettings(), steps: [], checkInEnabled: false }
    const { scheduler } = setup({ start: '2026-11-24T12:00:00+01:00', settings: idle, maxWaitMs: 2 ** 40 })
    const timeouts = vi.spyOn(globalThis, 'setTimeout')
    scheduler.start()
    const delays = timeouts.mock.calls.map((call) => Number(call[1]))
    expect(delays).toEqual([MAX_TIMER_MS])
  })

  it('rejects a maximum wait that is not a positive number, naming it', () => {
    expect(() => setup({ maxWaitMs: 0 })).toThrow(/maxWaitMs: expected a positive number/)
    expect(() => setup({ maxWaitMs: Number.NaN })).toThrow(/maxWaitMs: expected a positive number/)
    // One millisecond is the shortest wait there is, and allowed.
    expect(() => setup({ maxWaitMs: 1 })).not.toThrow()
  })

  it('leaves no timer behind after stop()', async () => {
    const { sent, scheduler } = setup({ start: '2026-11-24T12:00:00+01:00' })
    scheduler.start()
    await runUntil('2026-11-24T18:31:00+01:00')
    expect(vi.getTimerCount()).toBe(1)
    scheduler.stop()
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(12 * HOUR)
    expect(ids(sent)).toEqual(['exercise-cutoff'])
  })
})

describe('scheduler with a failing notifier', () => {
  it.each([
    { how: 'rejects', notify: () => Promise.reject(new Error('notify-send: no notification daemon')) },
    {
      how: 'throws',
      notify: () => {
        throw new Error('notify-send: no notification daemon')
      },
    },
  ])(
    'logs each failure once, keeps the step in the checklist and keeps running when notify $how',
    async ({ notify }) => {
      const { notifier, logger, store, scheduler } = setup({ start: '2026-11-24T21:00:00+01:00', notify })
      scheduler.start() // sums up the two steps before 21:00, then one notification per step
      await runUntil('2026-11-24T23:00:00+01:00')
      const calls = vi.mocked(notifier.notify).mock.calls.map(([n]) => n.stepIds)
      expect(calls).toEqual([
        ['exercise-cutoff', 'warm-socks'],
        ['warm-bath'],
        ['magnesium'],
        ['pre-bed-walk'],
      ])
      expect(logger.error).toHaveBeenCalledTimes(4)
      expect(String(logger.error.mock.calls[1]?.[0])).toContain('warm-bath')
      expect(logger.error.mock.calls[1]?.[1]).toBeInstanceOf(Error)
      expect(store.getNight('2026-11-24').steps['warm-bath']).toBeUndefined()
      expect(vi.getTimerCount()).toBe(1)
    },
  )
})
