// The real electron-store (inlined, so it sees the Electron mock) keeping window places in a temp folder.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ipcMain } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openPlaceStore } from '../../electron/window-places-store.ts'

let folder: string
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'eventide-places-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

describe('window places on disk', () => {
  it('survives a restart, in a file only the person can read', () => {
    openPlaceStore(folder).set('history', { x: 10, y: 20, width: 900, height: 700 })
    expect(openPlaceStore(folder).get('history')).toEqual({ x: 10, y: 20, width: 900, height: 700 })
    const file = join(folder, 'window-places.json')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      history: { x: 10, y: 20, width: 900, height: 700 },
    })
  })

  it('starts empty from a damaged file instead of failing to open windows', () => {
    writeFileSync(join(folder, 'window-places.json'), '{"history": {"x": 1,')
    const store = openPlaceStore(folder)
    expect(store.get('history')).toBeUndefined()
  })

  it('closes the untyped channel electron-store opens for renderer-side stores', () => {
    const removed = vi.spyOn(ipcMain, 'removeAllListeners')
    openPlaceStore(folder)
    expect(removed).toHaveBeenCalledWith('electron-store-get-data')
  })
})
