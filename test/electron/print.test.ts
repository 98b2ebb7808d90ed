// Printing a view to PDF: waits for the page to say its data is drawn, prints A4 with backgrounds, and
// always destroys the hidden window, also when the page never gets ready.
import { describe, expect, it, vi } from 'vitest'
import { createPdfPrinter, type PrintableWindow } from '../../electron/print.ts'
import type { View } from '../../shared/ipc.ts'

function fakeWindow(readyAfterChecks: number) {
  let checks = 0
  let destroyed = false
  const window: PrintableWindow = {
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true
    },
    webContents: {
      executeJavaScript: vi.fn(async (code: string) => {
        expect(code).toContain('data-print-ready')
        checks++
        return checks > readyAfterChecks
      }),
      printToPDF: vi.fn(async () => new Uint8Array([1, 2, 3])),
    },
  }
  return { window, destroyed: () => destroyed, checks: () => checks }
}

const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() })

describe('createPdfPrinter', () => {
  it('prints once the page is ready, as A4 with backgrounds, then destroys the window', async () => {
    const fake = fakeWindow(3)
    const opened: View[] = []
    const print = createPdfPrinter({
      openHidden: (view) => {
        opened.push(view)
        return { window: fake.window, loaded: Promise.resolve() }
      },
      logger: logger(),
      sleep: async () => {},
    })
    expect(await print('summary')).toEqual(new Uint8Array([1, 2, 3]))
    expect(opened).toEqual(['summary'])
    expect(fake.checks()).toBe(4)
    expect(fake.window.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true })
    expect(fake.destroyed()).toBe(true)
  })

  it('gives up with a clear error when the page never gets ready, and still destroys the window', async () => {
    const fake = fakeWindow(Number.POSITIVE_INFINITY)
    const log = logger()
    const print = createPdfPrinter({
      openHidden: () => ({ window: fake.window, loaded: Promise.resolve() }),
      logger: log,
      timeoutMs: 1000,
      sleep: async () => {},
    })
    await expect(print('summary')).rejects.toThrow(/summary page did not finish drawing within 1 s/)
    expect(fake.window.webContents.printToPDF).not.toHaveBeenCalled()
    expect(fake.destroyed()).toBe(true)
    expect(log.error).toHaveBeenCalled()
  })

  it('reports a page that fails to load', async () => {
    const fake = fakeWindow(0)
    const print = createPdfPrinter({
      openHidden: () => ({ window: fake.window, loaded: Promise.reject(new Error('ERR_FILE_NOT_FOUND')) }),
      logger: logger(),
    })
    await expect(print('summary')).rejects.toThrow('ERR_FILE_NOT_FOUND')
    expect(fake.destroyed()).toBe(true)
  })
})
