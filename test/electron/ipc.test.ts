// The IPC wrapper: sender check, payload validation for every channel, handler failures, broadcast.
import { describe, expect, it, vi } from 'vitest'
import type { HandlerTable } from '../../electron/handlers.ts'
import {
  broadcast,
  createSenderCheck,
  type IpcMainLike,
  invokeHandler,
  registerIpc,
  type SenderEvent,
} from '../../electron/ipc.ts'
import { MAX_BACKUP_CHARS } from '../../shared/backup.ts'
import { problem, ValidationError } from '../../shared/errors.ts'
import { contract, type Envelope, METHODS, type Method, STATE_CHANNEL } from '../../shared/ipc.ts'
import { defaultSettings } from '../../shared/settings.ts'
import type { Snapshot } from '../../shared/snapshot.ts'
import { quiet, realTable, VALID, VALID_CHECK_IN } from '../support/ipc-table.ts'

/** For every method: a bad payload and the field its error must name. */
const BAD: Record<Method, [payload: unknown, field: string][]> = {
  getState: [[{ night: '2026-11-24' }, '(value)']],
  setStepStatus: [
    [{ stepId: 'Magnesium!', status: 'done' }, 'stepId'],
    [{ stepId: 'magnesium', status: 'maybe' }, 'status'],
    [{ stepId: 'magnesium', status: 'done', extra: 1 }, '(value)'],
  ],
  snoozeStep: [
    [{ stepId: 42 }, 'stepId'],
    [{}, 'stepId'],
  ],
  setTonightBedtime: [
    [{ bedtime: '25:00' }, 'bedtime'],
    [{ bedtime: 2300 }, 'bedtime'],
  ],
  setPaused: [[{ paused: 'yes' }, 'paused']],
  getSettings: [['all', '(value)']],
  updateSettings: [
    [{ ...defaultSettings(), theme: 'neon' }, 'theme'],
    [
      { ...defaultSettings(), notifications: { ...defaultSettings().notifications, graceMinutes: -1 } },
      'notifications.graceMinutes',
    ],
    [{ ...defaultSettings(), launchAtLogin: 'true' }, 'launchAtLogin'],
  ],
  getAppInfo: [[[1], '(value)']],
  openWindow: [
    [{ view: 'devtools' }, 'view'],
    [null, '(value)'],
  ],
  getHistory: [
    [{ days: 7 }, 'days'],
    [{}, 'days'],
  ],
  getCheckIn: [
    [{ night: 'yesterday' }, 'night'],
    [{}, 'night'],
  ],
  saveCheckIn: [
    [{ night: '2026-11-23', checkIn: { ...VALID_CHECK_IN, severity: 11 } }, 'checkIn.severity'],
    [{ night: '2026-11-23', checkIn: { ...VALID_CHECK_IN, onset: 'noon' } }, 'checkIn.onset'],
    [
      { night: '2026-11-23', checkIn: { ...VALID_CHECK_IN, triggers: { alcohol: 1 } } },
      'checkIn.triggers.alcohol',
    ],
    [{ night: '2026-11-23', checkIn: { ...VALID_CHECK_IN, savedAt: '2026-11-24T08:00:00Z' } }, 'checkIn'],
    [{ night: 20261123, checkIn: VALID_CHECK_IN }, 'night'],
  ],
  setTravelNight: [
    [{ night: '2026-11-20', travel: 'yes' }, 'travel'],
    [{ night: '20-11-2026', travel: true }, 'night'],
  ],
  getHealth: [[{ labs: [] }, '(value)']],
  addLab: [
    [{ kind: 'iron', value: 40, date: '2026-11-01' }, 'kind'],
    [{ kind: 'ferritin', value: '48', date: '2026-11-01' }, 'value'],
    [{ kind: 'ferritin', value: 48, date: '01/11/2026' }, 'date'],
    [{ kind: 'ferritin', value: 48, date: '2026-11-01', note: 'x'.repeat(201) }, 'note'],
  ],
  removeLab: [
    [{ id: '../lab' }, 'id'],
    [{ id: '' }, 'id'],
  ],
  addMedicine: [
    [{ name: 'x'.repeat(81), kind: 'medicine' }, 'name'],
    [{ name: 'Benadryl', kind: 'drug' }, 'kind'],
    [{ name: 'Benadryl', kind: 'medicine', time: '7am' }, 'time'],
    [{ name: 'Benadryl', kind: 'medicine', startedOn: 'last week' }, 'startedOn'],
  ],
  removeMedicine: [[{ id: 5 }, 'id']],
  dismissPrompt: [
    [{ id: 'Not An Id!' }, 'id'],
    [{ id: '__proto__ ' }, 'id'],
  ],
  exportData: [
    [{ format: 'xml' }, 'format'],
    [{ format: 'json', path: '/etc/passwd' }, '(value)'],
  ],
  previewImport: [
    [{ text: 42 }, 'text'],
    [{ text: 'x'.repeat(MAX_BACKUP_CHARS + 1) }, 'text'],
  ],
  applyImport: [
    [{}, 'text'],
    [{ text: null }, 'text'],
  ],
  getSummary: [[{ days: 90 }, '(value)']],
  printSummary: [[[], '(value)']],
  updateTreatment: [
    [
      { id: 'med-seed', rls: { doseChanges: [{ date: '2026-13-01', dose: '1 mg' }] } },
      'rls.doseChanges[0].date',
    ],
    [{ id: 'med-seed', rls: { doseChanges: [], stoppedOn: 'soon' } }, 'rls.stoppedOn'],
    [{ id: 'med-seed' }, 'rls'],
  ],
  exportCalendar: [[[], '(value)']],
}

