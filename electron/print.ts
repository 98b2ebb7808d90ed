// Prints a view to PDF through Chromium: an off-screen window loads the view, the page says when its data is
// drawn (data-print-ready on <html>), then webContents.printToPDF renders A4 pages.
import type { View } from '../shared/ipc.ts'
import type { PrintViewToPdf } from './data-transfer.ts'
import type { Logger } from './services.ts'

/** The renderer sets this attribute on document.documentElement once the view shows its real data. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready'
export const PRINT_READY_TIMEOUT_MS = 15_000
const POLL_MS = 100

/** The parts of a BrowserWindow the printer uses, so a test can hand in a fake. */
export interface PrintableWindow {
  isDestroyed(): boolean
  destroy(): void
  webContents: {
    executeJavaScript(code: string): Promise<unknown>
    printToPDF(options: { pageSize: 'A4'; printBackground: boolean }): Promise<Uint8Array>
  }
}

export interface PrinterDeps {
  openHidden(view: View): { window: PrintableWindow; loaded: Promise<void> }
  logger: Logger
  timeoutMs?: number
  /** Waits between readiness checks; setTimeout by default. */
  sleep?: (ms: number) => Promise<void>
}

const READY_CHECK = `document.documentElement.getAttribute('${PRINT_READY_ATTRIBUTE}') === 'true'`

export function createPdfPrinter(deps: PrinterDeps): PrintViewToPdf {
  const timeoutMs = deps.timeoutMs ?? PRINT_READY_TIMEOUT_MS
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))

  return async (view) => {
    const { window, loaded } = deps.openHidden(view)
    try {
      await loaded
      // The view fetches its data over IPC after the page loads; printing before it is drawn would print
      // a loading state, so wait for the page to say it is ready.
      let waited = 0
      while ((await window.webContents.executeJavaScript(READY_CHECK)) !== true) {
        if (waited >= timeoutMs) {
          throw new Error(`The ${view} page did not finish drawing within ${Math.round(timeoutMs / 1000)} s`)
        }
        await sleep(POLL_MS)
        waited += POLL_MS
      }
      return await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true })
    } catch (error) {
      deps.logger.error(`print: could not print ${view}`, error)
      throw error
    } finally {
      if (!window.isDestroyed()) window.destroy()
    }
  }
}
