// "Save as PDF" in the preview: the summary page printed by a headless Chromium (playwright-core), the way
// electron/print.ts prints it in the app, waiting for the page's data-print-ready mark first.
import { chromium } from 'playwright-core'

export async function printWithChromium(executablePath: string, url: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  })
  try {
    const page = await browser.newPage()
    await page.goto(url, { waitUntil: 'load' })
    await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 15_000 })
    return await page.pdf({ format: 'A4', printBackground: true })
  } finally {
    await browser.close()
  }
}
