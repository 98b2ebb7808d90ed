// The real delivery on Linux: the notifier talks to dunst over a private D-Bus session (Xvfb, dbus-run-session),
// a person's choice in dunst's own menu comes back as ActionInvoked, and the night on disk and the checklist in
// Chromium follow. Do Not Disturb is dunst's pause; the fallback is notify-send when our client has no bus.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { wireNotifications } from '../../electron/notification-wiring.ts'
import { createNotifier } from '../../electron/notifier.ts'
import { createScheduler } from '../../electron/scheduler.ts'
import type { Notification, Notifier } from '../../electron/services.ts'
import { strings } from '../../renderer/strings.ts'
import { notificationText } from '../../shared/notification-text.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'
import { browserTierSkip, isCI } from './harness/browser.ts'
import { type DunstSession, missingDunstTools, startDunstSession } from './harness/dunst-session.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { stepState, whenReady } from './harness/views.ts'

const NIGHT = '2026-11-24'
const AT_2130 = Date.parse('2026-11-24T21:30:00+01:00')
const POLL = { timeout: 10_000, interval: 50 }
const ICON = resolve(import.meta.dirname, '../../build/icon.png')

const missing = missingDunstTools()
const chromium = browserTierSkip('test/e2e/notification-actions.test.ts (notification buttons)')
const skip = !isCI && (missing.length > 0 || chromium !== null)
if (!isCI && missing.length > 0) {
  console.warn(
    `\n*** e2e notification buttons SKIPPED: missing ${missing.join(', ')}. ` +
      'Install xvfb, dbus, dunst and libnotify-bin to run them (under CI=true they fail instead). ***\n',
  )
}

