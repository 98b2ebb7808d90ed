// Loaded with `-r` before Eventide's main process by build/smoke.ts. Points the app at a temporary
// profile and records what the app hands to the tray and to the notifier's helper programs, so the smoke
// checks can read them with electronApp.evaluate(() => globalThis.__eventideSmoke).
const childProcess = require('node:child_process')
const path = require('node:path')
const { app, Tray } = require('electron')

const dir = process.env.EVENTIDE_SMOKE_DATA
if (!dir) throw new Error('smoke hook: EVENTIDE_SMOKE_DATA: expected the temporary data folder')
// Before main runs: the store, the single-instance lock and the log all live under these.
app.setPath('userData', dir)
app.setAppLogsPath(path.join(dir, 'logs'))

const record = { trayMenus: [], commands: [] }
globalThis.__eventideSmoke = record

const setContextMenu = Tray.prototype.setContextMenu
Tray.prototype.setContextMenu = function (menu) {
  record.trayMenus.push(
    menu ? menu.items.map((item) => ({ label: item.label, type: item.type, enabled: item.enabled })) : null,
  )
  return setContextMenu.call(this, menu)
}

// node-notifier runs notify-send (exec), terminal-notifier or SnoreToast (execFile); the call goes ahead.
for (const name of ['exec', 'execFile', 'spawn']) {
  const original = childProcess[name]
  childProcess[name] = function (command, ...rest) {
    const args = Array.isArray(rest[0]) ? rest[0].map(String) : []
    record.commands.push([String(command), ...args].join(' '))
    return original.call(this, command, ...rest)
  }
}
