// The one use of electron-store: window places, plain JSON beside the encrypted data. Losing them costs a
// window position, so an unreadable file is cleared rather than reported.
import { app, ipcMain } from 'electron'
import Store from 'electron-store'
import type { PlaceStore } from './window-places.ts'

export function openPlaceStore(folder: string = app.getPath('userData')): PlaceStore {
  const store = new Store({
    name: 'window-places',
    cwd: folder,
    clearInvalidConfig: true,
    configFileMode: 0o600,
  })
  // electron-store answers a synchronous channel for renderer-side stores. Our renderers reach main only
  // through the typed contract (shared/ipc.ts), so that untyped channel is closed again.
  ipcMain.removeAllListeners('electron-store-get-data')
  return { get: (key) => store.get(key), set: (key, value) => store.set(key, value) }
}
