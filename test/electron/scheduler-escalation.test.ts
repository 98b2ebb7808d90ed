// The scheduler with escalation chosen: the reminder, then exactly one nudge N minutes later if unanswered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Notification, Notifier } from '../../electron/services.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { createMemoryStore } from '../support/memory-store.ts'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('scheduler escalation', () => {
  it('sends one second nudge for the chosen step when it is still open, then nothing more', async () => {
    vi.setSystemTime(Date.parse('2026-11-24T21:45:00+01:00'))
    const settings = { ...defaultSettings(), escalation: { stepId: 'magnesium', afterMinutes: 15 } }
    const store = createMemoryStore({
      settings,
      nights: {
        '2026-11-24': {
          steps: {
            'exercise-cutoff': { status: 'done', at: '2026-11-24T18:40:00+01:00' },
            'warm-socks': { status: 'done', at: '2026-11-24T19:05:00+01:00' },
            'warm-bath': { status: 'done', at: '2026-11-24T21:35:00+01:00' },
          },
          notified: ['exercise-cutoff', 'warm-socks', 'warm-bath'],
          headsUp: [],
          snoozed: {},
          paused: false,
          summarized: [],
        },
      },
    })
    const sent: { at: string; n: Notification }[] = []
    const notifier: Notifier = {
      notify: async (n) => {
        sent.push({ at: new Date().toISOString(), n })
      },
      onAction: () => () => {},
    }
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
    const scheduler = createScheduler({
      store,
      clock: { now: () => Date.now(), timeZone: () => 'Europe/Berlin' },
      notifier,
      logger,
    })
    scheduler.start()
    await vi.advanceTimersByTimeAsync(23 * 60_000)
    scheduler.stop()
    const magnesium = sent.filter((s) => s.n.stepIds.includes('magnesium'))
    expect(magnesium.map((s) => s.n.title)).toEqual([
      'Magnesium glycinate',
      'Still to do: Magnesium glycinate',
    ])
    // Within the bounded re-check (a minute) of 22:05.
    const nudgedAt = Date.parse(magnesium[1]?.at ?? '')
    expect(nudgedAt).toBeGreaterThanOrEqual(Date.parse('2026-11-24T22:05:00+01:00'))
    expect(nudgedAt).toBeLessThanOrEqual(Date.parse('2026-11-24T22:06:00+01:00'))
    expect(magnesium[1]?.n.actions).toBe(true)
    expect(store.getNight('2026-11-24').nudged).toEqual(['magnesium'])
  })
})
