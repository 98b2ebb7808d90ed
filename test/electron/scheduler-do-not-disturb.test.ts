// The scheduler's Do Not Disturb hook with a fake notifier: nothing is sent or recorded while the notifier
// says the desktop is inhibited, and the wake-up after it sends one digest.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Notification, Notifier } from '../../electron/services.ts'
import { createMemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('scheduler during Do Not Disturb', () => {
  it('holds reminders while inhibited and sends one digest when it ends', async () => {
    vi.setSystemTime(Date.parse('2026-11-24T21:20:00+01:00'))
    const store = createMemoryStore({
      nights: {
        '2026-11-24': {
          steps: {
            'exercise-cutoff': { status: 'done', at: '2026-11-24T18:40:00+01:00' },
            'warm-socks': { status: 'done', at: '2026-11-24T19:05:00+01:00' },
          },
          notified: ['exercise-cutoff', 'warm-socks'],
          headsUp: [],
          snoozed: {},
          paused: false,
          summarized: [],
        },
      },
    })
    let inhibited = true
    const sent: Notification[] = []
    const notifier: Notifier = {
      notify: async (n) => {
        sent.push(n)
      },
      onAction: () => () => {},
      inhibited: () => inhibited,
    }
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
    const scheduler = createScheduler({
      store,
      clock: { now: () => Date.now(), timeZone: () => TZ },
      notifier,
      logger,
    })
    scheduler.start()
    await vi.advanceTimersByTimeAsync(40 * 60_000)
    expect(sent).toEqual([])
    expect(store.getNight('2026-11-24').notified).toEqual(['exercise-cutoff', 'warm-socks'])

    inhibited = false
    scheduler.replan('Do Not Disturb ended')
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    scheduler.stop()
    expect(sent.map((n) => n.title)).toEqual(['Magnesium glycinate'])
    expect(sent[0]?.body).toContain('Missed during Do Not Disturb: Warm bath or shower.')
  })

  it('holds a reminder whose timer was armed before Do Not Disturb began', async () => {
    vi.setSystemTime(Date.parse('2026-11-24T21:29:00+01:00'))
    let inhibited = false
    const sent: Notification[] = []
    const notifier: Notifier = {
      notify: async (n) => {
        sent.push(n)
      },
      onAction: () => () => {},
      inhibited: () => inhibited,
    }
    const scheduler = createScheduler({
      store: createMemoryStore(),
      clock: { now: () => Date.now(), timeZone: () => TZ },
      notifier,
      logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    })
    scheduler.start()
    const before = sent.length
    await vi.advanceTimersByTimeAsync(30_000)
    // Do Not Disturb begins between the arming and the bath's time (21:30), with no event to re-plan.
    inhibited = true
    await vi.advanceTimersByTimeAsync(20 * 60_000)
    scheduler.stop()
    expect(sent.slice(before)).toEqual([])
  })
})
