// The only parts of 'electron' the main-side modules touch under test: electron-store's app and ipcMain.
// Use as `vi.mock('electron', async () => (await import('../support/electron-mock.ts')).electronMock())`.
import { tmpdir } from 'node:os'

export function electronMock() {
  const app = {
    getPath: () => tmpdir(),
    getVersion: () => '0.1.0',
    getName: () => 'Eventide',
  }
  // electron-store registers an ipcMain listener for renderer-side stores; tests have none.
  const ipcMain = { on: () => undefined }
  const shell = { openPath: async () => '' }
  return { default: { app, ipcMain, shell }, app, ipcMain, shell }
}
