// The scheduler on the edges of its life: a resume event while quitting, listeners leaving or failing,
// the store failing, and the bounded re-check when a wake-up lands between whole minutes.
import { describe, expect, it, vi } from 'vitest'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Notification, Notifier } from '../../electron/services.ts'
import { instantMs } from '../../shared/night.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore, type MemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const track = onFakeTime()

function setup(start: string, store: MemoryStore = createMemoryStore()) {
  vi.setSystemTime(instantMs(start))
  const sent: Notification[] = []
  const notifier: Notifier = {
    notify: vi.fn((n: Notification) => {
      sent.push(n)
      return Promise.resolve()
    }),
    onAction: () => () => {},
  }
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const clock = { now: () => Date.now(), timeZone: () => TZ }
  const scheduler = createScheduler({ store, clock, notifier, logger })
  track(scheduler)
  return { store, sent, logger, scheduler }
}

const runUntil = (iso: string) => vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())

describe('scheduler: stop is final until start', () => {
  it('a replan after stop (a resume event while quitting) neither restarts the timer nor notifies', async () => {
    const { sent, scheduler, logger } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    const before = sent.length
    scheduler.stop()
    scheduler.replan('resume')
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(3 * 3_600_000)
    expect(sent).toHaveLength(before)
    expect(logger.info).not.toHaveBeenCalledWith('scheduler: re-planning (resume)')
  })

  it('a second start while running does not arm a second timer', async () => {
    const { scheduler } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    scheduler.start()
    expect(vi.getTimerCount()).toBe(1)
  })

  it('start after stop picks up again', async () => {
    const { sent, scheduler } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    scheduler.stop()
    scheduler.start()
    await runUntil('2026-11-24T21:31:00+01:00')
    expect(sent.at(-1)?.stepIds).toEqual(['warm-bath'])
  })

  it('a replan while running says why in the log and re-checks at once', async () => {
    const { scheduler, logger, sent } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    const before = sent.length
    vi.setSystemTime(instantMs('2026-11-24T21:30:00+01:00'))
    scheduler.replan('unlock')
    expect(logger.info).toHaveBeenCalledWith('scheduler: re-planning (unlock)')
    expect(sent.slice(before).map((n) => n.stepIds)).toEqual([['warm-bath']])
  })
})

describe('scheduler: listeners', () => {
  it('a listener that left is not called again; one that throws is logged and the others still hear', async () => {
    const { scheduler, logger } = setup('2026-11-24T21:00:00+01:00')
    const gone = vi.fn()
    const stays = vi.fn()
    const off = scheduler.onChange(gone)
    scheduler.onChange(() => {
      throw new Error('window closed')
    })
    scheduler.onChange(stays)
    off()
    scheduler.start()
    await runUntil('2026-11-24T21:31:00+01:00')
    expect(gone).not.toHaveBeenCalled()
    expect(stays).toHaveBeenCalled()
    expect(logger.error).toHaveBeenCalledWith('scheduler: a change listener failed', expect.any(Error))
  })
})

describe('scheduler: the store failing', () => {
  it('logs that it could not check tonight’s steps, keeps its timer and notifies once the store works again', async () => {
    const store = createMemoryStore()
    const { scheduler, logger, sent } = setup('2026-11-24T21:20:00+01:00', store)
    const failing = vi.spyOn(store, 'getSettings').mockImplementation(() => {
      throw new Error('disk gone')
    })
    scheduler.start()
    expect(logger.error).toHaveBeenCalledWith(
      'scheduler: could not check tonight’s steps; trying again at the next wake-up',
      expect.any(Error),
    )
    expect(vi.getTimerCount()).toBe(1)
    failing.mockRestore()
    await runUntil('2026-11-24T21:31:00+01:00')
    expect(sent.map((n) => n.stepIds)).toContainEqual(['warm-bath'])
  })

  it('a failing check-in lookup is logged and does not stop the evening’s reminders', async () => {
    const store = createMemoryStore()
    // A check-in time in the evening, so the lookup happens on the same wake-ups as the steps.
    store.setSettings({ ...store.getSettings(), checkInTime: '21:00' })
    const { scheduler, logger, sent } = setup('2026-11-24T21:20:00+01:00', store)
    vi.spyOn(store, 'recentJournal').mockImplementation(() => {
      throw new Error('journal unreadable')
    })
    scheduler.start()
    await runUntil('2026-11-24T21:31:00+01:00')
    expect(logger.error).toHaveBeenCalledWith(
      'scheduler: could not check the morning check-in; trying again at the next wake-up',
      expect.any(Error),
    )
    expect(sent.map((n) => n.stepIds)).toContainEqual(['warm-bath'])
  })
})

describe('scheduler: wake-ups between whole minutes', () => {
  it('started at 21:29:30, it still notifies the bath at 21:30:00 exactly, not at the next minute re-check', async () => {
    const { scheduler, sent } = setup('2026-11-24T21:29:30+01:00')
    const at: number[] = []
    scheduler.onChange(() => at.push(Date.now()))
    scheduler.start()
    const before = sent.length
    await runUntil('2026-11-24T21:30:00+01:00')
    expect(sent.slice(before).map((n) => n.stepIds)).toEqual([['warm-bath']])
    expect(at.at(-1)).toBe(instantMs('2026-11-24T21:30:00+01:00'))
  })
})
