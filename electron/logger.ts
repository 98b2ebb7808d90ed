// Main-process logging through electron-log to a file whose path the About box shows.
import log from 'electron-log/main'
import type { Logger } from './services.ts'

export interface FileLogger {
  logger: Logger
  /** Where the log file lives, for About and for bug reports. */
  filePath(): string
}

export function createFileLogger(): FileLogger {
  log.transports.file.level = 'info'
  log.transports.file.maxSize = 1024 * 1024
  // Uncaught errors end up in the file too; no dialog, the tray app keeps running where it can.
  log.errorHandler.startCatching({ showDialog: false })
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