describe('invokeHandler: validation for every channel', () => {
  it('has bad payloads for every method of the contract', () => {
    expect(Object.keys(BAD).sort()).toEqual([...METHODS].sort())
  })

  for (const method of METHODS) {
    it(`${method}: a bad payload gets an error naming the field and changes nothing`, async () => {
      for (const [payload, field] of BAD[method]) {
        const { handlers, serialize, openWindow, setLaunchAtLogin } = realTable()
        const before = serialize()
        const result = await invokeHandler(handlers, method, payload, quiet())
        expect(result.ok).toBe(false)
        if (result.ok) continue
        expect(result.problems.length).toBeGreaterThan(0)
        expect(result.problems.some((p) => p.path === field)).toBe(true)
        expect(result.problems.every((p) => /expected|unrecognized/i.test(p.message))).toBe(true)
        expect(result.error).toContain(method)
        expect(serialize()).toBe(before)
        expect(openWindow).not.toHaveBeenCalled()
        expect(setLaunchAtLogin).not.toHaveBeenCalled()
      }
    })

    it(`${method}: a valid payload reaches the handler`, async () => {
      const { handlers } = realTable()
      const result = await invokeHandler(handlers, method, VALID[method], quiet())
      expect(result).toMatchObject({ ok: true })
    })
  }

  it('rejects an unknown method, including names from Object.prototype', async () => {
    const { handlers } = realTable()
    for (const name of ['deleteEverything', 'toString', '__proto__', 'constructor', '']) {
      const result = await invokeHandler(handlers, name, undefined, quiet())
      expect(result).toMatchObject({ ok: false, problems: [] })
      if (!result.ok) expect(result.error).toMatch(/Unknown request/)
    }
  })
})

describe('invokeHandler: handler failures', () => {
  const failing = (error: unknown): HandlerTable =>
    ({
      ...realTable().handlers,
      setPaused: () => {
        throw error
      },
    }) as HandlerTable

  it('turns a thrown error into an error envelope and logs it', async () => {
    const logger = quiet()
    const result = await invokeHandler(failing(new Error('disk full')), 'setPaused', { paused: true }, logger)
    expect(result).toEqual({ ok: false, error: 'disk full', problems: [] })
    expect(logger.error).toHaveBeenCalled()
  })

  it('keeps the problems of a ValidationError', async () => {
    const error = new ValidationError([problem('bedtime', 'expected HH:MM (00:00–23:59), got "x"')])
    const result = await invokeHandler(failing(error), 'setPaused', { paused: true }, quiet())
    expect(result).toEqual({ ok: false, error: error.message, problems: error.problems })
  })

  it('reports a service error such as an unknown step for tonight', async () => {
    const { handlers, serialize } = realTable()
    const before = serialize()
    const result = await invokeHandler(handlers, 'snoozeStep', { stepId: 'iron-dose' }, quiet())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/stepId: "iron-dose"/)
    expect(serialize()).toBe(before)
  })
})

