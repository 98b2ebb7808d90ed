// Every window, in both themes, at 100 % and 200 %: axe-core finds nothing, nothing scrolls sideways, and a
// screenshot of each lands in test-output/screenshots for people to look at.
import { describe, expect, it } from 'vitest'
import { emptyNightRecord } from '../../shared/records.ts'
import type { Theme } from '../../shared/settings.ts'
import type { Backend } from './harness/backend.ts'
import { browserTierSkip } from './harness/browser.ts'
import { axeViolations, describeFindings, horizontalOverflow, screenshot } from './harness/checks.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { stepItem, whenReady } from './harness/views.ts'
import type { EventideWindow, RouteName } from './harness/window.ts'

const skip = browserTierSkip('test/e2e/windows-look.test.ts (axe and screenshots in Chromium)')
const ROUTES: RouteName[] = ['first-run', 'checklist', 'settings']
/** 21:35 on the evening: some steps behind, one due, some ahead, so every state is on screen. */
const EVENING = Date.parse('2026-11-24T21:35:00+01:00')

/** A night with a step done, one skipped and one missed; the bath is due and the rest are ahead. */
function seedEvening(backend: Backend, theme: Theme): void {
  backend.seedSettings({ theme })
  backend.store.setNight('2026-11-24', {
    ...emptyNightRecord(),
    steps: {
      'exercise-cutoff': { status: 'done', at: '2026-11-24T18:40:00+01:00' },
      'warm-socks': { status: 'missed', at: '2026-11-24T20:15:00+01:00' },
    },
  })
}

/** Opens a view, shows its details, checks it with axe and for sideways scrolling, and saves a screenshot. */
async function lookAt(w: EventideWindow, route: RouteName, name: string): Promise<string[]> {
  await w.open(route)
  await whenReady(w.page, route)
  if (route === 'checklist') {
    await stepItem(w.page, 'Magnesium glycinate')
      .getByRole('button', { name: /^Why this helps/ })
      .click()
  }
  const findings = await axeViolations(w.page)
  expect(findings, `axe-core on ${name}:\n${describeFindings(findings)}`).toEqual([])
  expect(await horizontalOverflow(w.page), `${name} scrolls sideways`).toEqual([])
  // One primary button at most, so one action stands out in each view.
  const primaries = await w.page.locator('button.primary').allTextContents()
  expect(primaries.length, `primary buttons on ${name}: ${primaries.join(', ')}`).toBeLessThanOrEqual(1)
  return screenshot(w.page, name)
}

describe.skipIf(skip !== null)(`how the windows look in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  for (const zoom of [1, 2] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`every view follows a ${scheme} system at ${zoom * 100} %`, async () => {
        const backend = await tier.backend({ startMs: EVENING })
        seedEvening(backend, 'system')
        const w = await tier.open({ backend, colorScheme: scheme, zoom })
        const shots: string[] = []
        for (const route of ROUTES) {
          shots.push(...(await lookAt(w, route, `${route}-${scheme}-${zoom * 100}`)))
          expect(await w.page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme)
        }
        console.info(`screenshots:\n  ${shots.join('\n  ')}`)
        await expectNoProblems(w)
      })
    }
  }

  for (const [theme, system] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    it(`the ${theme} theme chosen in settings wins over a ${system} system`, async () => {
      const backend = await tier.backend({ startMs: EVENING })
      seedEvening(backend, theme)
      const w = await tier.open({ backend, colorScheme: system })
      const shots: string[] = []
      for (const route of ROUTES) {
        shots.push(...(await lookAt(w, route, `${route}-chosen-${theme}-100`)))
        expect(await w.page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme)
      }
      console.info(`screenshots:\n  ${shots.join('\n  ')}`)
      await expectNoProblems(w)
    })
  }

  // The checks above pass only if they can fail: prove each one sees a planted fault.
  it('the checks catch a control without a label, an inline script and a too-wide element', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    await w.page.evaluate(() => {
      const main = document.querySelector('main')
      const input = document.createElement('input')
      const wide = document.createElement('div')
      wide.style.width = '5000px'
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      main?.append(input, wide, script)
    })
    expect((await axeViolations(w.page)).map((f) => f.id)).toContain('label')
    expect((await horizontalOverflow(w.page)).length).toBeGreaterThan(0)
    await expect
      .poll(() => w.problems.some((p) => p.startsWith('CSP violation: script-src')), { timeout: 5_000 })
      .toBe(true)
    expect(await w.page.evaluate(() => 'inlineRan' in window), 'the inline script was blocked').toBe(false)
    w.problems.length = 0
  })
})
