// The only parts of 'electron' the main-side modules touch at run time in the browser tier (electron-store's app).
import { tmpdir } from 'node:os'

export function electronMock() {
  const app = {
    getPath: () => tmpdir(),
    getVersion: () => '0.1.0',
    getName: () => 'Eventide',
  }
  // electron-store registers an ipcMain listener for renderer-side stores; the browser tier has none.
  const ipcMain = { on: () => undefined }
  return { default: { app, ipcMain }, app, ipcMain }
}
