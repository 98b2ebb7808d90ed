// A private desktop for notification journeys: Xvfb, its own D-Bus session and dunst, kept running while a
// test talks to it from this process (the notifier connects to the session's address). dunst's context menu
// goes through a "dmenu" script that picks the line for the action the test asks for, so `dunstctl context`
// invokes Done or Snooze exactly as a person choosing it from dunst's menu would.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DUNST_TOOLS = ['xvfb-run', 'dbus-run-session', 'dunst', 'dunstctl', 'dbus-send', 'notify-send']

export function missingDunstTools(): string[] {
  return DUNST_TOOLS.filter(
    (name) => !['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(join(dir, name))),
  )
}

export interface DunstEntry {
  id: { data: number }
  summary: { data: string }
  body: { data: string }
  appname: { data: string }
}

export interface DunstSession {
  /** The session bus address, as DBUS_SESSION_BUS_ADDRESS would hold it. */
  address: string
  /** A folder for this session's files (icons, scripts). */
  directory: string
  dunstctl(...args: string[]): Promise<string>
  /** Opens dunst's context menu for the newest notification and picks the action with this key. */
  chooseAction(key: string): Promise<void>
  /** Notifications on screen now. */
  displayed(): Promise<number>
  /** Closes every notification on screen and returns them, newest first, as dunst's history lists them. */
  closeAllAndRead(): Promise<DunstEntry[]>
  close(): Promise<void>
}

// Ready once dunst owns the name; asking dunstctl earlier would make the bus start a second dunst.
const READY = [
  'for i in $(seq 1 200); do',
  '  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus ' +
    'org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q true && break',
  '  sleep 0.05',
  'done',
].join('\n')

export async function startDunstSession(): Promise<DunstSession> {
  const directory = await mkdtemp(join(tmpdir(), 'eventide-dunst-'))
  const choice = join(directory, 'choice')
  const picker = join(directory, 'pick.sh')
  // dunst lists actions as "#Label (summary) [id,key]": pick the line ending in the chosen key.
  await writeFile(picker, `#!/bin/sh\nexec grep -m1 -F -- "$(cat '${choice}')"\n`)
  await chmod(picker, 0o755)
  const config = join(directory, 'dunstrc')
  await writeFile(config, `[global]\n    dmenu = ${picker}\n`)
  const shell = [
    `dunst -config '${config}' >/dev/null 2>&1 & DUNST=$!`,
    READY,
    'echo "BUS=$DBUS_SESSION_BUS_ADDRESS"',
    'read -r _',
    'kill $DUNST',
  ].join('\n')
  const child: ChildProcess = spawn('xvfb-run', ['-a', 'dbus-run-session', '--', 'bash', '-c', shell], {
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const address = await new Promise<string>((resolve, reject) => {
    let out = ''
    const timer = setTimeout(
      () => reject(new Error(`dunst session did not start in 30 s: ${stderr}`)),
      30_000,
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /^BUS=(.+)$/m.exec(out)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`dunst session ended early (exit ${code}): ${stderr}`))
    })
  })

  const dunstctl = (...args: string[]) =>
    new Promise<string>((resolve, reject) => {
      execFile(
        'dunstctl',
        args,
        { env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: address }, timeout: 10_000 },
        (error, stdout, err) => {
          if (error) reject(new Error(`dunstctl ${args.join(' ')} failed: ${error.message} ${err}`))
          else resolve(stdout)
        },
      )
    })

  return {
    address,
    directory,
    dunstctl,
    async chooseAction(key) {
      await writeFile(choice, `,${key}]`)
      await dunstctl('context')
    },
    displayed: async () => Number((await dunstctl('count', 'displayed')).trim()),
    async closeAllAndRead() {
      await dunstctl('close-all')
      const parsed = JSON.parse(await dunstctl('history')) as { data: DunstEntry[][] }
      return parsed.data.flat()
    },
    async close() {
      const exited = new Promise<void>((resolve) => {
        if (child.exitCode !== null) resolve()
        else child.once('exit', () => resolve())
      })
      child.stdin?.end('\n')
      await exited
      await rm(directory, { recursive: true, force: true })
    },
  }
}
