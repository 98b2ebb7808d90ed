// The scheduler when something around it fails or moves: the notified log cannot be written, the store
// cannot take the record, a crash left lines to replay, the clock cannot be read, the time zone changes
// under an armed timer. And the windows are told when the check-in falls due or a new night starts.
import { describe, expect, it, vi } from 'vitest'
import { checkInTitle } from '../../electron/check-in-reminder.ts'
import { createMemoryNotifiedLog, type NotifiedLog } from '../../electron/notified-log.ts'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Clock, EventideStore, Notification, Notifier } from '../../electron/services.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore, type MemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const track = onFakeTime()

interface Sent {
  at: string
  notification: Notification
  /** The night's notified steps in the store at the moment the notification went out. */
  storedNotified: string[]
}

function setup(
  start: string,
  options: {
    store?: EventideStore
    notifiedLog?: NotifiedLog
    clock?: Clock
    settings?: Settings
    maxWaitMs?: number
    notify?: (n: Notification) => Promise<void>
  } = {},
) {
  vi.setSystemTime(instantMs(start))
  const store = options.store ?? createMemoryStore({ settings: options.settings })
  const sent: Sent[] = []
  const notifier: Notifier = {
    notify: async (notification) => {
      sent.push({
        at: formatMs(Date.now(), TZ),
        notification,
        storedNotified: store.getNight('2026-11-24').notified,
      })
      if (options.notify) await options.notify(notification)
    },
    onAction: () => () => {},
  }
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const scheduler = createScheduler({
    store,
    clock: options.clock ?? { now: () => Date.now(), timeZone: () => TZ },
    notifier,
    logger,
    notifiedLog: options.notifiedLog,
    maxWaitMs: options.maxWaitMs,
  })
  const changes = vi.fn()
  scheduler.onChange(changes)
  track(scheduler)
  return { store, sent, logger, scheduler, changes }
}

const runUntil = (iso: string) => vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())
const messages = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.map((c) => String(c[0]))

/** A notified log whose appends fail, as on a full disk. */
function brokenLog(): NotifiedLog & { cleared: number } {
  const log = {
    cleared: 0,
    append() {
      throw new Error('ENOSPC: no space left on device')
    },
    appendLine() {
      throw new Error('ENOSPC: no space left on device')
    },
    pending: () => ({ entries: [], damaged: [] }),
    clear() {
      log.cleared++
    },
    close() {},
  }
  return log
}

/** A store whose night writes fail from `failing()` on. */
function storeFailingWrites(store: MemoryStore, failing: () => boolean): EventideStore {
  return {
    ...store,
    setNight(night, record) {
      if (failing()) throw new Error('EIO: the disk went away')
      store.setNight(night, record)
    },
  }
}

const bathSends = (sent: Sent[]) => sent.filter((s) => s.notification.stepIds.includes('warm-bath'))

describe('scheduler: the notified log cannot be written', () => {
  it('records the step before sending it instead, so a crash can never repeat the reminder', async () => {
    const { sent, logger, scheduler } = setup('2026-11-24T21:29:00+01:00', { notifiedLog: brokenLog() })
    scheduler.start()
    await runUntil('2026-11-24T21:30:01+01:00')
    const [bath] = bathSends(sent)
    expect(bath?.at).toBe('2026-11-24T21:30:00+01:00')
    expect(bath?.storedNotified).toContain('warm-bath')
    expect(messages(logger.error)).toContain(
      'scheduler: could not write the notified log; recording before sending instead',
    )
    expect(logger.warn).not.toHaveBeenCalled()
  })

  it('says a notification went out unrecorded when the store fails too, and still shows it', async () => {
    const store = storeFailingWrites(createMemoryStore(), () => true)
    const { sent, logger, scheduler } = setup('2026-11-24T21:29:00+01:00', {
      store,
      notifiedLog: brokenLog(),
    })
    scheduler.start()
    await runUntil('2026-11-24T21:30:01+01:00')
    expect(bathSends(sent)).toHaveLength(1)
    expect(messages(logger.warn)).toContain('scheduler: a notification went out unrecorded')
    expect(messages(logger.error)).toContain(
      'scheduler: could not record what was notified; the notified log keeps it',
    )
  })

  it('keeps the log line when only the store fails, so the next start records it', async () => {
    const memory = createMemoryStore()
    let failing = false
    const notifiedLog = createMemoryNotifiedLog()
    const store = storeFailingWrites(memory, () => failing)
    const { sent, logger, scheduler } = setup('2026-11-24T21:29:00+01:00', { store, notifiedLog })
    scheduler.start()
    failing = true
    await runUntil('2026-11-24T21:30:01+01:00')
    expect(bathSends(sent)).toHaveLength(1)
    expect(notifiedLog.lines.join('\n')).toContain('"warm-bath"')
    expect(logger.warn).not.toHaveBeenCalled()
    expect(messages(logger.error)).toContain(
      'scheduler: could not record what was notified; the notified log keeps it',
    )
  })
})

