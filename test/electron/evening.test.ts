// Tonight's intents on an in-memory store with a fixed clock: tick, skip, undo, snooze, bedtime, pause, settings.

import { describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import type { Clock } from '../../electron/services.ts'
import { ValidationError } from '../../shared/errors.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { quiet } from '../support/logger.ts'
import { createMemoryStore } from '../support/memory-store.ts'

const NIGHT = '2026-11-24'
const fixedClock = (iso: string): Clock & { set(iso: string): void } => {
  let ms = instantMs(iso)
  return {
    now: () => ms,
    timeZone: () => 'Europe/Berlin',
    set(next) {
      ms = instantMs(next)
    },
  }
}

function setup(nowIso = '2026-11-24T20:00:00+01:00', notices: string[] = []) {
  const store = createMemoryStore({ notices })
  const clock = fixedClock(nowIso)
  const evening = createEvening({ store, clock, logger: quiet() })
  const changes = vi.fn()
  evening.onChange(changes)
  return { store, clock, evening, changes }
}

const stepOf = (snapshot: { steps: { id: string }[] }, id: string) => {
  const step = snapshot.steps.find((s) => s.id === id)
  if (!step) throw new Error(`no step ${id}`)
  return step as (typeof snapshot.steps)[number] & {
    state: string
    at: string
    snoozedUntil?: string
    canSnooze?: boolean
  }
}

describe('evening: tonight', () => {
  it('plans tonight from the usual bedtime and marks past steps due, later ones upcoming', () => {
    // 19:30: warm socks (19:00–20:00) is due inside its window.
    const { evening } = setup('2026-11-24T19:30:00+01:00')
    const snap = evening.snapshot()
    expect(snap.night).toBe(NIGHT)
    expect(snap.bedtime).toMatchObject({ clock: '22:30', tonightOnly: false })
    expect(stepOf(snap, 'warm-socks').state).toBe('due')
    expect(stepOf(snap, 'magnesium')).toMatchObject({ state: 'upcoming', at: '2026-11-24T21:50:00+01:00' })
    expect(snap.next?.id).toBe('warm-bath')
    expect(snap.progress).toEqual({ done: 0, total: 5 })
  })

  it('before noon, "tonight" is still last night', () => {
    const { evening } = setup('2026-11-25T01:00:00+01:00')
    expect(evening.current().night).toBe(NIGHT)
  })
})

describe('evening: tick, skip and undo', () => {
  it('marks a step done with the time, then undo makes it pending again', () => {
    const { evening, store, changes } = setup('2026-11-24T19:30:00+01:00')
    const done = evening.setStepStatus('warm-socks', 'done')
    expect(stepOf(done, 'warm-socks')).toMatchObject({
      state: 'done',
      settledAt: '2026-11-24T19:30:00+01:00',
    })
    expect(done.progress.done).toBe(1)
    expect(store.getNight(NIGHT).steps['warm-socks']).toEqual({
      status: 'done',
      at: '2026-11-24T19:30:00+01:00',
    })

    const undone = evening.setStepStatus('warm-socks', 'pending')
    expect(stepOf(undone, 'warm-socks').state).toBe('due')
    expect(store.getNight(NIGHT).steps['warm-socks']).toBeUndefined()
    expect(changes).toHaveBeenCalledTimes(2)
  })

  it('skips a snoozed step and clears its snooze', () => {
    const { evening, store } = setup('2026-11-24T19:30:00+01:00')
    expect(stepOf(evening.snooze('warm-socks'), 'warm-socks').state).toBe('snoozed')
    const snap = evening.setStepStatus('warm-socks', 'skipped')
    expect(stepOf(snap, 'warm-socks').state).toBe('skipped')
    expect(store.getNight(NIGHT).snoozed['warm-socks']).toBeUndefined()
    expect(snap.next?.id).toBe('warm-bath')
  })

  it('skips an upcoming step', () => {
    const { evening } = setup()
    expect(stepOf(evening.setStepStatus('magnesium', 'skipped'), 'magnesium').state).toBe('skipped')
  })

  it('rejects a step id that is not part of tonight and saves nothing', () => {
    const { evening, store, changes } = setup()
    expect(() => evening.setStepStatus('iron-dose', 'done')).toThrow(/stepId: "iron-dose"/)
    expect(() => evening.snooze('iron-dose')).toThrow(/iron-dose/)
    expect(store.nightWrites).toEqual([])
    expect(changes).not.toHaveBeenCalled()
  })
})

describe('evening: snooze', () => {
  it('sets the snooze to now plus the snooze length and marks the step notified', () => {
    const { evening, store } = setup('2026-11-24T21:31:00+01:00')
    const snap = evening.snooze('warm-bath')
    const record = store.getNight(NIGHT)
    expect(record.snoozed['warm-bath']).toBe('2026-11-24T21:41:00+01:00')
    expect(record.notified).toContain('warm-bath')
    expect(stepOf(snap, 'warm-bath').snoozedUntil).toBe('2026-11-24T21:41:00+01:00')
  })

  it('follows the snooze length from settings', () => {
    const { evening, store } = setup('2026-11-24T21:51:00+01:00')
    const settings = defaultSettings()
    settings.notifications.snoozeMinutes = 25
    evening.updateSettings(settings)
    evening.snooze('magnesium')
    expect(store.getNight(NIGHT).snoozed.magnesium).toBe('2026-11-24T22:16:00+01:00')
  })

  it('refuses a snooze that would outlive the step, one for a step not due, and one after the close', () => {
    // 21:45: the bath's window ends at 21:50, so a 10-minute snooze would come back after it.
    const { evening, store, clock } = setup('2026-11-24T21:45:00+01:00')
    expect(stepOf(evening.snapshot(), 'warm-bath').canSnooze).toBe(false)
    expect(() => evening.snooze('warm-bath')).toThrow(/stepId: "warm-bath" cannot be snoozed now/)
    expect(() => evening.snooze('pre-bed-walk')).toThrow(/it is upcoming/)
    clock.set('2026-11-24T23:45:00+01:00')
    expect(() => evening.snooze('magnesium')).toThrow(/it is missed/)
    expect(store.nightWrites).toEqual([])
  })
})

describe('evening: after the close', () => {
  it('at 08:30 shows last night as over: nothing due, nothing to snooze, no pause', () => {
    const { evening, store } = setup('2026-11-25T08:30:00+01:00')
    const snap = evening.snapshot()
    expect(snap.night).toBe(NIGHT)
    expect(snap.closed).toBe(true)
    expect(snap.focus).toEqual({ kind: 'closed', done: 0, total: 5 })
    expect(snap.steps.filter((s) => s.state === 'due' || s.canSnooze)).toEqual([])
    expect(() => evening.setPaused(true)).toThrow(/^paused: the evening of 2026-11-24 is already over/)
    expect(store.nightWrites).toEqual([])
  })
})

describe('evening: bedtime tonight', () => {
  it('a later bedtime moves every bedtime step for this night only; null goes back to usual', () => {
    const { evening, store, clock } = setup()
    const later = evening.setTonightBedtime('23:30')
    expect(later.bedtime).toMatchObject({ clock: '23:30', usual: '22:30', tonightOnly: true })
    expect(stepOf(later, 'magnesium').at).toBe('2026-11-24T22:50:00+01:00')
    expect(stepOf(later, 'warm-socks').at).toBe('2026-11-24T19:00:00+01:00')
    expect(store.getNight(NIGHT).bedtimeOverride).toBe('23:30')

    const usual = evening.setTonightBedtime(null)
    expect(usual.bedtime).toMatchObject({ clock: '22:30', tonightOnly: false })
    expect(stepOf(usual, 'magnesium').at).toBe('2026-11-24T21:50:00+01:00')

    evening.setTonightBedtime('23:30')
    clock.set('2026-11-25T14:00:00+01:00')
    expect(evening.snapshot().bedtime).toMatchObject({ clock: '22:30', tonightOnly: false })
  })

  it('a step moved back into the future gets its reminder again', () => {
    const { evening, store } = setup('2026-11-24T21:35:00+01:00')
    store.setNight(NIGHT, { ...store.getNight(NIGHT), notified: ['warm-socks', 'warm-bath'] })
    evening.setTonightBedtime('23:30')
    expect(store.getNight(NIGHT).notified).toEqual(['warm-socks'])
  })

  it('rejects a bedtime that is not HH:MM and saves nothing', () => {
    const { evening, store } = setup()
    expect(() => evening.setTonightBedtime('25:00')).toThrow(/^bedtime: expected HH:MM/)
    expect(store.nightWrites).toEqual([])
  })
})

describe('evening: pause', () => {
  it('pauses and resumes tonight', () => {
    const { evening, store } = setup()
    expect(evening.setPaused(true).paused).toBe(true)
    expect(store.getNight(NIGHT).paused).toBe(true)
    expect(evening.setPaused(false).paused).toBe(false)
  })
})

describe('evening: settings', () => {
  it('saves valid settings and fires onChange', () => {
    const { evening, changes } = setup()
    const settings = { ...defaultSettings(), bedtime: '23:00' }
    expect(evening.updateSettings(settings).bedtime).toBe('23:00')
    expect(evening.getSettings().bedtime).toBe('23:00')
    expect(evening.snapshot().bedtime.clock).toBe('23:00')
    expect(changes).toHaveBeenCalledTimes(1)
  })

  it('rejects invalid settings naming each field, and saves nothing', () => {
    const { evening, changes } = setup()
    const bad = {
      ...defaultSettings(),
      bedtime: '7pm',
      notifications: { ...defaultSettings().notifications, snoozeMinutes: 0 },
    }
    let error: unknown
    try {
      evening.updateSettings(bad)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ValidationError)
    const problems = (error as ValidationError).problems
    expect(problems.some((p) => p.path === 'bedtime')).toBe(true)
    expect(problems.some((p) => p.path === 'notifications.snoozeMinutes')).toBe(true)
    expect(evening.getSettings()).toEqual(defaultSettings())
    expect(changes).not.toHaveBeenCalled()
  })
})

describe('evening: notices and listeners', () => {
  it('keeps store notices on every snapshot until dismissed', () => {
    const { evening } = setup(undefined, ['Your settings file was damaged; a copy is at /x.json'])
    expect(evening.snapshot().notices).toEqual(['Your settings file was damaged; a copy is at /x.json'])
    expect(evening.snapshot().notices).toHaveLength(1)
    expect(evening.dismissNotices().notices).toEqual([])
  })

  it('stops calling a listener after unsubscribe, and a throwing listener does not undo the change', () => {
    const store = createMemoryStore()
    const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
    const evening = createEvening({ store, clock: fixedClock('2026-11-24T20:00:00+01:00'), logger })
    const off = evening.onChange(() => {
      throw new Error('window gone')
    })
    expect(evening.setPaused(true).paused).toBe(true)
    expect(logger.error).toHaveBeenCalledTimes(1)
    expect(logger.error).toHaveBeenCalledWith('evening: change listener failed', new Error('window gone'))
    off()
    evening.setPaused(false)
    expect(logger.error).toHaveBeenCalledTimes(1)
  })
})
