// Main-process logging through electron-log to a file whose path the About box shows, redacted
// (log-setup.ts), with renderer warnings and errors in the same file.
import electronLog from 'electron-log/main'
import { type FileLogger, setUpFileLog } from './log-setup.ts'

export type { FileLogger } from './log-setup.ts'
export { logRendererConsole } from './log-setup.ts'

export function createFileLogger(): FileLogger {
  return setUpFileLog(electronLog)
}