describe('scheduler: replaying the notified log at start', () => {
  it('records the steps and the check-in a crash left in the log, skips a torn line, and shows none again', async () => {
    const notifiedLog = createMemoryNotifiedLog()
    const record = { ...emptyNightRecord(), notified: ['exercise-cutoff', 'warm-socks', 'warm-bath'] }
    notifiedLog.append({ night: '2026-11-24', record })
    notifiedLog.append({ checkIn: '2026-11-23' })
    notifiedLog.lines.push('{"night":"2026-11-24","rec')
    const { sent, store, logger, scheduler } = setup('2026-11-24T21:31:00+01:00', { notifiedLog })
    scheduler.start()
    expect(store.getNight('2026-11-24').notified).toEqual(['exercise-cutoff', 'warm-socks', 'warm-bath'])
    expect(store.recentJournal().checkInAsked).toContain('2026-11-23')
    expect(messages(logger.info)).toContain('scheduler: recorded 2 notification(s) from the log')
    expect(messages(logger.warn)).toEqual([
      expect.stringMatching(
        /^scheduler: skipped a torn notified-log line \(never sent\): \{"night":"2026-11-24","rec/,
      ),
    ])
    expect(notifiedLog.lines).toEqual([])
    await runUntil('2026-11-24T21:45:00+01:00')
    expect(sent).toEqual([])
  })

  it('a log holding only a torn line is reported and emptied, with nothing recorded', () => {
    const notifiedLog = createMemoryNotifiedLog()
    notifiedLog.lines.push('{"checkIn":"2026-')
    const { store, logger, scheduler } = setup('2026-11-24T12:00:00+01:00', { notifiedLog })
    scheduler.start()
    expect(messages(logger.warn)).toHaveLength(1)
    expect(notifiedLog.lines).toEqual([])
    expect(messages(logger.info).some((m) => m.includes('from the log'))).toBe(false)
    expect(store.recentJournal().checkInAsked).toEqual([])
  })

  it('an empty log writes nothing at start', () => {
    const memory = createMemoryStore()
    const store = {
      ...memory,
      setNight: vi.fn(memory.setNight),
      setJournalCore: vi.fn(memory.setJournalCore),
    }
    const notifiedLog = { ...createMemoryNotifiedLog(), clear: vi.fn() }
    const { scheduler } = setup('2026-11-24T12:00:00+01:00', { store, notifiedLog })
    scheduler.start()
    expect(notifiedLog.clear).not.toHaveBeenCalled()
    expect(store.setJournalCore).not.toHaveBeenCalled()
    expect(store.setNight).not.toHaveBeenCalled()
  })

  it('a log that cannot be read is logged, and the evening runs on', async () => {
    const notifiedLog: NotifiedLog = {
      append() {},
      appendLine() {},
      pending() {
        throw new Error('EACCES: permission denied')
      },
      clear() {},
      close() {},
    }
    const { sent, logger, scheduler } = setup('2026-11-24T21:29:00+01:00', { notifiedLog })
    scheduler.start()
    expect(messages(logger.error)).toContain(
      'scheduler: could not replay the notified log; a reminder may be shown again',
    )
    await runUntil('2026-11-24T21:30:01+01:00')
    expect(bathSends(sent).map((s) => s.at)).toEqual(['2026-11-24T21:30:00+01:00'])
  })
})

describe('scheduler: the clock', () => {
  it('a time zone that cannot be read is logged and tried again at the next wake-up', async () => {
    let reads = 0
    const clock: Clock = {
      now: () => Date.now(),
      timeZone: () => {
        reads++
        if (reads === 1) throw new RangeError('timeZone: the system reported none')
        return TZ
      },
    }
    // The wake-up after the failure (at most 15 minutes on) plans the bath at its time.
    const { sent, logger, scheduler } = setup('2026-11-24T21:10:00+01:00', { clock })
    scheduler.start()
    expect(messages(logger.error)).toEqual([
      'scheduler: could not read the clock; trying again at the next wake-up',
    ])
    await runUntil('2026-11-24T21:30:01+01:00')
    expect(bathSends(sent).map((s) => s.at)).toEqual(['2026-11-24T21:30:00+01:00'])
  })

  it('a time zone change under an armed timer: the reminder follows the new zone’s clock', async () => {
    let zone = TZ
    const clock: Clock = { now: () => Date.now(), timeZone: () => zone }
    const { sent, scheduler } = setup('2026-11-24T21:29:00+01:00', { clock })
    scheduler.start()
    await runUntil('2026-11-24T21:29:30+01:00')
    // Flown to London (no re-plan event): 21:30 in Berlin is 20:30 there, the bath is an hour away.
    zone = 'Europe/London'
    await runUntil('2026-11-24T21:30:01+01:00')
    expect(bathSends(sent)).toEqual([])
    await runUntil('2026-11-24T22:30:01+01:00')
    expect(bathSends(sent).map((s) => s.at)).toEqual(['2026-11-24T22:30:00+01:00'])
  })
})

describe('scheduler: telling the windows', () => {
  const noNotifications = (): Settings => {
    const s = defaultSettings()
    return { ...s, notifications: { ...s.notifications, enabled: false } }
  }

  it('when the check-in falls due at 08:00 with nothing sent, and when a new night starts at noon', async () => {
    const { changes, sent, scheduler } = setup('2026-11-25T07:00:00+01:00', { settings: noNotifications() })
    scheduler.start()
    changes.mockClear()
    await runUntil('2026-11-25T07:59:59+01:00')
    expect(changes).not.toHaveBeenCalled()
    await runUntil('2026-11-25T08:00:00+01:00')
    expect(changes).toHaveBeenCalledTimes(1)
    await runUntil('2026-11-25T11:59:59+01:00')
    expect(changes).toHaveBeenCalledTimes(1)
    await runUntil('2026-11-25T12:00:00+01:00')
    expect(changes).toHaveBeenCalledTimes(2)
    expect(sent).toEqual([])
  })

  it('a listener that left hears nothing more', async () => {
    const { scheduler } = setup('2026-11-24T21:29:00+01:00')
    const left = vi.fn()
    const leave = scheduler.onChange(left)
    scheduler.start()
    left.mockClear()
    leave()
    await runUntil('2026-11-24T21:30:01+01:00')
    expect(left).not.toHaveBeenCalled()
  })
})

describe('scheduler: the check-in and a step wake-up together', () => {
  it('started at 07:59:30 with a one-minute re-check, the check-in goes out at 08:00:00 exactly', async () => {
    const { sent, scheduler } = setup('2026-11-25T07:59:30+01:00', { maxWaitMs: 60_000 })
    scheduler.start()
    await runUntil('2026-11-25T08:01:00+01:00')
    const checkIn = sent.filter((x) => x.notification.title === checkInTitle())
    expect(checkIn.map((x) => x.at)).toEqual(['2026-11-25T08:00:00+01:00'])
  })
})

describe('scheduler: after a sleep', () => {
  it('tells the windows once when it wakes to send the missed steps', async () => {
    const { changes, sent, scheduler } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    changes.mockClear()
    vi.setSystemTime(instantMs('2026-11-24T22:00:00+01:00'))
    scheduler.replan('resume')
    expect(sent.at(-1)?.notification.stepIds).toEqual(['magnesium'])
    expect(changes).toHaveBeenCalledTimes(1)
  })

  it('tells the windows once when it wakes after 08:00 to ask for the check-in', async () => {
    const settings = defaultSettings()
    const quiet = { ...settings, steps: settings.steps.map((s) => ({ ...s, enabled: false })) }
    const { changes, sent, scheduler } = setup('2026-11-25T07:00:00+01:00', { settings: quiet })
    scheduler.start()
    changes.mockClear()
    vi.setSystemTime(instantMs('2026-11-25T09:00:00+01:00'))
    scheduler.replan('resume')
    expect(sent.map((s) => s.notification.title)).toEqual([checkInTitle()])
    expect(changes).toHaveBeenCalledTimes(1)
  })
})

describe('scheduler: a check-in notification that cannot be shown', () => {
  it('is logged by its title, since it has no step to name', async () => {
    const settings = defaultSettings()
    const quiet = { ...settings, steps: settings.steps.map((s) => ({ ...s, enabled: false })) }
    const notify = () => Promise.reject(new Error('notify-send: no notification daemon'))
    const { logger, scheduler } = setup('2026-11-25T07:59:00+01:00', { settings: quiet, notify })
    scheduler.start()
    await runUntil('2026-11-25T08:00:01+01:00')
    expect(messages(logger.error)).toEqual([
      `scheduler: the notification for ${checkInTitle()} could not be shown; it stays in the checklist and is not retried`,
    ])
  })
})

describe('scheduler: re-plans that are not a resume', () => {
  it('sums up steps the clock moved past as "already passed", not as a sleep', async () => {
    const { sent, scheduler } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    const before = sent.length
    // A time-zone or clock change moves the wall clock on by two hours: no sleep happened.
    vi.setSystemTime(instantMs('2026-11-24T23:00:00+01:00'))
    scheduler.replan('time-zone changed')
    expect(sent.slice(before).map((s) => s.notification.title)).toEqual(['3 steps already passed'])
  })
})

describe('scheduler: a new night with the check-in off', () => {
  it('still tells the windows at noon, when the checklist turns to the new night', async () => {
    const s = defaultSettings()
    const settings = { ...s, checkInEnabled: false, notifications: { ...s.notifications, enabled: false } }
    const { changes, scheduler } = setup('2026-11-25T11:00:00+01:00', { settings })
    scheduler.start()
    changes.mockClear()
    await runUntil('2026-11-25T11:59:59+01:00')
    expect(changes).not.toHaveBeenCalled()
    await runUntil('2026-11-25T12:00:00+01:00')
    expect(changes).toHaveBeenCalledTimes(1)
  })
})

describe('scheduler: starting', () => {
  it('sums up the steps that passed while Eventide was not running', () => {
    const { sent, scheduler } = setup('2026-11-24T21:00:00+01:00')
    scheduler.start()
    expect(sent.map((s) => s.notification.title)).toEqual(['2 steps passed while Eventide was closed'])
  })

  it('a second start while running neither reads the crash log again nor sends anything', () => {
    const notifiedLog = createMemoryNotifiedLog()
    const pending = vi.spyOn(notifiedLog, 'pending')
    const { sent, scheduler } = setup('2026-11-24T21:00:00+01:00', { notifiedLog })
    scheduler.start()
    scheduler.start()
    expect(pending).toHaveBeenCalledTimes(1)
    expect(sent).toHaveLength(1)
  })
})
