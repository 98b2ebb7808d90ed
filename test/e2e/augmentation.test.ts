// Issue 14 in Chromium: a seeded year with a pramipexole start and onset creeping earlier shows the
// augmentation prompt on the checklist and on the doctor's summary; the summary printed to PDF through
// Chromium (page.pdf), rendered to PNG with pdftoppm for review, in a light and a dark system theme, and
// the printed page checked to be light.
import { execFile } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { healthStrings } from '../../renderer/strings-health.ts'
import { summaryStrings } from '../../renderer/strings-summary.ts'
import { formatLongDate } from '../../shared/i18n/index.ts'
import { DOSE_CHANGE, PRAMIPEXOLE_START, seedAugmentationYear } from './harness/augmentation-seed.ts'
import { browserTierSkip } from './harness/browser.ts'
import { axeViolations, describeFindings, SCREENSHOT_DIR } from './harness/checks.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'

const run = promisify(execFile)
const PROMPT_TITLE = 'Ask your prescriber to look at how your symptoms are changing'
const POLL = { timeout: 10_000, interval: 50 }

/** Whether pdftoppm (Debian's poppler-utils) is on the PATH. */
async function hasPdftoppm(): Promise<boolean> {
  try {
    await run('pdftoppm', ['-v'])
    return true
  } catch {
    return false
  }
}

const browserSkip = browserTierSkip('test/e2e/augmentation.test.ts (augmentation watch and printed summary)')
const popplerMissing = (await hasPdftoppm()) ? null : 'pdftoppm (apt package poppler-utils) is not installed'
if (popplerMissing && !browserSkip) {
  if (process.env.CI === 'true') throw new Error(`test/e2e/augmentation.test.ts: ${popplerMissing}`)
  console.warn(`\n*** SKIPPING the summary print check: ${popplerMissing} ***\n`)
}

/** Share of pixels darker than 80 of 255 on a binary PPM (P6) image: a dark page is mostly dark. */
function darkShare(ppm: Buffer): number {
  // Header: "P6\n<w> <h>\n255\n".
  const header = ppm.subarray(0, 40).toString('latin1').split(/\s+/)
  const width = Number(header[1])
  const height = Number(header[2])
  const offset = ppm.length - width * height * 3
  let dark = 0
  for (let p = offset; p < ppm.length; p += 3) {
    const lum = 0.2126 * (ppm[p] ?? 0) + 0.7152 * (ppm[p + 1] ?? 0) + 0.0722 * (ppm[p + 2] ?? 0)
    if (lum < 80) dark++
  }
  return dark / (width * height)
}

describe.skipIf(browserSkip !== null)(
  `augmentation watch in Chromium${browserSkip ? ` (SKIPPED: ${browserSkip})` : ''}`,
  () => {
    const tier = useBrowserTier()

    it('a year on pramipexole with onset creeping earlier shows the augmentation prompt on the checklist', async () => {
      const backend = await tier.backend()
      seedAugmentationYear(backend)
      const w = await tier.open({ backend })
      await w.open('checklist')
      await whenReady(w.page, 'checklist')
      const banner = w.page.locator('.prompt-list li').filter({ hasText: PROMPT_TITLE })
      await expect.poll(() => banner.count(), POLL).toBe(1)
      const text = (await banner.textContent()) ?? ''
      expect(text).toContain('augmentation')
      expect(text).toContain('Do not change or stop the medicine on your own')
      expect(text).toMatch(/earlier than around 2\d:\d\d from \d{1,2} \w{3,4} \d{4} to \d{1,2} \w{3,4} \d{4}/)
      expect(text).toContain('arms or trunk on 5 nights: 30 Oct 2026, 4 Nov 2026')
      await expectNoProblems(w)
    })

    for (const scheme of ['light', 'dark'] as const) {
      it(`the summary names the pattern with dates and prints light in a ${scheme} system theme`, async () => {
        const backend = await tier.backend()
        seedAugmentationYear(backend)
        const w = await tier.open({ backend, colorScheme: scheme })
        await w.open('summary')
        await whenReady(w.page, 'summary')
        const page = w.page.locator('.summary-page')
        const text = ((await page.textContent()) ?? '').replace(/\s+/g, ' ')
        expect(text).toContain(healthStrings.summary.promptsHeading)
        expect(text).toContain('Possible augmentation on Pramipexole')
        expect(text).toContain(
          `${formatLongDate(PRAMIPEXOLE_START)}Started Pramipexole, 0.088 mg (dopamine-type medicine)`,
        )
        expect(text).toContain(`${formatLongDate(DOSE_CHANGE)}Pramipexole: dose changed to 0.18 mg`)
        expect(text).toContain(summaryStrings.augmentationIntro(true))
        expect(text).toMatch(/Symptoms started around 19:\d\d \(median\)/)
        expect(text).toContain('not the IRLS')
        expect(text).toMatch(
          /From 89 diary nights: average total sleep 6 h \d\d min, sleep efficiency \d\d %/,
        )
        expect(await page.locator('.weekly-chart').count()).toBe(4)
        const findings = await axeViolations(w.page)
        expect(findings, describeFindings(findings)).toEqual([])

        if (popplerMissing) return
        await mkdir(SCREENSHOT_DIR, { recursive: true })
        const pdfPath = join(SCREENSHOT_DIR, `summary-print-${scheme}.pdf`)
        const pdf = await w.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
        await writeFile(pdfPath, pdf)
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        // For people to look at: every page as PNG.
        await run('pdftoppm', ['-png', '-r', '70', pdfPath, join(SCREENSHOT_DIR, `summary-print-${scheme}`)])
        // For the check: page 1 at low resolution as raw pixels.
        const probe = join(SCREENSHOT_DIR, `summary-print-${scheme}-probe`)
        await run('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-singlefile', pdfPath, probe])
        const share = darkShare(await readFile(`${probe}.ppm`))
        expect(share, `dark share of printed page 1 in a ${scheme} theme`).toBeLessThan(0.1)
        console.info(`printed summary: ${pdfPath} (+ PNG pages), dark share ${share.toFixed(3)}`)
        await expectNoProblems(w)
      }, 60_000)
    }
  },
)
