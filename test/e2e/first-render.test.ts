// A window's first render already shows its data in the person's own language (issue 18's first paint, and
// words that follow the settings): tonight's snapshot and the saved language are fetched while the code loads,
// so the checklist never flashes "Loading…" or English before German. Recorded inside the page by a
// MutationObserver installed before any script; timings belong in `npm run bench`.
import { describe, expect, it } from 'vitest'
import { t } from '../../shared/i18n/index.ts'
import { browserTierSkip } from './harness/browser.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'

const skip = browserTierSkip('test/e2e/first-render.test.ts (what a window shows first)')
const EVENING = Date.parse('2026-11-24T21:35:00+01:00')

/** Every text #root has shown, in order, from its first child on. */
function recordRenders(): void {
  const w = window as unknown as { __renders: string[] }
  w.__renders = []
  new MutationObserver(() => {
    const root = document.getElementById('root')
    if (!root || root.childElementCount === 0) return
    const text = root.textContent ?? ''
    if (w.__renders.at(-1) !== text) w.__renders.push(text)
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

describe.skipIf(skip !== null)(`a window's first render${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  async function rendersOf(language: 'en' | 'de') {
    const backend = await tier.backend({ startMs: EVENING })
    backend.seedSettings({ language })
    const w = await tier.open({ backend })
    await w.page.addInitScript(recordRenders)
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    await expectNoProblems(w)
    const renders = await w.page.evaluate(() => (window as unknown as { __renders: string[] }).__renders)
    return { renders, steps: backend.evening.snapshot().steps.map((s) => s.title) }
  }

  it("the checklist's first render shows tonight's steps, never Loading", async () => {
    const { renders, steps } = await rendersOf('en')
    expect(renders[0]).toContain('Tonight')
    for (const title of steps) expect(renders[0]).toContain(title)
    expect(renders.filter((text) => text.includes(t('app.loading')))).toEqual([])
  })

  it('a person who chose German on an English system sees German from the first render', async () => {
    const { renders } = await rendersOf('de')
    expect(renders[0]).toContain('Heute Abend')
    expect(renders.filter((text) => text.includes('Tonight'))).toEqual([])
  })
})
