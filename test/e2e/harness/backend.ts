// The main-process side of a browser journey: a real store on a temp dir, a fake clock, and the same handler
// table main registers. 'electron' is the shared mock (test/support/electron-setup.ts), as electron-store imports it.

import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Evening } from '../../../electron/evening.ts'
import type { HandlerTable } from '../../../electron/handlers.ts'
import type { Clock, EventideStore, Logger } from '../../../electron/services.ts'
import { createStore } from '../../../electron/store.ts'
import type { AppInfo, View } from '../../../shared/ipc.ts'
import { defaultSettings, type Settings } from '../../../shared/settings.ts'
import { inProcessMain } from '../../support/in-process-main.ts'

/** 2026-11-24 20:00 in Berlin: an ordinary evening with steps both behind and ahead. */
export const DEFAULT_START = Date.parse('2026-11-24T20:00:00+01:00')
export const DEFAULT_ZONE = 'Europe/Berlin'

export interface FakeClock extends Clock {
  set(ms: number): void
  advance(ms: number): void
}

export function fakeClock(startMs = DEFAULT_START, zone = DEFAULT_ZONE): FakeClock {
  let nowMs = startMs
  return {
    now: () => nowMs,
    timeZone: () => zone,
    set: (ms) => {
      nowMs = ms
    },
    advance: (ms) => {
      nowMs += ms
    },
  }
}

export interface Backend {
  directory: string
  clock: FakeClock
  store: EventideStore
  evening: Evening
  table: HandlerTable
  /** Views main was asked to open, in order. */
  openedViews: View[]
  /** Launch-at-login values main was asked to apply, in order. */
  launchAtLogin: boolean[]
  /** Set by the browser bridge: what main does to show a view (a new window there, a hash change here). */
  showView: (view: View) => void
  /** Files main was asked to save (exports, the summary PDF), in order; each goes to the temp folder. */
  savedPaths: string[]
  /** Log lines main wrote at warn or error level; a journey expects none it did not cause. */
  logged: string[]
  logger: Logger
  /** A second store on the same folder, so a journey reads what reached the disk, not what is in memory. */
  reopenStore(): EventideStore
  /** Settings as a person who finished the first run has them, plus any changes. */
  seedSettings(patch?: Partial<Settings>): void
  dispose(): Promise<void>
}

export async function createBackend(options: { startMs?: number; zone?: string } = {}): Promise<Backend> {
  const directory = await mkdtemp(join(tmpdir(), 'eventide-e2e-'))
  const clock = fakeClock(options.startMs, options.zone)
  const logged: string[] = []
  const record =
    (level: string) =>
    (...args: unknown[]) => {
      logged.push(`${level}: ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`)
    }
  const logger: Logger = { info: () => {}, warn: record('warn'), error: record('error') }
  const store = createStore({ directory, now: clock.now, logger })
  const appInfo = (): AppInfo => ({
    name: 'Eventide',
    version: '0.1.0',
    logPath: join(directory, 'logs', 'main.log'),
    dataPath: directory,
    platform: 'linux',
  })
  const main = inProcessMain({
    store,
    clock,
    logger,
    // No dialog in a journey: every save lands in the temp folder under its suggested name.
    chooseSavePath: async (defaultName) => {
      const target = join(directory, 'saved', defaultName)
      await mkdir(join(directory, 'saved'), { recursive: true })
      backend.savedPaths.push(target)
      return target
    },
    // Printing needs Electron's webContents; journeys check the summary page itself (the default PDF).
    appInfo,
    openWindow: (view) => {
      backend.openedViews.push(view)
      backend.showView(view)
    },
    setLaunchAtLogin: (enabled) => {
      backend.launchAtLogin.push(enabled)
    },
  })
  const backend: Backend = {
    directory,
    clock,
    store,
    evening: main.evening,
    table: main.handlers,
    openedViews: [],
    launchAtLogin: [],
    savedPaths: [],
    showView: () => {},
    logged,
    logger,
    reopenStore: () => createStore({ directory, now: clock.now, logger }),
    seedSettings: (patch = {}) => store.setSettings({ ...defaultSettings(), firstRunDone: true, ...patch }),
    dispose: () => rm(directory, { recursive: true, force: true }),
  }
  return backend
}
