// What the IPC wrapper writes to the log and sends back at its edges: a refused sender named by its page,
// a rejected payload logged by field paths only (never the values), a failure with an empty message, a
// sender among several windows, and a window that cannot take the state push.
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
import { problem, ValidationError } from '../../shared/errors.ts'
import { t } from '../../shared/i18n/index.ts'
import { contract, METHODS, STATE_CHANNEL } from '../../shared/ipc.ts'
import type { Snapshot } from '../../shared/snapshot.ts'
import { quiet } from '../support/logger.ts'

const spyTable = () =>
  Object.fromEntries(METHODS.map((m) => [m, vi.fn(() => null)])) as unknown as HandlerTable
const throwing = (error: unknown) =>
  ({
    ...spyTable(),
    setPaused: () => {
      throw error
    },
  }) as HandlerTable

function registered(isTrusted: (event: SenderEvent) => boolean) {
  const handlers = new Map<string, (event: SenderEvent, payload: unknown) => Promise<unknown>>()
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      handlers.set(channel, listener)
    },
    removeHandler: () => {},
  }
  const logger = quiet()
  const table = spyTable()
  registerIpc(ipcMain, table, isTrusted, logger)
  const call = (event: SenderEvent) => handlers.get(contract.setPaused.channel)?.(event, { paused: true })
  return { call, logger, table }
}

describe('invokeHandler', () => {
  it('refuses a bad payload with a message naming the request and the field', async () => {
    const result = await invokeHandler(spyTable(), 'setPaused', { paused: 'yes' }, quiet())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/^Invalid setPaused request: paused: expected /)
  })

  it('logs a rejected request by its field paths only, never the message that quotes the value', async () => {
    const logger = quiet()
    const error = new ValidationError([problem('labs[0].value', 'expected 1 to 2000, got 5432')])
    await invokeHandler(throwing(error), 'setPaused', { paused: true }, logger)
    expect(logger.warn).toHaveBeenCalledWith('ipc: setPaused rejected', ['labs[0].value'])
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('5432')
  })

  it('logs a failure naming the request, and answers an empty error message with a readable one', async () => {
    const logger = quiet()
    const error = new Error('')
    const result = await invokeHandler(throwing(error), 'setPaused', { paused: true }, logger)
    expect(logger.error).toHaveBeenCalledWith('ipc: setPaused failed', error)
    expect(result).toEqual({ ok: false, error: t('main.request.failed'), problems: [] })
    expect(t('main.request.failed')).not.toBe('')
  })
})

describe('registerIpc', () => {
  it('logs a refused sender with the page it showed, or "(no frame)"', async () => {
    const { call, logger } = registered(() => false)
    await call({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } })
    await call({ sender: { id: 1 }, senderFrame: null })
    expect(logger.warn.mock.calls.map((c) => c[0])).toEqual([
      'ipc: refused setPaused from untrusted sender https://evil.example/',
      'ipc: refused setPaused from untrusted sender (no frame)',
    ])
  })

  it('logs a sender check that throws as such', async () => {
    const boom = new Error('frame gone')
    const { call, logger, table } = registered(() => {
      throw boom
    })
    await call({ sender: { id: 1 }, senderFrame: null })
    expect(logger.error).toHaveBeenCalledWith('ipc: sender check failed', boom)
    expect(table.setPaused).not.toHaveBeenCalled()
  })
})

describe('the sender check', () => {
  it('trusts our page in any one of our windows, not only when every window is the sender', () => {
    const win = (id: number) => ({ isDestroyed: () => false, webContents: { id, send: vi.fn() } })
    const check = createSenderCheck({ isAppUrl: () => true, windows: () => [win(3), win(7)] })
    expect(check({ sender: { id: 7 }, senderFrame: { url: 'app://eventide/', parent: null } })).toBe(true)
    expect(check({ sender: { id: 9 }, senderFrame: { url: 'app://eventide/', parent: null } })).toBe(false)
  })
})

describe('broadcast', () => {
  it('a window that cannot take the push is logged and the others still get it', () => {
    const logger = quiet()
    const failure = new Error('render process gone')
    const broken = {
      isDestroyed: () => false,
      webContents: {
        id: 1,
        send: () => {
          throw failure
        },
      },
    }
    const fine = { isDestroyed: () => false, webContents: { id: 2, send: vi.fn() } }
    const snapshot = { night: '2026-11-24' } as unknown as Snapshot
    broadcast([broken, fine], snapshot, logger)
    expect(logger.warn).toHaveBeenCalledWith('ipc: could not push state to a window', failure)
    expect(fine.webContents.send).toHaveBeenCalledWith(STATE_CHANNEL, snapshot)
  })
})
