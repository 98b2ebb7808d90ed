// Sets up the log file on an electron-log instance (electron-log/main in the app, electron-log/node in
// tests). Every line passes the redaction step (log-redaction.ts) first: no health values, no home
// folder, no account name.
import os from 'node:os'
import type electronLog from 'electron-log/main'
import { type RedactionContext, redactLogData } from './log-redaction.ts'
import type { Logger } from './services.ts'

export interface FileLogger {
  logger: Logger
  /** Where the log file lives, for About and for bug reports. */
  filePath(): string
}

/** The electron-log instance in the app; tests pass electron-log/node, which has the same file transport. */
type LogInstance = Pick<typeof electronLog, 'transports' | 'hooks' | 'errorHandler' | 'scope'>

export function setUpFileLog(
  log: LogInstance,
  opts: { redaction?: RedactionContext; file?: string; catchErrors?: boolean } = {},
): FileLogger {
  const redaction = opts.redaction ?? { home: os.homedir(), user: os.userInfo().username }
  log.transports.file.level = 'info'
  log.transports.file.maxSize = 1024 * 1024
  // The log is offered for bug reports; still, it is the person's alone on this machine.
  log.transports.file.writeOptions = { encoding: 'utf8', flag: 'a', mode: 0o600 }
  const file = opts.file
  if (file !== undefined) log.transports.file.resolvePathFn = () => file
  log.hooks.push((message) => ({ ...message, data: redactLogData(message.data, redaction) }))
  // Uncaught errors end up in the file too; no dialog, the tray app keeps running where it can.
  if (opts.catchErrors !== false) log.errorHandler.startCatching({ showDialog: false })
  const main = log.scope('main')
  return {
    logger: {
      info: (...args) => main.info(...args),
      warn: (...args) => main.warn(...args),
      error: (...args) => main.error(...args),
    },
    filePath: () => log.transports.file.getFile().path,
  }
}

/** The parts of a renderer's console message the log keeps (Electron's console-message event details). */
export interface ConsoleMessage {
  level: string
  message: string
  lineNumber: number
  sourceId: string
}

/**
 * A renderer's warnings and errors (uncaught ones included: Chromium reports them to the console) as one
 * main-log line, or null for info and debug output. electron-log's own spyRendererConsole reads the
 * positional arguments Electron deprecated, and its preload would add a second bridge to the renderer.
 */
export function rendererLogLine(details: ConsoleMessage): string | null {
  if (details.level !== 'error' && details.level !== 'warning') return null
  const source = details.sourceId.split(/[\\/]/).at(-1) ?? ''
  return `renderer ${details.level}: ${details.message}${source ? ` (${source}:${details.lineNumber})` : ''}`
}

/** Sends renderer warnings and errors of every window to the same log, redacted like the rest. */
export function logRendererConsole(
  app: {
    on(event: 'web-contents-created', listener: (event: unknown, contents: ConsoleSource) => void): unknown
  },
  logger: Logger,
): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('console-message', (details) => {
      const line = rendererLogLine(details)
      if (line) logger.error(line)
    })
  })
}

export interface ConsoleSource {
  on(event: 'console-message', listener: (details: ConsoleMessage) => void): unknown
}
