// A real notification: createNotifier -> the freedesktop D-Bus interface -> dunst, read back with
// `dunstctl history`. Always on its own Xvfb display and D-Bus session, even when a desktop session exists:
// test notifications must never pop up on (or `close-all` clear) a developer's real desktop.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { notificationText } from '../../shared/notification-text.ts'
import { CATALOGUE } from '../../shared/protocol.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const root = resolve(import.meta.dirname, '../..')
const TOOLS = ['xvfb-run', 'dbus-run-session', 'dunst', 'dunstctl', 'notify-send'].map((name) => ({
  name,
  path: ['/usr/bin', '/usr/local/bin', '/bin'].map((dir) => join(dir, name)).find((p) => existsSync(p)),
}))
const missing = TOOLS.filter((t) => !t.path).map((t) => t.name)
const inCI = process.env.CI === 'true'
const skip = missing.length > 0 && !inCI
if (skip) {
  console.warn(
    `\n*** e2e notifications SKIPPED: missing ${missing.join(', ')}. ` +
      'Install xvfb, dbus, dunst and libnotify-bin to run this tier (under CI=true it fails instead). ***\n',
  )
}

// What the app would send: a step that is due and the summary after a sleep, worded from the catalogue.
const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
const step = notificationText(
  { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
  plan,
  settings.steps,
)
const summary = notificationText(
  { kind: 'summary', missedIds: ['warm-bath', 'magnesium'] },
  plan,
  settings.steps,
)
// Two lines: the late step and what was missed, to check line breaks survive the trip.
const late = notificationText(
  { kind: 'due', stepIds: ['pre-bed-walk'], late: true, missedIds: ['magnesium'] },
  plan,
  settings.steps,
)

// A 1x1 PNG: the icon must be a real file, as the packaged app's is (outside the asar).
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='
const MARK = '---- dunstctl history ----'

const work = mkdtempSync(join(tmpdir(), 'eventide-notify-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function senderScript(iconPath: string): string {
  const notifierUrl = pathToFileURL(join(root, 'electron/notifier.ts')).href
  return `
import { createNotifier } from ${JSON.stringify(notifierUrl)}
const logger = { info: console.log, warn: console.warn, error: console.error }
const notifier = createNotifier({ platform: process.platform, iconPath: ${JSON.stringify(iconPath)},
  appId: 'org.eventide.app', logger })
for (const n of ${JSON.stringify([step, summary, late])}) await notifier.notify({ ...n, sound: true })
console.log('sent')
notifier.dispose()
`
}

interface DunstEntry {
  summary: { data: string }
  body: { data: string }
  appname: { data: string }
  icon_path: { data: string }
}

function runInPrivateSession(): Promise<{ stdout: string; stderr: string }> {
  const icon = join(work, 'icon.png')
  writeFileSync(icon, Buffer.from(PNG_1PX, 'base64'))
  const script = join(work, 'send.mjs')
  writeFileSync(script, senderScript(icon))
  // dunst is ready once it answers on the bus; a fixed sleep would be flaky on a busy machine.
  const shell = [
    'dunst -config /dev/null >/dev/null 2>&1 & DUNST=$!',
    'for i in $(seq 1 100); do dunstctl is-paused >/dev/null 2>&1 && break; sleep 0.1; done',
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
        else done({ stdout, stderr })
      },
    )
  })
}

describe('real desktop notifications (D-Bus -> dunst)', () => {
  if (inCI && missing.length > 0) {
    it('has the notification tools installed (required under CI=true)', () => {
      expect(missing, 'missing binaries for the notification e2e tier').toEqual([])
    })
  }

  const reason = skip ? ` (SKIPPED: ${missing.join(', ')} not installed)` : ''
  it.skipIf(skip)(
    `shows a step, a summary and a two-line notification with the catalogue wording, app name and icon${reason}`,
    async () => {
      const { stdout } = await runInPrivateSession()
      const [before, history] = stdout.split(MARK)
      expect(before, 'the sender script finished').toContain('sent')
      const parsed = JSON.parse(history ?? '') as { data: DunstEntry[][] }
      const entries = parsed.data.flat()
      const shown = entries.map((e) => ({ summary: e.summary.data, body: e.body.data, app: e.appname.data }))
      expect(shown).toEqual(
        expect.arrayContaining([
          {
            summary: CATALOGUE['warm-bath']?.title,
            // The catalogue's wording with the step's own planned time.
            body: '15–20 minutes at 40–42 °C (104–108 °F), from 21:30. You can finish with cool water on your legs.',
            app: 'Eventide',
          },
          { summary: summary.title, body: summary.body, app: 'Eventide' },
          { summary: late.title, body: late.body, app: 'Eventide' },
        ]),
      )
      expect(step.body).toBe(
        '15–20 minutes at 40–42 °C (104–108 °F), from 21:30. You can finish with cool water on your legs.',
      )
      expect(late.body).toContain('\n')
      expect(entries).toHaveLength(3)
      expect(entries.map((e) => e.icon_path.data)).toEqual(Array(3).fill(join(work, 'icon.png')))
    },
  )
})
