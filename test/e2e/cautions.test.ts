// Cautions that follow the health notes, end to end: with kidney disease noted, the magnesium step carries its
// caution in the checklist in Chromium, and in the real notification the scheduler sends (node-notifier ->
// notify-send -> dunst on a private Xvfb display and D-Bus session), read back with `dunstctl history`.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { CAUTIONS } from '../../shared/cautions.ts'
import { CATALOGUE } from '../../shared/protocol.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { browserTierSkip } from './harness/browser.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'

const POLL = { timeout: 5_000, interval: 50 }
const KIDNEY = { pregnant: false, kidneyDisease: true }
const skipBrowser = browserTierSkip('test/e2e/cautions.test.ts (cautions in the checklist)')

describe.skipIf(skipBrowser !== null)(
  `cautions in Chromium${skipBrowser ? ` (SKIPPED: ${skipBrowser})` : ''}`,
  () => {
    const tier = useBrowserTier()

    it('with kidney disease noted, the magnesium step shows its caution in the checklist and in settings', async () => {
      const backend = await tier.backend()
      backend.seedSettings({ health: KIDNEY })
      const w = await tier.open({ backend })
      await w.open('checklist')
      await whenReady(w.page, 'checklist')
      const step = (title: string) =>
        w.page.getByRole('listitem').filter({ has: w.page.getByRole('heading', { name: title }) })
      const magnesium = step('Magnesium glycinate')
      await expect
        .poll(() => magnesium.locator('.step-caution').allTextContents(), POLL)
        .toEqual([CAUTIONS.magnesiumKidney])
      expect(await magnesium.locator('.step-caution').isVisible()).toBe(true)
      expect(await step('Warm bath or shower').locator('.step-caution').count()).toBe(0)

      await w.open('settings')
      await whenReady(w.page, 'settings')
      const editor = w.page.getByRole('group', { name: 'Magnesium glycinate' })
      await expect
        .poll(() => editor.locator('.step-caution').allTextContents(), POLL)
        .toEqual([CAUTIONS.magnesiumKidney])
      await expectNoProblems(w)
    })
  },
)

// The notification tier: the same tools as test/e2e/notification.test.ts.
const TOOLS = ['xvfb-run', 'dbus-run-session', 'dunst', 'dunstctl', 'notify-send'].map((name) => ({
  name,
  path: ['/usr/bin', '/usr/local/bin', '/bin'].map((dir) => join(dir, name)).find((p) => existsSync(p)),
}))
const missing = TOOLS.filter((t) => !t.path).map((t) => t.name)
const inCI = process.env.CI === 'true'
const skipDunst = missing.length > 0 && !inCI
if (skipDunst) {
  console.warn(
    `\n*** e2e caution notification SKIPPED: missing ${missing.join(', ')}. ` +
      'Install xvfb, dbus, dunst and libnotify-bin to run it (under CI=true it fails instead). ***\n',
  )
}

