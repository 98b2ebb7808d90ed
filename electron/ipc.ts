// The one IPC wrapper: sender check, payload validation, then the handler; errors come back as envelopes.

import { formatIssues, type Problem, problemText, ValidationError } from '../shared/errors.ts'
import { t } from '../shared/i18n/index.ts'
import { contract, type Envelope, METHODS, type Method, STATE_CHANNEL } from '../shared/ipc.ts'
import type { Snapshot } from '../shared/snapshot.ts'
import type { HandlerTable } from './handlers.ts'
import type { Logger } from './services.ts'

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface SenderEvent {
  sender: { id: number }
  senderFrame: { url: string; parent: unknown } | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, payload: unknown) => Promise<unknown>): void
  removeHandler(channel: string): void
}

export interface WindowLike {
  isDestroyed(): boolean
  webContents: { id: number; send(channel: string, ...args: unknown[]): void }
}

function failure(error: string, problems: readonly Problem[] = []): Envelope<never> {
  return { ok: false, error, problems }
}

function isMethod(method: string): method is Method {
  return Object.hasOwn(contract, method)
}

/**
 * Validates the payload against the contract and runs the handler. Never throws: every failure, including
 * one inside the handler, becomes an error envelope, and a payload that fails validation never reaches it.
 */
export async function invokeHandler(
  table: HandlerTable,
  method: string,
  payload: unknown,
  logger: Logger,
): Promise<Envelope<unknown>> {
  try {
    if (!isMethod(method)) return failure(`Unknown request ${JSON.stringify(String(method))}`)
    const parsed = contract[method].request.safeParse(payload)
    if (!parsed.success) {
      const problems = formatIssues(parsed.error)
      return failure(`Invalid ${method} request: ${problems.map(problemText).join('; ')}`, problems)
    }
    const handler = table[method] as (input: unknown) => unknown
    const value = await handler(parsed.data)
    return { ok: true, value }
  } catch (error) {
    if (error instanceof ValidationError) {
      // Paths only: a problem's message may quote the value, and values (health data) stay out of logs.
      logger.warn(
        `ipc: ${String(method)} rejected`,
        error.problems.map((p) => p.path),
      )
      return failure(error.message, error.problems)
    }
    logger.error(`ipc: ${String(method)} failed`, error)
    const message = error instanceof Error ? error.message : String(error)
    return failure(message || t('main.request.failed'))
  }
}

/**
 * Registers one ipcMain.handle per contract channel through the wrapper. Senders that fail the trust
 * check get an error envelope and the handler never runs. Returns a function that unregisters them all.
 */
export function registerIpc(
  ipcMain: IpcMainLike,
  table: HandlerTable,
  isTrustedSender: (event: SenderEvent) => boolean,
  logger: Logger,
): () => void {
  for (const method of METHODS) {
    ipcMain.handle(contract[method].channel, async (event, payload) => {
      let trusted = false
      try {
        trusted = isTrustedSender(event)
      } catch (error) {
        logger.error('ipc: sender check failed', error)
      }
      if (!trusted) {
        logger.warn(`ipc: refused ${method} from untrusted sender ${event.senderFrame?.url ?? '(no frame)'}`)
        return failure('Refused: this request did not come from an Eventide window')
      }
      return invokeHandler(table, method, payload, logger)
    })
  }
  return () => {
    for (const method of METHODS) ipcMain.removeHandler(contract[method].channel)
  }
}

/**
 * Trusted = the top frame shows our own renderer page, and its webContents is one of our windows.
 * Both checks: a frame URL alone can be spoofed by a navigation, a window alone could host a foreign page.
 */
export function createSenderCheck(deps: {
  isAppUrl: (url: string) => boolean
  windows: () => readonly WindowLike[]
}): (event: SenderEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    if (!deps.isAppUrl(frame.url)) return false
    return deps.windows().some((w) => !w.isDestroyed() && w.webContents.id === event.sender.id)
  }
}

/** Pushes a fresh snapshot to every open window. */
export function broadcast(windows: readonly WindowLike[], snapshot: Snapshot, logger: Logger): void {
  for (const window of windows) {
    if (window.isDestroyed()) continue
    try {
      window.webContents.send(STATE_CHANNEL, snapshot)
    } catch (error) {
      logger.warn('ipc: could not push state to a window', error)
    }
  }
}
