// Launch at login: the XDG autostart file on Linux, the OS login item on macOS and Windows.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  AUTOSTART_FILE,
  applyLaunchAtLogin,
  autostartDir,
  autostartEntry,
  writeAutostart,
} from '../../electron/login-item.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-autostart-'))
  dirs.push(dir)
  return path.join(dir, 'autostart')
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

describe('autostartEntry', () => {
  it('is a valid desktop entry that starts the app', () => {
    const text = autostartEntry({ name: 'Eventide', exec: '/opt/Eventide/eventide' })
    const lines = text.split('\n')
    expect(lines[0]).toBe('[Desktop Entry]')
    expect(lines).toContain('Type=Application')
    expect(lines).toContain('Name=Eventide')
    expect(lines).toContain('Exec=/opt/Eventide/eventide')
    expect(lines).toContain('Terminal=false')
    expect(lines).toContain('X-GNOME-Autostart-enabled=true')
    expect(text.endsWith('\n')).toBe(true)
  })

  it('quotes paths with spaces and escapes the characters the spec reserves', () => {
    const exec = (p: string) =>
      autostartEntry({ name: 'Eventide', exec: p })
        .split('\n')
        .find((l) => l.startsWith('Exec='))
    expect(exec('/home/ann/My Apps/Eventide.AppImage')).toBe('Exec="/home/ann/My Apps/Eventide.AppImage"')
    expect(exec('/home/ann/$HOME "x"/e')).toBe('Exec="/home/ann/\\\\$HOME \\\\"x\\\\"/e"')
    expect(exec('/opt/100%/eventide')).toBe('Exec=/opt/100%%/eventide')
  })

  it('keeps a name with a line break on one line', () => {
    expect(autostartEntry({ name: 'Even\ntide', exec: '/e' })).toContain('Name=Even tide\n')
  })
})

describe('autostartDir', () => {
  it('uses XDG_CONFIG_HOME when it is an absolute path, else ~/.config', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/autostart')
    expect(autostartDir({ XDG_CONFIG_HOME: 'relative' }, '/home/ann')).toBe('/home/ann/.config/autostart')
    expect(autostartDir({}, '/home/ann')).toBe('/home/ann/.config/autostart')
  })
})

describe('writeAutostart', () => {
  it('creates the folder and file when enabled and removes the file when disabled', () => {
    const dir = tempDir()
    writeAutostart(dir, true, 'entry\n')
    expect(fs.readFileSync(path.join(dir, AUTOSTART_FILE), 'utf8')).toBe('entry\n')
    writeAutostart(dir, false, 'entry\n')
    expect(fs.existsSync(path.join(dir, AUTOSTART_FILE))).toBe(false)
  })

  it('disabling when nothing was written is fine', () => {
    expect(() => writeAutostart(tempDir(), false, '')).not.toThrow()
  })
})

describe('applyLaunchAtLogin', () => {
  for (const platform of ['darwin', 'win32'] as const) {
    it(`${platform}: uses the OS login item and writes no file`, () => {
      const app = { setLoginItemSettings: vi.fn() }
      const dir = tempDir()
      applyLaunchAtLogin({ enabled: true, platform, app, exec: '/e', name: 'Eventide', directory: dir })
      applyLaunchAtLogin({ enabled: false, platform, app, exec: '/e', name: 'Eventide', directory: dir })
      expect(app.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]])
      expect(fs.existsSync(dir)).toBe(false)
    })
  }

  it('linux: writes and removes the autostart entry, never touching the OS login item', () => {
    const app = { setLoginItemSettings: vi.fn() }
    const dir = tempDir()
    const exec = '/home/ann/Apps/Eventide.AppImage'
    applyLaunchAtLogin({ enabled: true, platform: 'linux', app, exec, name: 'Eventide', directory: dir })
    const text = fs.readFileSync(path.join(dir, AUTOSTART_FILE), 'utf8')
    expect(text).toContain(`Exec=${exec}\n`)
    applyLaunchAtLogin({ enabled: false, platform: 'linux', app, exec, name: 'Eventide', directory: dir })
    expect(fs.existsSync(path.join(dir, AUTOSTART_FILE))).toBe(false)
    expect(app.setLoginItemSettings).not.toHaveBeenCalled()
  })
})