function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderEvent, payload: unknown) => Promise<unknown>>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      handlers.set(channel, listener)
    },
    removeHandler: (channel) => {
      handlers.delete(channel)
    },
  }
  return { ipcMain, handlers }
}

const APP_URL = 'file:///opt/eventide/out/renderer/index.html#/checklist'
const ourWindow = { isDestroyed: () => false, webContents: { id: 7, send: vi.fn() } }
const senderCheck = createSenderCheck({
  isAppUrl: (url) => url.startsWith('file:///opt/eventide/out/renderer/'),
  windows: () => [ourWindow],
})
const event = (url: string | null, senderId = 7, parent: unknown = null): SenderEvent => ({
  sender: { id: senderId },
  senderFrame: url === null ? null : { url, parent },
})

describe('registerIpc: sender check', () => {
  function spyTable() {
    const table = Object.fromEntries(METHODS.map((m) => [m, vi.fn(() => null)])) as unknown as HandlerTable
    return table
  }

  it('registers exactly one handler per contract channel and can remove them all', () => {
    const { ipcMain, handlers } = fakeIpcMain()
    const off = registerIpc(ipcMain, spyTable(), senderCheck, quiet())
    expect([...handlers.keys()].sort()).toEqual(METHODS.map((m) => contract[m].channel).sort())
    off()
    expect(handlers.size).toBe(0)
  })

  const foreign: [string, SenderEvent][] = [
    ['a web page', event('https://evil.example/')],
    ['a file outside our renderer', event('file:///home/user/Downloads/x.html')],
    ['our page in a window that is not ours', event(APP_URL, 99)],
    ['a sub-frame', event(APP_URL, 7, { url: APP_URL })],
    ['a destroyed frame', event(null)],
  ]
  for (const [name, ev] of foreign) {
    it(`refuses ${name}; the handler never runs`, async () => {
      const { ipcMain, handlers } = fakeIpcMain()
      const table = spyTable()
      const logger = quiet()
      registerIpc(ipcMain, table, senderCheck, logger)
      const result = (await handlers.get(contract.setPaused.channel)?.(ev, {
        paused: true,
      })) as Envelope<unknown>
      expect(result).toMatchObject({ ok: false })
      if (!result.ok) expect(result.error).toMatch(/not come from an Eventide window/)
      expect(table.setPaused).not.toHaveBeenCalled()
      expect(logger.warn).toHaveBeenCalled()
    })
  }

  it('passes our own window through the wrapper to the handler', async () => {
    const { ipcMain, handlers } = fakeIpcMain()
    const table = spyTable()
    registerIpc(ipcMain, table, senderCheck, quiet())
    const result = await handlers.get(contract.setPaused.channel)?.(event(APP_URL), { paused: true })
    expect(result).toEqual({ ok: true, value: null })
    expect(table.setPaused).toHaveBeenCalledWith({ paused: true })
  })

  it('treats a sender check that throws as untrusted', async () => {
    const { ipcMain, handlers } = fakeIpcMain()
    const table = spyTable()
    const logger = quiet()
    registerIpc(
      ipcMain,
      table,
      () => {
        throw new Error('frame gone')
      },
      logger,
    )
    const result = await handlers.get(contract.getState.channel)?.(event(APP_URL), undefined)
    expect(result).toMatchObject({ ok: false })
    expect(table.getState).not.toHaveBeenCalled()
    expect(logger.error).toHaveBeenCalled()
  })
})

describe('broadcast', () => {
  it('pushes the snapshot on the state channel to open windows only', () => {
    const open = { isDestroyed: () => false, webContents: { id: 1, send: vi.fn() } }
    const closed = { isDestroyed: () => true, webContents: { id: 2, send: vi.fn() } }
    const snapshot = { night: '2026-11-24' } as Snapshot
    broadcast([open, closed], snapshot, quiet())
    expect(open.webContents.send).toHaveBeenCalledWith(STATE_CHANNEL, snapshot)
    expect(closed.webContents.send).not.toHaveBeenCalled()
  })
})
