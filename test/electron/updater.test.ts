// Update checks are opt-in: off by default, and while off electron-updater is never loaded.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'
import { CHECK_INTERVAL_MS, createUpdateChecks, type UpdaterLike } from '../../electron/updater.ts'
import { defaultSettings, parseSettings } from '../../shared/settings.ts'

const root = resolve(import.meta.dirname, '../..')

function fixture(options: { isPackaged?: boolean; failCheck?: boolean } = {}) {
  const logged: string[] = []
  const logger: Logger = {
    info: (...a) => logged.push(`info: ${a.join(' ')}`),
    warn: (...a) => logged.push(`warn: ${a.map(String).join(' ')}`),
    error: (...a) => logged.push(`error: ${a.map(String).join(' ')}`),
  }
  const updater: UpdaterLike & { checks: number } = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    logger: null,
    checks: 0,
    checkForUpdates: async () => {
      updater.checks += 1
      if (options.failCheck) throw new Error('net::ERR_INTERNET_DISCONNECTED')
      return null
    },
  }
  const loadUpdater = vi.fn(async () => updater)
  const timers = new Map<number, () => void>()
  let nextTimer = 1
  const checks = createUpdateChecks({
    loadUpdater,
    isPackaged: options.isPackaged ?? true,
    logger,
    setInterval: (run, ms) => {
      expect(ms).toBe(CHECK_INTERVAL_MS)
      timers.set(nextTimer, run)
      return nextTimer++
    },
    clearInterval: (handle) => timers.delete(handle as number),
  })
  const settle = () => new Promise((r) => setTimeout(r, 0))
  return { checks, updater, loadUpdater, timers, logged, settle }
}

describe('update checks', () => {
  it('are off in the default settings, and settings saved before they existed read as off', () => {
    expect(defaultSettings().updateChecks).toBe(false)
    const { updateChecks: _, ...older } = defaultSettings()
    expect(parseSettings(older).updateChecks).toBe(false)
    expect(() => parseSettings({ ...defaultSettings(), updateChecks: 'yes' })).toThrow(/^updateChecks: /)
  })

  it('while off, never load electron-updater and arm no timer', async () => {
    const f = fixture()
    f.checks.apply(defaultSettings().updateChecks)
    f.checks.apply(false)
    await f.settle()
    expect(f.loadUpdater).not.toHaveBeenCalled()
    expect(f.timers.size).toBe(0)
  })

  it('turned on, check at once and every 6 hours, download in the background and install on quit', async () => {
    const f = fixture()
    f.checks.apply(true)
    f.checks.apply(true)
    await f.settle()
    expect(f.loadUpdater).toHaveBeenCalledTimes(1)
    expect(f.updater.checks).toBe(1)
    expect(f.updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true })
    expect(f.timers.size).toBe(1)
    for (const run of f.timers.values()) run()
    await f.settle()
    expect(f.updater.checks).toBe(2)
  })

  it('turned off again, stop checking', async () => {
    const f = fixture()
    f.checks.apply(true)
    await f.settle()
    f.checks.apply(false)
    expect(f.timers.size).toBe(0)
    f.checks.apply(true)
    f.checks.stop()
    expect(f.timers.size).toBe(0)
  })

  it('a failed check is logged as a warning and the app carries on', async () => {
    const f = fixture({ failCheck: true })
    f.checks.apply(true)
    await f.settle()
    await f.settle()
    expect(f.logged).toContainEqual(expect.stringMatching(/^warn: updates: check failed .*DISCONNECTED/))
  })

  it('a development build has nothing to update and loads nothing', async () => {
    const f = fixture({ isPackaged: false })
    f.checks.apply(true)
    await f.settle()
    expect(f.loadUpdater).not.toHaveBeenCalled()
  })

  it('main imports electron-updater only lazily, never at start', async () => {
    for (const file of await Promise.all(
      ['electron/main.ts', 'electron/updater.ts'].map((f) => readFile(resolve(root, f), 'utf8')),
    )) {
      expect(file).not.toMatch(/^import [^;]*from 'electron-updater'/m)
    }
    const main = await readFile(resolve(root, 'electron/main.ts'), 'utf8')
    expect(main).toContain("await import('electron-updater')")
  })
})
