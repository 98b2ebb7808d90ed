// The morning check-in notification on the scheduler's one timer (fake timers): once at 08:00, or at the
// first resume after it, never twice, not after noon, and a click opens the check-in window.
import { describe, expect, it, vi } from 'vitest'
import { checkInTitle } from '../../electron/check-in-reminder.ts'
import { createMemoryNotifiedLog } from '../../electron/notified-log.ts'
import { createNotifier } from '../../electron/notifier.ts'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Notification, NotificationAction, Notifier } from '../../electron/services.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { checkIn } from '../shared/fixtures/journal.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore, type MemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const HOUR = 3_600_000
/** No evening steps, so only the check-in can notify. */
const quietEvening: Settings = {
  ...defaultSettings(),
  steps: defaultSettings().steps.map((s) => ({ ...s, enabled: false })),
}

const track = onFakeTime()
function setup(start: string, options: { settings?: Settings; journal?: Journal; store?: MemoryStore } = {}) {
  vi.setSystemTime(instantMs(start))
  const store =
    options.store ??
    createMemoryStore({ settings: options.settings ?? quietEvening, journal: options.journal })
  const sent: { at: string; notification: Notification; logged: string }[] = []
  // Sent first, stored after: what guards a crash in between is the notified log's line.
  const notifiedLog = createMemoryNotifiedLog()
  const notifier: Notifier = {
    notify: async (notification) => {
      sent.push({ at: formatMs(Date.now(), TZ), notification, logged: notifiedLog.lines.join('\n') })
    },
    onAction: () => () => {},
  }
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const scheduler = createScheduler({
    store,
    clock: { now: () => Date.now(), timeZone: () => TZ },
    notifier,
    logger,
    notifiedLog,
  })
  const changes = vi.fn()
  scheduler.onChange(changes)
  track(scheduler)
  return { store, sent, scheduler, changes, logger }
}

const runUntil = (iso: string) => vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())
const checkIns = (sent: { notification: Notification }[]) =>
  sent.filter((s) => s.notification.title === checkInTitle())

