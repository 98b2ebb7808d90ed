// Launch at login: the OS login item on macOS and Windows, an XDG autostart entry on Linux.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { t } from '../shared/i18n/index.ts'

export const AUTOSTART_FILE = 'eventide.desktop'

// Desktop Entry spec: inside a quoted Exec argument, " ` $ and \ are escaped with a backslash, and as
// Exec is itself a string value, every backslash is then doubled once more. % starts a field code.
function quoteExecArg(arg: string): string {
  const escaped = arg.replace(/%/g, '%%')
  if (!/[\s"'\\><~|&;$*?#()`]/.test(escaped)) return escaped
  const inner = escaped.replace(/(["`$\\])/g, '\\$1')
  return `"${inner}"`.replace(/\\/g, '\\\\')
}

/** The text of ~/.config/autostart/eventide.desktop. */
export function autostartEntry(opts: {
  name: string
  exec: string
  args?: string[]
  comment?: string
}): string {
  const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ')
  const command = [opts.exec, ...(opts.args ?? [])].map(quoteExecArg).join(' ')
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    `Name=${oneLine(opts.name)}`,
    `Comment=${oneLine(opts.comment ?? t('main.loginItem.comment'))}`,
    `Exec=${command}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** ~/.config/autostart, or $XDG_CONFIG_HOME/autostart when that is set. */
export function autostartDir(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const config = env.XDG_CONFIG_HOME?.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config')
  return join(config, 'autostart')
}

/** Writes (enabled) or removes (disabled) the autostart entry in `directory`. */
export function writeAutostart(directory: string, enabled: boolean, entry: string): void {
  const file = join(directory, AUTOSTART_FILE)
  if (!enabled) {
    rmSync(file, { force: true })
    return
  }
  mkdirSync(directory, { recursive: true })
  writeFileSync(file, entry, { encoding: 'utf8', mode: 0o644 })
}

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean }): void
}

export function applyLaunchAtLogin(opts: {
  enabled: boolean
  platform: NodeJS.Platform
  app: LoginItemApp
  /** The program Linux should start: the AppImage when running as one, else the executable. */
  exec: string
  name: string
  directory?: string
}): void {
  if (opts.platform === 'darwin' || opts.platform === 'win32') {
    opts.app.setLoginItemSettings({ openAtLogin: opts.enabled })
    return
  }
  const entry = autostartEntry({ name: opts.name, exec: opts.exec })
  writeAutostart(opts.directory ?? autostartDir(), opts.enabled, entry)
}