const root = resolve(import.meta.dirname, '../..')
const MARK = '---- dunstctl history ----'
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const work = mkdtempSync(join(tmpdir(), 'eventide-cautions-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * Runs the real scheduler at 21:50 on 2026-11-24 (magnesium due; the earlier steps done) with the real
 * notifier. The store is a small in-memory one: electron-store needs Electron, and the scheduler only reads
 * settings, the night and the journal.
 */
function senderScript(iconPath: string): string {
  const url = (path: string) => JSON.stringify(pathToFileURL(join(root, path)).href)
  const settings = { ...defaultSettings(), firstRunDone: true, checkInEnabled: false, health: KIDNEY }
  const at = '2026-11-24T21:40:00+01:00'
  const done = { status: 'done', at }
  const record = {
    steps: { 'exercise-cutoff': done, 'warm-socks': done, 'warm-bath': done },
    notified: ['exercise-cutoff', 'warm-socks', 'warm-bath'],
    headsUp: [],
    snoozed: {},
    paused: false,
    summarized: [],
  }
  return `
import { createNotifier } from ${url('electron/notifier.ts')}
import { createScheduler } from ${url('electron/scheduler.ts')}
import { emptyJournal } from ${url('shared/journal.ts')}
const logger = { info: () => {}, warn: console.warn, error: console.error }
const nights = { '2026-11-24': ${JSON.stringify(record)} }
let journal = emptyJournal()
const store = {
  getSettings: () => structuredClone(${JSON.stringify(settings)}),
  getNight: (night) => structuredClone(nights[night] ?? { steps: {}, notified: [], headsUp: [], snoozed: {}, paused: false, summarized: [] }),
  setNight: (night, value) => { nights[night] = structuredClone(value) },
  getJournal: () => structuredClone(journal),
  setJournal: (value) => { journal = structuredClone(value) },
}
const clock = { now: () => Date.parse('2026-11-24T21:50:00+01:00'), timeZone: () => 'Europe/Berlin' }
const real = createNotifier({ platform: process.platform, iconPath: ${JSON.stringify(iconPath)}, appId: 'org.eventide.app', logger })
const sent = []
const notifier = { ...real, notify: (n) => { const p = real.notify(n); sent.push(p); return p } }
const scheduler = createScheduler({ store, clock, notifier, logger })
scheduler.start()
for (let i = 0; i < 100 && sent.length === 0; i++) await new Promise((r) => setTimeout(r, 20))
await Promise.all(sent)
scheduler.stop()
// The D-Bus connection would keep this process alive; the notification is on screen by now.
real.dispose?.()
console.log('sent ' + sent.length)
`
}

function runInPrivateSession(): Promise<string> {
  const icon = join(work, 'icon.png')
  writeFileSync(icon, Buffer.from(PNG_1PX, 'base64'))
  const script = join(work, 'send.mjs')
  writeFileSync(script, senderScript(icon))
  const shell = [
    'dunst -config /dev/null >/dev/null 2>&1 & DUNST=$!',
    // Ready once dunst owns the name; asking dunstctl earlier would make the bus start a second dunst.
    'for i in $(seq 1 200); do dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus ' +
      'org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true && break; sleep 0.05; done',
    '"$NODE" "$SCRIPT"; RC=$?',
    'dunstctl close-all; sleep 0.3',
    `echo '${MARK}'; dunstctl history`,
    'kill $DUNST; exit $RC',
  ].join('\n')
  return new Promise((done, fail) => {
    execFile(
      'xvfb-run',
      ['-a', 'dbus-run-session', '--', 'bash', '-c', shell],
      { cwd: root, timeout: 45_000, env: { ...process.env, NODE: process.execPath, SCRIPT: script } },
      (err, stdout, stderr) => {
        if (err) fail(new Error(`private notification session failed: ${err.message}\n${stdout}\n${stderr}`))
        else done(stdout)
      },
    )
  })
}

describe('the caution in a real notification (scheduler -> D-Bus -> dunst)', () => {
  if (inCI && missing.length > 0) {
    it('has the notification tools installed (required under CI=true)', () => {
      expect(missing, 'missing binaries for the notification e2e tier').toEqual([])
    })
  }

  const reason = skipDunst ? ` (SKIPPED: ${missing.join(', ')} not installed)` : ''
  it.skipIf(skipDunst)(`the magnesium reminder ends with the kidney caution${reason}`, async () => {
    const stdout = await runInPrivateSession()
    const [before, history] = stdout.split(MARK)
    expect(before, 'the scheduler sent one notification').toContain('sent 1')
    const parsed = JSON.parse(history ?? '') as {
      data: { summary: { data: string }; body: { data: string } }[][]
    }
    const shown = parsed.data.flat().map((e) => ({ summary: e.summary.data, body: e.body.data }))
    expect(shown).toEqual([
      {
        summary: CATALOGUE.magnesium?.title,
        body: `300–400 mg at 21:50, 40 minutes before bed.\n${CAUTIONS.magnesiumKidney}`,
      },
    ])
  })
})
