// The log offered for bug reports: after a refused import and a failed save it holds field paths and error
// kinds, never a health value, the home folder or the account name; renderer errors reach it too.

import fs from 'node:fs'
import path from 'node:path'
import nodeLog from 'electron-log/node'
import { describe, expect, it, vi } from 'vitest'
import { invokeHandler } from '../../electron/ipc.ts'
import { redactText } from '../../electron/log-redaction.ts'
import { logRendererConsole, rendererLogLine, setUpFileLog } from '../../electron/log-setup.ts'
import type { Clock } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { realIo, type StoreIo } from '../../electron/store-files.ts'
import { serializeBackup } from '../../shared/backup.ts'
import { problemText } from '../../shared/errors.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkIn } from '../shared/fixtures/journal.ts'
import { inProcessMain } from '../support/in-process-main.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-log-')
const clock: Clock = { now: () => instantMs('2026-11-25T09:00:00+01:00'), timeZone: () => 'Europe/Berlin' }

describe('the log file', () => {
  it('after a refused import and a failed save holds no health value and no home path', async () => {
    const root = tempDir()
    const home = path.join(root, 'home', 'rosalind')
    const dataDir = path.join(home, '.config', 'Eventide')
    const logFile = path.join(root, 'logs', 'main.log')
    nodeLog.transports.console.level = false
    const { logger } = setUpFileLog(nodeLog as never, {
      redaction: { home, user: 'rosalind' },
      file: logFile,
      catchErrors: false,
    })

    let diskFull = false
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (diskFull)
          throw Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), {
            code: 'ENOSPC',
          })
        realIo.writeNew(file, bytes)
      },
    }
    const store = createStore({ directory: dataDir, now: clock.now, logger, io })
    const { handlers } = inProcessMain({
      store,
      clock,
      logger,
      printViewToPdf: async () => new Uint8Array(),
      appInfo: () => ({
        name: 'Eventide',
        version: '0',
        logPath: logFile,
        dataPath: dataDir,
        platform: 'linux',
      }),
      openWindow: vi.fn(),
      setLaunchAtLogin: vi.fn(),
    })

    // A backup with an impossible ferritin value and a severity out of range: refused, naming the fields.
    const valid = serializeBackup({
      exportedAt: '2026-11-25T09:00:00+01:00',
      settings: defaultSettings(),
      nights: {},
      checkIns: { '2026-11-23': checkIn(6, { note: 'calf cramps after wine' }) },
      labs: [{ id: 'lab-1', kind: 'ferritin', value: 38, date: '2026-10-02' }],
      medicines: [],
      dismissedPrompts: [],
    })
    const hostile = valid.replace('"value": 38', '"value": 5432').replace('"severity": 6', '"severity": 11')
    expect(hostile).not.toBe(valid)
    const refused = await invokeHandler(handlers, 'applyImport', { text: hostile }, logger)
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.problems.map(problemText).join('\n')).toMatch(/labs\[0\]\.value.*5432/)

    // An import that fails to write, and a save that fails: both logged with their paths.
    diskFull = true
    expect((await invokeHandler(handlers, 'applyImport', { text: valid }, logger)).ok).toBe(false)
    store.setSettings({ ...defaultSettings(), bedtime: '23:50' })
    // Renderer errors go to the same file.
    const listeners: ((details: never) => void)[] = []
    logRendererConsole(
      { on: (_e, listener) => listener({}, { on: (_c, l) => listeners.push(l as never) }) },
      logger,
    )
    for (const listener of listeners) {
      listener({
        level: 'error',
        message: `Uncaught TypeError: cannot read file:///${home.slice(1)}/x, got 5432`,
        lineNumber: 3,
        sourceId: 'app://eventide/assets/index.js',
      } as never)
    }

    const text = fs.readFileSync(logFile, 'utf8')
    expect(text).toContain('applyImport')
    expect(text).toMatch(/labs\[0\]\.value/)
    expect(text).toMatch(/could not save ~\/\.config\/Eventide\/settings\.json \(the disk is full\)/)
    expect(text).toContain('renderer error: Uncaught TypeError')
    expect(text).not.toContain('5432')
    expect(text).not.toMatch(/got 11\b/)
    expect(text).not.toContain('calf cramps')
    expect(text).not.toContain(home)
    expect(text).not.toContain('rosalind')
    if (process.platform !== 'win32') expect(fs.statSync(logFile).mode & 0o777).toBe(0o600)
  })
})

describe('redaction', () => {
  const context = { home: '/home/rosalind', user: 'rosalind' }

  it('drops the value after "got", quoted or not, and keeps the field path and the kind', () => {
    expect(redactText('labs[0].value: expected ferritin from 1 to 2000 ng/mL, got 5432', context)).toBe(
      'labs[0].value: expected ferritin from 1 to 2000 ng/mL, got (value not logged)',
    )
    expect(redactText('checkIns["2026-11-23"].note: expected text, got "a \\"b\\" c"; x', context)).toBe(
      'checkIns["2026-11-23"].note: expected text, got (value not logged); x',
    )
  })

  it('writes the home folder as ~ and the account name elsewhere as <user>', () => {
    expect(redactText("open '/home/rosalind/.config/Eventide/journal.json'", context)).toBe(
      "open '~/.config/Eventide/journal.json'",
    )
    expect(redactText('file:///home/rosalind/x and /media/rosalind/usb', context)).toBe(
      'file://~/x and /media/<user>/usb',
    )
    // A name inside another word is not the account name.
    expect(redactText('rosalindsson', context)).toBe('rosalindsson')
  })

  it('keeps renderer warnings and errors, drops info and debug', () => {
    const base = { message: 'x', lineNumber: 1, sourceId: 'app://eventide/a.js' }
    expect(rendererLogLine({ ...base, level: 'info' })).toBeNull()
    expect(rendererLogLine({ ...base, level: 'error' })).toBe('renderer error: x (a.js:1)')
  })
})
