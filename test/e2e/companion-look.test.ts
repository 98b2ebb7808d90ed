// The companion views (check-in, history, health, summary) with a year of data, in both themes at 100 % and
// 200 %: axe-core finds nothing, nothing scrolls sideways, no console error, and a screenshot of each lands
// in test-output/screenshots for people to look at.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { historyStrings } from '../../renderer/strings-history.ts'
import { looksStrings } from '../../renderer/strings-looks.ts'
import type { Backend } from './harness/backend.ts'
import { browserTierSkip } from './harness/browser.ts'
import {
  axeViolations,
  describeFindings,
  horizontalOverflow,
  SCREENSHOT_DIR,
  screenshot,
} from './harness/checks.ts'
import { paintedContrast } from './harness/contrast.ts'
import { yearOfJournal, yearOfNights } from './harness/seed.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'
import type { EventideWindow, RouteName } from './harness/window.ts'

const skip = browserTierSkip('test/e2e/companion-look.test.ts (companion views: axe and screenshots)')
const VIEWS: RouteName[] = ['check-in', 'history', 'health', 'summary']
const POLL = { timeout: 10_000, interval: 50 }

/** A year of nights, a watched medicine and a kidney-disease flag, so notes and a doctor prompt show too. */
function seedCompanion(backend: Backend): void {
  backend.seedSettings({ theme: 'system', health: { pregnant: false, kidneyDisease: true } })
  backend.store.setNights(yearOfNights())
  const journal = yearOfJournal()
  journal.medicines.push({ id: 'med-look-1', name: 'ZzzQuil', kind: 'medicine', dose: '30 ml' })
  backend.store.setJournal(journal)
}

/** How many charts a view draws on a canvas once its data is in. */
const CANVASES: Partial<Record<RouteName, number>> = { history: 2, health: 2 }

async function lookAt(w: EventideWindow, view: RouteName, name: string): Promise<string[]> {
  await w.open(view)
  await whenReady(w.page, view)
  const charts = CANVASES[view] ?? 0
  if (charts > 0) {
    await expect
      .poll(() => w.page.locator('.chart-canvas canvas').count(), POLL)
      .toBeGreaterThanOrEqual(charts)
  }
  const findings = await axeViolations(w.page)
  expect(findings, `axe-core on ${name}:\n${describeFindings(findings)}`).toEqual([])
  expect(await horizontalOverflow(w.page), `${name} scrolls sideways`).toEqual([])
  // One primary button at most, so one action stands out in each view.
  const primaries = await w.page.locator('button.primary').allTextContents()
  expect(primaries.length, `primary buttons on ${name}: ${primaries.join(', ')}`).toBeLessThanOrEqual(1)
  return screenshot(w.page, name)
}

describe.skipIf(skip !== null)(
  `how the companion views look in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`,
  () => {
    const tier = useBrowserTier()

    for (const zoom of [1, 2] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        it(`check-in, history, health and summary in a ${scheme} system at ${zoom * 100} %`, async () => {
          const backend = await tier.backend()
          seedCompanion(backend)
          const w = await tier.open({ backend, colorScheme: scheme, zoom })
          const shots: string[] = []
          for (const view of VIEWS) {
            shots.push(...(await lookAt(w, view, `${view}-${scheme}-${zoom * 100}`)))
            expect(await w.page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme)
          }
          console.info(`screenshots:\n  ${shots.join('\n  ')}`)
          await expectNoProblems(w)
          // Four views with a year of data, each checked by axe: more than one journey's worth of time.
        }, 120_000)
      }
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`the 365-day charts in ${scheme}: a weekly average over the nightly points, each named in a legend`, async () => {
        const backend = await tier.backend()
        seedCompanion(backend)
        const w = await tier.open({ backend, colorScheme: scheme })
        await w.open('history')
        await whenReady(w.page, 'history')
        await w.page.getByRole('radio', { name: historyStrings.history.range(365), exact: true }).check()
        const legend = looksStrings.legend
        for (const text of [
          legend.symptomNights,
          legend.symptomAverage,
          legend.sleepNights,
          legend.sleepAverage,
        ]) {
          await w.page.getByText(text, { exact: true }).waitFor()
        }
        await expect
          .poll(() => w.page.locator('.chart-canvas canvas').count(), POLL)
          .toBeGreaterThanOrEqual(2)
        const findings = await axeViolations(w.page)
        expect(findings, `axe-core on history 365 days:\n${describeFindings(findings)}`).toEqual([])
        const charts = join(SCREENSHOT_DIR, `history-365-charts-${scheme}.png`)
        await w.page.locator('section[aria-labelledby="charts-heading"]').screenshot({ path: charts })
        const shots = [...(await screenshot(w.page, `history-365-${scheme}`)), charts]
        console.info(`screenshots:\n  ${shots.join('\n  ')}`)
        await expectNoProblems(w)
      }, 60_000)
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`hovering a calendar night keeps its digits readable (≥ 4.5:1) in ${scheme}, for every kind of night`, async () => {
        const backend = await tier.backend()
        seedCompanion(backend)
        const w = await tier.open({ backend, colorScheme: scheme })
        await w.open('history')
        await whenReady(w.page, 'history')
        const levels = ['complete', 'partial', 'none', 'neutral', 'empty']
        const measured: string[] = []
        for (const level of levels) {
          const cell = w.page.locator(`button.cal-cell.cal-${level}`).first()
          if ((await cell.count()) === 0) continue
          await cell.hover()
          // The hover rule is what is measured: the pointer must really be over this night.
          expect(await cell.evaluate((el) => el.matches(':hover'))).toBe(true)
          const { colour, backgrounds, ratio } = await paintedContrast(cell.locator('.cal-day'))
          measured.push(level)
          expect(
            ratio,
            `${level} night hovered in ${scheme}: ${colour} on ${backgrounds.join(' over ')}`,
          ).toBeGreaterThanOrEqual(4.5)
        }
        // A year of seeded nights has complete and partly done evenings at the least.
        expect(measured).toEqual(expect.arrayContaining(['complete', 'partial']))
        await screenshot(w.page, `history-hover-${scheme}`)
        await expectNoProblems(w)
      }, 60_000)
    }
  },
)
