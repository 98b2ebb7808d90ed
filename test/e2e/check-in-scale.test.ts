// The check-in's 0–10 scales in Chromium at the check-in window's size (100 %): all eleven options on one
// line in English, German and Spanish; the choice shown by its state only; a missing answer marks its group.
import { afterEach, describe, expect, it } from 'vitest'
import { CATALOGUES, type Locale, setLocale } from '../../shared/i18n/index.ts'
import { browserTierSkip } from './harness/browser.ts'
import { axeViolations, describeFindings, screenshot } from './harness/checks.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'

const skip = browserTierSkip('test/e2e/check-in-scale.test.ts (the check-in scale in Chromium)')
const MORNING = Date.parse('2026-11-25T08:30:00+01:00')
/** How the scale once repeated a choice of 5 as text, before those messages left the catalogue. */
const REPEATED_CHOICE: Record<Locale, string> = { en: 'Chosen: 5', de: 'Gewählt: 5', es: 'Elegido: 5' }

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe.skipIf(skip !== null)(`the check-in scale${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  for (const language of ['en', 'de', 'es'] as const satisfies readonly Locale[]) {
    it(`${language}: eleven options on one line per scale, and a missing answer marks its group`, async () => {
      setLocale(language, language)
      const words = CATALOGUES[language]
      const backend = await tier.backend({ startMs: MORNING })
      backend.seedSettings({ theme: 'light', language })
      const w = await tier.open({ backend })
      await w.open('check-in')
      await whenReady(w.page, 'check-in')
      const severity = w.page.getByRole('group', { name: words['checkIn.severityLegend'] })
      await severity.waitFor()

      for (const legend of [words['checkIn.severityLegend'], words['checkIn.sleepLegend']]) {
        const group = w.page.getByRole('group', { name: legend })
        const tops = await group
          .locator('.scale-option')
          .evaluateAll((options) => options.map((o) => (o as HTMLElement).offsetTop))
        expect(tops, `${legend} (${language})`).toHaveLength(11)
        expect(new Set(tops).size, `${legend} (${language}) wraps: offsetTop ${tops.join(', ')}`).toBe(1)
      }

      // Nothing chosen yet: Save marks the groups, with the error colour on the group's border.
      await w.page.getByRole('button', { name: words['checkIn.save'], exact: true }).click()
      await expect.poll(() => severity.getAttribute('aria-invalid')).toBe('true')
      const border = await severity.evaluate((el) => {
        const style = getComputedStyle(el)
        const probe = document.createElement('span')
        probe.style.color = 'var(--error)'
        el.append(probe)
        const error = getComputedStyle(probe).color
        probe.remove()
        return { border: style.borderTopColor, width: style.borderTopWidth, error }
      })
      expect(border.border, 'the group with the error has the error colour').toBe(border.error)
      expect(border.width).toBe('2px')

      // Choosing shows as the option's state; the choice is not repeated as text.
      const five = severity.getByRole('radio', { name: '5', exact: true })
      await five.click()
      expect(await five.isChecked()).toBe(true)
      expect(await severity.getAttribute('aria-invalid')).toBeNull()
      expect(await severity.textContent()).not.toContain(REPEATED_CHOICE[language])
      const findings = await axeViolations(w.page)
      expect(findings, `axe-core on the check-in (${language}):\n${describeFindings(findings)}`).toEqual([])
      await screenshot(w.page, `check-in-scale-${language}`)
      await expectNoProblems(w)
    })
  }
})