const settings = { ...defaultSettings(), firstRunDone: true }
const plan = planNight(settings, NIGHT, 'Europe/Berlin')
const bathDue = notificationText(
  { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
  plan,
  settings.steps,
)
const bath: Notification = { ...bathDue, sound: true }

describe.skipIf(skip)(`notification buttons through D-Bus and dunst${skip ? ' (SKIPPED)' : ''}`, () => {
  const tier = useBrowserTier()
  let session: DunstSession | undefined
  // The scheduler a journey runs, if any: the wiring's re-plan at the end of Do Not Disturb goes to it.
  let replanTarget: ((reason: string) => void) | undefined
  const cleanups: (() => void | Promise<void>)[] = []

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
    await session?.close()
    session = undefined
    replanTarget = undefined
  })

  async function setUp(startMs = AT_2130) {
    if (isCI) expect(missing, 'notification tools required under CI=true').toEqual([])
    session = await startDunstSession()
    const backend = await tier.backend({ startMs })
    backend.seedSettings()
    const notifier = createNotifier({
      platform: 'linux',
      iconPath: ICON,
      appId: 'app.eventide.Eventide',
      logger: backend.logger,
      env: { DBUS_SESSION_BUS_ADDRESS: session.address },
      snoozeMinutes: () => backend.store.getSettings().notifications.snoozeMinutes,
    })
    const replans: string[] = []
    const off = wireNotifications({
      notifier,
      evening: backend.evening,
      replan: (reason) => {
        replans.push(reason)
        replanTarget?.(reason)
      },
      openWindow: (view) => backend.showView(view),
      logger: backend.logger,
    })
    cleanups.push(() => notifier.dispose?.(), off)
    return { session, backend, notifier, replans }
  }

  it('Done chosen on the notification ticks the step on disk and in the checklist, and closes it', async () => {
    const { session, backend, notifier } = await setUp()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    expect(await stepState(w.page, 'Warm bath or shower')).toBe(strings.step.states.due)

    // A heads-up first, then the reminder itself: the second replaces the first instead of stacking.
    await notifier.notify({ ...bath, title: 'In 5 min: Warm bath or shower', actions: false })
    await notifier.notify(bath)
    await expect.poll(() => session.displayed(), POLL).toBe(1)

    await session.chooseAction('done')
    await expect
      .poll(() => backend.reopenStore().getNight(NIGHT).steps['warm-bath'], POLL)
      .toEqual({ status: 'done', at: '2026-11-24T21:30:00+01:00' })
    await expect.poll(() => stepState(w.page, 'Warm bath or shower'), POLL).toBe('Done at 21:30')
    // Ticked, so its reminder leaves the screen.
    await expect.poll(() => session.displayed(), POLL).toBe(0)
    await expectNoProblems(w)
  })

  it('Snooze chosen on the notification snoozes the step for the set minutes', async () => {
    const { session, backend, notifier } = await setUp()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')

    await notifier.notify(bath)
    await expect.poll(() => session.displayed(), POLL).toBe(1)
    await session.chooseAction('snooze')
    await expect
      .poll(() => backend.reopenStore().getNight(NIGHT).snoozed['warm-bath'], POLL)
      .toBe('2026-11-24T21:40:00+01:00')
    expect(backend.reopenStore().getNight(NIGHT).steps['warm-bath']).toBeUndefined()
    await expect
      .poll(() => stepState(w.page, 'Warm bath or shower'), POLL)
      .toBe(strings.step.snoozedUntil('21:40'))
    await expect.poll(() => session.displayed(), POLL).toBe(0)
    await expectNoProblems(w)
  })

  it('a step ticked in the checklist closes its notification', async () => {
    const { session, backend, notifier } = await setUp()
    await notifier.notify(bath)
    await expect.poll(() => session.displayed(), POLL).toBe(1)
    backend.evening.setStepStatus('warm-bath', 'done')
    await expect.poll(() => session.displayed(), POLL).toBe(0)
  })

  it('holds reminders while dunst is paused and sends exactly one digest when it resumes', async () => {
    // 21:29: the bath (21:30) and magnesium (21:50) are ahead; earlier steps were settled before.
    const { session, backend, notifier, replans } = await setUp(AT_2130 - 60_000)
    backend.store.setNight(NIGHT, {
      steps: {
        'exercise-cutoff': { status: 'done', at: '2026-11-24T18:40:00+01:00' },
        'warm-socks': { status: 'done', at: '2026-11-24T19:05:00+01:00' },
      },
      notified: ['exercise-cutoff', 'warm-socks'],
      headsUp: [],
      snoozed: {},
      paused: false,
      summarized: [],
    })
    const scheduler = createScheduler({
      store: backend.store,
      clock: backend.clock,
      notifier,
      logger: backend.logger,
    })
    cleanups.push(() => scheduler.stop())
    replanTarget = (reason) => scheduler.replan(reason)

    await session.dunstctl('set-paused', 'true')
    await expect.poll(() => notifier.inhibited?.(), POLL).toBe(true)
    scheduler.start()
    // 22:00: the bath is 30 min overdue (past the 15 min grace), magnesium 10 min (within it).
    backend.clock.set(Date.parse('2026-11-24T22:00:00+01:00'))
    scheduler.replan('clock moved')
    const held = backend.reopenStore().getNight(NIGHT)
    expect(held.notified).toEqual(['exercise-cutoff', 'warm-socks'])
    expect(await session.dunstctl('count', 'waiting')).toBe('0\n')

    await session.dunstctl('set-paused', 'false')
    await expect.poll(() => session.displayed(), POLL).toBe(1)
    expect(replans).toEqual(['Do Not Disturb ended'])
    scheduler.replan('another wake-up')
    const shown = await session.closeAllAndRead()
    expect(shown.map((e) => ({ summary: e.summary.data, body: e.body.data, app: e.appname.data }))).toEqual([
      {
        summary: 'Magnesium glycinate',
        body: expect.stringContaining('Missed during Do Not Disturb: Warm bath or shower.'),
        app: 'Eventide',
      },
    ])
    const after = backend.reopenStore().getNight(NIGHT)
    expect(after.steps['warm-bath']?.status).toBe('missed')
    expect(after.notified).toContain('magnesium')
  })

  it('with no session bus for our client, the reminder still goes out through notify-send, literally', async () => {
    const { session, backend } = await setUp()
    const marker = join(session.directory, 'shell-ran')
    const previous = process.env.DBUS_SESSION_BUS_ADDRESS
    // notify-send (a child process) finds the private bus; our own client is given none.
    process.env.DBUS_SESSION_BUS_ADDRESS = session.address
    cleanups.push(() => {
      if (previous === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS
      else process.env.DBUS_SESSION_BUS_ADDRESS = previous
    })
    const warnings: string[] = []
    const notifier: Notifier = createNotifier({
      platform: 'linux',
      iconPath: ICON,
      appId: 'app.eventide.Eventide',
      logger: { ...backend.logger, warn: (...args: unknown[]) => warnings.push(args.map(String).join(' ')) },
      env: {},
    })
    cleanups.push(() => notifier.dispose?.())
    const title = `Warm bath $(touch ${marker}) \`touch ${marker}\``
    await notifier.notify({ ...bath, title, body: '-n "quoted" & <b>not bold</b>' })
    await expect.poll(() => session.displayed(), POLL).toBe(1)
    const [entry] = await session.closeAllAndRead()
    expect(entry?.summary.data).toBe(title)
    expect(entry?.body.data).toBe('-n "quoted" & <b>not bold</b>')
    expect(entry?.appname.data).toBe('Eventide')
    expect(existsSync(marker), 'no shell ran the title').toBe(false)
    expect(warnings.join('\n')).toMatch(/no D-Bus session bus.*notify-send/)
  })
})
