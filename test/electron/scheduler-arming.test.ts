// Timer arming on fake time: a wake-up's own work never makes the next reminder late, and an idle
// evening wakes at most four times an hour.
import { describe, expect, it, vi } from 'vitest'
import { createScheduler, DEFAULT_MAX_WAIT_MS, type Scheduler } from '../../electron/scheduler.ts'
import type { EventideStore, Notification } from '../../electron/services.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const HOUR = 3_600_000
const track = onFakeTime()

/** A store whose every read takes `costMs` of wall-clock time, as ten years on disk do. */
function slowStore(store: EventideStore, costMs: number): EventideStore {
  const slow =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      vi.setSystemTime(Date.now() + costMs)
      return fn(...args)
    }
  return {
    ...store,
    getSettings: slow(() => store.getSettings()),
    getNight: slow((night: string) => store.getNight(night)),
    getJournal: slow(() => store.getJournal()),
    setNight: slow((night, record) => store.setNight(night, record)),
  }
}

function setup(start: string, store: EventideStore) {
  vi.setSystemTime(instantMs(start))
  const sent: { at: string; notification: Notification }[] = []
  const scheduler = createScheduler({
    store,
    clock: { now: () => Date.now(), timeZone: () => TZ },
    notifier: {
      notify: async (notification) => {
        sent.push({ at: formatMs(Date.now(), TZ), notification })
      },
      onAction: () => () => {},
    },
    logger: { info() {}, warn() {}, error: vi.fn() },
  })
  track(scheduler)
  return { sent, scheduler }
}

describe('scheduler timer arming', () => {
  it('sends each reminder at its planned instant even when every wake-up spends time reading the store', async () => {
    // A second per store read (exaggerated so it shows at the second resolution of the times below):
    // a timer armed from a reading taken before the reads, or a send that waits for them, lands late.
    const { sent, scheduler } = setup('2026-11-24T12:00:00+01:00', slowStore(createMemoryStore(), 1000))
    scheduler.start()
    await vi.advanceTimersByTimeAsync(instantMs('2026-11-24T23:00:00+01:00') - Date.now())
    expect(sent.map((s) => [s.at, s.notification.stepIds])).toEqual([
      ['2026-11-24T18:30:00+01:00', ['exercise-cutoff']],
      ['2026-11-24T19:00:00+01:00', ['warm-socks']],
      ['2026-11-24T21:30:00+01:00', ['warm-bath']],
      ['2026-11-24T21:50:00+01:00', ['magnesium']],
      ['2026-11-24T22:15:00+01:00', ['pre-bed-walk']],
    ])
  })

  it('wakes at most four times in an idle hour with the default routine on, and sleeps up to 15 minutes', async () => {
    const { scheduler } = setup(
      '2026-11-24T12:00:00+01:00',
      createMemoryStore({ settings: defaultSettings() }),
    )
    const timeouts = vi.spyOn(globalThis, 'setTimeout')
    scheduler.start()
    // The afternoon before the first step (18:30) and the night after the check-in window: nothing is due.
    for (let hour = 12; hour < 18; hour++) {
      timeouts.mockClear()
      await vi.advanceTimersByTimeAsync(HOUR)
      expect(timeouts.mock.calls.length, `wake-ups from ${hour}:00`).toBeLessThanOrEqual(4)
      expect(timeouts.mock.calls.length, `wake-ups from ${hour}:00`).toBeGreaterThan(0)
      const delays = timeouts.mock.calls.map((call) => Number(call[1]))
      expect(Math.max(...delays)).toBeLessThanOrEqual(DEFAULT_MAX_WAIT_MS)
    }
    expect(DEFAULT_MAX_WAIT_MS).toBe(15 * 60_000)
  })

  it('still re-plans at once on resume while it sleeps toward a step 15 minutes away', async () => {
    const { sent, scheduler } = setup('2026-11-24T21:00:00+01:00', createMemoryStore())
    scheduler.start()
    // The machine sleeps past the bath (21:30) and is told it resumed at 21:35.
    vi.setSystemTime(instantMs('2026-11-24T21:35:00+01:00'))
    scheduler.replan('resume')
    expect(sent.at(-1)?.notification.stepIds).toEqual(['warm-bath'])
    expect(sent.at(-1)?.at).toBe('2026-11-24T21:35:00+01:00')
  })

  it('arms nothing more when the notifier stops it during the wake-up that sends', async () => {
    vi.setSystemTime(instantMs('2026-11-24T21:29:00+01:00'))
    const store = createMemoryStore({
      nights: { '2026-11-24': { ...emptyNightRecord(), notified: ['exercise-cutoff', 'warm-socks'] } },
    })
    const scheduler: Scheduler = createScheduler({
      store,
      clock: { now: () => Date.now(), timeZone: () => TZ },
      notifier: {
        notify: async () => scheduler.stop(),
        onAction: () => () => {},
      },
      logger: { info() {}, warn() {}, error: vi.fn() },
    })
    track(scheduler)
    scheduler.start()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(store.getNight('2026-11-24').notified).toContain('warm-bath')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('tells the app after a sleep it notices on its own, so the tray refresh catches up', async () => {
    const { scheduler } = setup('2026-11-24T13:00:00+01:00', createMemoryStore())
    const changed = vi.fn()
    scheduler.onChange(changed)
    scheduler.start()
    changed.mockClear()
    await vi.advanceTimersByTimeAsync(HOUR)
    expect(changed, 'idle wake-ups').not.toHaveBeenCalled()
    // Asleep for two hours with no resume event: the next wake-up is far later than it asked for.
    vi.setSystemTime(Date.now() + 2 * HOUR)
    await vi.advanceTimersByTimeAsync(DEFAULT_MAX_WAIT_MS)
    expect(changed).toHaveBeenCalledTimes(1)
  })
})
