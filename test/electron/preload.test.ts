// The preload bridge: one named method per contract channel plus onState, and nothing generic.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { contract, METHODS, STATE_CHANNEL } from '../../shared/ipc.ts'
import { CHANNELS } from '../../shared/ipc-channels.ts'
import { exposed, ipcMain, ipcRenderer, resetIpc } from '../support/electron-ipc.ts'

// The shared Electron mock (test/support/electron-setup.ts) joins ipcRenderer to ipcMain; spies watch it.
const invoke = vi.spyOn(ipcRenderer, 'invoke')
const on = vi.spyOn(ipcRenderer, 'on')
const removeListener = vi.spyOn(ipcRenderer, 'removeListener')
const send = vi.spyOn(ipcRenderer, 'send')

afterEach(() => resetIpc())

let api: Record<string, unknown>
beforeAll(async () => {
  await import('../../electron/preload.ts')
  api = exposed.get('eventide') as Record<string, unknown>
})

describe('preload: window.eventide', () => {
  it('uses the channel table the contract is built from, method for method', () => {
    expect(Object.keys(CHANNELS).sort()).toEqual([...METHODS].sort())
    for (const method of METHODS) expect(CHANNELS[method]).toBe(contract[method].channel)
  })

  it('exposes only the eventide key', () => {
    expect([...exposed.keys()]).toEqual(['eventide'])
  })

  it('has exactly one function per contract method plus onState', () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'onState'].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('offers no generic send, invoke, on or ipcRenderer', () => {
    for (const name of ['send', 'invoke', 'on', 'ipcRenderer', 'sendSync', 'removeListener']) {
      expect(api).not.toHaveProperty(name)
    }
  })

  it('each method invokes its own channel with the payload and returns the envelope', async () => {
    // Main answers each channel with what it received, so the test sees what crossed the bridge.
    for (const method of METHODS) {
      const channel = contract[method].channel
      ipcMain.handle(channel, (_event, payload) => ({ ok: true, value: { channel, payload } }))
    }
    for (const method of METHODS) {
      invoke.mockClear()
      const payload = { marker: method }
      const result = await (api[method] as (p: unknown) => Promise<unknown>)(payload)
      expect(invoke).toHaveBeenCalledTimes(1)
      expect(invoke).toHaveBeenCalledWith(contract[method].channel, payload)
      expect(result).toEqual({ ok: true, value: { channel: contract[method].channel, payload } })
    }
    expect(send).not.toHaveBeenCalled()
  })

  it('onState passes only the snapshot (never the IPC event) and unsubscribes', () => {
    const listener = vi.fn()
    const off = (api.onState as (l: (s: unknown) => void) => () => void)(listener)
    expect(on).toHaveBeenCalledWith(STATE_CHANNEL, expect.any(Function))
    const wrapped = on.mock.calls[0]?.[1] as (event: unknown, snapshot: unknown) => void
    wrapped({ sender: 'secret' }, { night: '2026-11-24' })
    expect(listener).toHaveBeenCalledWith({ night: '2026-11-24' })
    expect(listener.mock.calls[0]).toHaveLength(1)
    off()
    expect(removeListener).toHaveBeenCalledWith(STATE_CHANNEL, wrapped)
  })
})