describe('morning check-in notification', () => {
  it('fires once at 08:00 on the morning after, logged before it is shown, and again the next morning', async () => {
    const { sent, scheduler, changes, store } = setup('2026-11-24T23:00:00+01:00')
    scheduler.start()
    await runUntil('2026-11-25T07:59:59+01:00')
    expect(sent).toEqual([])
    changes.mockClear()
    await runUntil('2026-11-25T11:59:00+01:00')
    expect(sent.map((s) => s.at)).toEqual(['2026-11-25T08:00:00+01:00'])
    expect(sent[0]?.notification).toEqual({
      title: 'How was last night?',
      body: expect.stringMatching(/symptoms/),
      stepIds: [],
      actions: false,
      sound: true,
      view: 'check-in',
    })
    expect(sent[0]?.logged).toBe('{"checkIn":"2026-11-24"}')
    expect(store.getJournal().checkInAsked).toEqual(['2026-11-24'])
    // The checklist learns that the check-in is waiting.
    expect(changes).toHaveBeenCalled()
    await runUntil('2026-11-26T08:00:00+01:00')
    expect(sent.map((s) => s.at)).toEqual(['2026-11-25T08:00:00+01:00', '2026-11-26T08:00:00+01:00'])
  })

  it('fires at the first resume after 08:00 when the laptop slept through it', async () => {
    const { sent, scheduler } = setup('2026-11-24T23:00:00+01:00')
    scheduler.start()
    await runUntil('2026-11-25T01:00:00+01:00')
    // Asleep from 01:00 to 09:40: the wall clock moves on, no timer runs.
    vi.setSystemTime(instantMs('2026-11-25T09:40:00+01:00'))
    scheduler.replan('resume')
    await vi.advanceTimersByTimeAsync(0)
    expect(sent.map((s) => s.at)).toEqual(['2026-11-25T09:40:00+01:00'])
    await vi.advanceTimersByTimeAsync(2 * HOUR)
    expect(sent).toHaveLength(1)
  })

  it('stays quiet when the machine wakes only after noon', async () => {
    const { sent, scheduler } = setup('2026-11-24T23:00:00+01:00')
    scheduler.start()
    vi.setSystemTime(instantMs('2026-11-25T13:05:00+01:00'))
    scheduler.replan('unlock-screen')
    await vi.advanceTimersByTimeAsync(HOUR)
    expect(sent).toEqual([])
  })

  it('is never sent twice, also across a restart on the same store', async () => {
    const first = setup('2026-11-25T07:00:00+01:00')
    first.scheduler.start()
    await runUntil('2026-11-25T08:30:00+01:00')
    expect(first.sent).toHaveLength(1)
    first.scheduler.stop()
    const second = setup('2026-11-25T08:31:00+01:00', { store: first.store })
    second.scheduler.start()
    second.scheduler.replan('resume')
    await runUntil('2026-11-25T11:00:00+01:00')
    expect(second.sent).toEqual([])
  })

  it('is not sent when last night already has a check-in, or when check-ins or notifications are off', async () => {
    const answered = setup('2026-11-25T07:00:00+01:00', {
      journal: { ...emptyJournal(), checkIns: { '2026-11-24': checkIn(3) } },
    })
    answered.scheduler.start()
    const off = setup('2026-11-25T07:00:00+01:00', { settings: { ...quietEvening, checkInEnabled: false } })
    off.scheduler.start()
    const muted = setup('2026-11-25T07:00:00+01:00', {
      settings: { ...quietEvening, notifications: { ...quietEvening.notifications, enabled: false } },
    })
    muted.scheduler.start()
    await runUntil('2026-11-25T11:00:00+01:00')
    expect([answered.sent, off.sent, muted.sent]).toEqual([[], [], []])
  })

  it('follows the check-in time from settings', async () => {
    const { sent, scheduler } = setup('2026-11-25T06:00:00+01:00', {
      settings: { ...quietEvening, checkInTime: '06:45' },
    })
    scheduler.start()
    await runUntil('2026-11-25T11:00:00+01:00')
    expect(sent.map((s) => s.at)).toEqual(['2026-11-25T06:45:00+01:00'])
  })

  it('never lands on top of a step alert: it follows a few seconds later', async () => {
    const settings: Settings = {
      ...quietEvening,
      steps: [
        ...quietEvening.steps,
        { id: 'custom-1', enabled: true, anchor: 'clock', time: '08:00', title: 'Morning stretch' },
      ],
    }
    const { sent, scheduler } = setup('2026-11-25T07:00:00+01:00', { settings })
    scheduler.start()
    await runUntil('2026-11-25T09:00:00+01:00')
    expect(sent.map((s) => [s.at, s.notification.title])).toEqual([
      ['2026-11-25T08:00:00+01:00', 'Morning stretch'],
      ['2026-11-25T08:00:05+01:00', checkInTitle()],
    ])
    expect(checkIns(sent)).toHaveLength(1)
  })
})

describe('clicking the check-in notification', () => {
  it('reports an "open" action for the check-in view where the platform reports clicks', async () => {
    const notifier = createNotifier({
      notifier: { notify: (_options, callback) => callback(null, 'activate', {}) },
      platform: 'darwin',
      iconPath: '/icon.png',
      appId: 'org.eventide.app',
      logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
      // node-notifier's path: Electron's Notification is the default on macOS (test/electron/notifier-electron).
      electronNotification: null,
    })
    const actions: NotificationAction[] = []
    notifier.onAction((a) => actions.push(a))
    await notifier.notify({
      title: checkInTitle(),
      body: '',
      stepIds: [],
      actions: false,
      sound: false,
      view: 'check-in',
    })
    expect(actions).toEqual([{ kind: 'open', view: 'check-in' }])
  })
})
