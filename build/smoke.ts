// `npm run smoke`: the real app in the real Electron binary, driven by Playwright's Electron support, on a
// temporary profile. Checks the single-instance lock, the tray menu, the checklist window, one notification
// through the real notifier path, a clean quit, and a log without errors. Needs the Electron binary (it
// never downloads it): without one it says so in one line and exits 0, or 1 under CI=true.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { trayTemplate } from '../electron/tray-menu.ts'
import type { Settings } from '../shared/settings.ts'
import type { Snapshot } from '../shared/snapshot.ts'
import { ensureElectron, realDeps } from './run-electron.ts'

const ROOT = resolve(import.meta.dirname, '..')
const HOOK = join(ROOT, 'build', 'smoke-hook.cjs')
const STEP_TITLE = 'Smoke check step'
const isCI = process.env.CI === 'true'

interface SmokeRecord {
  trayMenus: ({ label: string; type: string; enabled: boolean }[] | null)[]
  commands: string[]
}

const results: [string, boolean, string][] = []
function check(name: string, ok: boolean, detail = ''): void {
  results.push([name, ok, detail])
  console.info(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `: ${detail}` : ''}`)
}

async function poll<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000) {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > until) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const hhmm = (ms: number) => {
  const d = new Date(ms)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

async function windowAt(app: ElectronApplication, route: string): Promise<Page> {
  return poll(
    `a window showing #/${route}`,
    async () => app.windows().find((w) => w.url().endsWith(`#/${route}`)),
    (w) => w !== undefined,
  ) as Promise<Page>
}

async function run(executable: string, dataDir: string): Promise<void> {
  const env = { ...process.env, EVENTIDE_SMOKE_DATA: dataDir } as Record<string, string>
  const app = await _electron.launch({
    executablePath: executable,
    args: ['-r', HOOK, ROOT],
    env,
    timeout: 30_000,
  })
  const stderr: string[] = []
  app.process().stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString('utf8')))
  const record = () =>
    app.evaluate(() => (globalThis as unknown as { __eventideSmoke: SmokeRecord }).__eventideSmoke)
  try {
    // A fresh profile opens the first run; set up an evening with one step due right now.
    const first = await windowAt(app, 'first-run')
    const nowMs = Date.now()
    const state = await first.evaluate(
      async ({ bedtime, title }) => {
        type Call = (payload?: unknown) => Promise<unknown>
        const w = window as unknown as { eventide: { getSettings: Call; updateSettings: Call; getState: Call } }
        const bridge = w.eventide
        const current = (await bridge.getSettings()) as { ok: boolean; value: Settings }
        const settings: Settings = {
          ...current.value,
          firstRunDone: true,
          bedtime,
          bedtimeByWeekday: {},
          steps: [
            ...current.value.steps,
            { id: 'custom-smoke', enabled: true, anchor: 'bedtime', offsetMinutes: -30, title },
          ],
        }
        const saved = (await bridge.updateSettings(settings)) as { ok: boolean; error?: string }
        if (!saved.ok) throw new Error(`updateSettings: ${saved.error}`)
        return (await bridge.getState()) as { value: Snapshot }
      },
      { bedtime: hhmm(nowMs + 30 * 60_000), title: STEP_TITLE },
    )
    const step = state.value.steps.find((s) => s.id === 'custom-smoke')
    if (step?.state !== 'due') {
      throw new Error(
        `the smoke step is ${step?.state ?? 'missing'}, not due: near noon the night rule moves it; run again after 12:30`,
      )
    }

    const notified = await poll(
      'the notifier to run its helper',
      async () => (await record()).commands.filter((c) => c.includes(STEP_TITLE)),
      (c) => c.length > 0,
    ).catch((error: Error) => [error.message])
    check(
      'a due step is notified through node-notifier',
      notified[0]?.includes(STEP_TITLE) ?? false,
      notified[0],
    )

    const menus = (await record()).trayMenus.filter((m) => m !== null)
    const shown = menus.at(-1)?.map((i) => i.label) ?? []
    const expected = trayTemplate(state.value).map((i) => ('label' in i ? i.label : ''))
    check(
      'the tray menu is built from tonight',
      shown.includes('Open checklist') && shown.includes('Quit Eventide') && shown.length === expected.length,
      shown.filter(Boolean).join(' | '),
    )

    // A second launch on the same profile must leave at once and make the first open its checklist.
    const second = spawn(executable, ['-r', HOOK, ROOT], { env, stdio: 'ignore' })
    const secondExit = await new Promise<number | null>((r) => second.on('exit', (code) => r(code)))
    check(
      'a second launch exits and leaves the running app in charge',
      secondExit === 0,
      `exit code ${secondExit}`,
    )
    const checklist = await windowAt(app, 'checklist')
    check('the running app opened its checklist for the second launch', true, checklist.url())

    const item = checklist.getByRole('listitem', { name: STEP_TITLE })
    await item.waitFor({ timeout: 15_000 })
    const badge = ((await item.locator('.badge').textContent()) ?? '').trim()
    const progress = ((await checklist.locator('#progress-text').textContent()) ?? '').trim()
    check(
      'the checklist shows tonight with the step due',
      badge === 'Due now',
      `${progress}; "${STEP_TITLE}": ${badge}`,
    )

    const info = (await checklist.evaluate(() =>
      (window as unknown as { eventide: { getAppInfo(): Promise<unknown> } }).eventide.getAppInfo(),
    )) as { value: { logPath: string } }

    const closed = new Promise<void>((r) => app.once('close', () => r()))
    await app.evaluate(({ app: electronApp }) => electronApp.quit())
    await closed
    const code = app.process().exitCode
    check('Quit ends the app cleanly', code === 0, `exit code ${code}`)

    const log = existsSync(info.value.logPath) ? readFileSync(info.value.logPath, 'utf8') : ''
    const errors = log.split('\n').filter((line) => /\[error\]/i.test(line))
    check('the log has no errors', log !== '' && errors.length === 0, errors[0] ?? info.value.logPath)
    const crashes = stderr
      .join('')
      .split('\n')
      .filter((l) => /error/i.test(l) && !/DevTools|Debugger/.test(l))
    check('nothing alarming on stderr', crashes.length === 0, crashes[0] ?? '')
  } finally {
    if (app.process().exitCode === null) await app.close().catch(() => app.process().kill('SIGKILL'))
  }
}

async function main(): Promise<void> {
  const found = ensureElectron({
    ...realDeps(),
    install: () => ({ ok: false, output: 'the smoke never downloads Electron' }),
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  })
  if (!found.ok) {
    console.info(
      'smoke: skipped, no Electron binary here (npm start fetches it once; or set ELECTRON_OVERRIDE_DIST_PATH)',
    )
    process.exit(isCI ? 1 : 0)
  }
  if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) {
    console.error('smoke: out/main/index.js is missing; run `npm run build` first (npm run smoke does)')
    process.exit(1)
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('smoke: no display; on a headless machine run `xvfb-run -a dbus-run-session npm run smoke`')
    process.exit(1)
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'eventide-smoke-'))
  try {
    await run(found.executable, dataDir)
  } catch (error) {
    check('the smoke run finished', false, error instanceof Error ? error.message : String(error))
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
  const failed = results.filter(([, ok]) => !ok)
  console.info(`smoke: ${results.length - failed.length} of ${results.length} checks passed`)
  process.exit(failed.length === 0 ? 0 : 1)
}

await main()
