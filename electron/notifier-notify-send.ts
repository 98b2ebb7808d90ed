// The Linux fallback when there is no session bus we can reach or the server offers no buttons: libnotify's
// notify-send, started with execFile so a step's title or body is one argument and never reaches a shell
// (node-notifier's notify-send path joins its arguments into a cp.exec command line).
import { execFile } from 'node:child_process'
import { APP_NAME } from './notifier-labels.ts'
import type { Notification } from './services.ts'

export type RunFile = (
  file: string,
  args: readonly string[],
  callback: (error: Error | null, stdout: string, stderr: string) => void,
) => void

const runFile: RunFile = (file, args, callback) => {
  execFile(file, args, { timeout: 10_000 }, (error, stdout, stderr) =>
    callback(error, String(stdout), String(stderr)),
  )
}

/** The argument list: options first, then `--` so a title starting with "-" is never read as an option. */
export function notifySendArgs(n: Notification, iconPath: string): string[] {
  const args = [`--app-name=${APP_NAME}`, `--icon=${iconPath}`, '--urgency=normal']
  if (!n.sound) args.push('--hint=boolean:suppress-sound:true')
  return [...args, '--', n.title, n.body]
}

export function sendWithNotifySend(n: Notification, iconPath: string, run: RunFile = runFile): Promise<void> {
  return new Promise((resolve, reject) => {
    run('notify-send', notifySendArgs(n, iconPath), (error, _stdout, stderr) => {
      if (error)
        reject(new Error(`notify-send failed: ${error.message}${stderr ? ` (${stderr.trim()})` : ''}`))
      else resolve()
    })
  })
}
