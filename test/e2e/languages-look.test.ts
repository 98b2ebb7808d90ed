// Every window in English, German (the longest) and Spanish, at 100 % and 200 %: the words are the chosen
// language's, nothing scrolls sideways, axe-core finds nothing, one primary button at most, screenshots saved.
// A doctor prompt is on, so the checklist's banner and the other windows' badge are measured too.
import { afterEach, describe, expect, it } from 'vitest'
import { type Locale, setLocale } from '../../shared/i18n/index.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import type { Backend } from './harness/backend.ts'
import { browserTierSkip } from './harness/browser.ts'
import { axeViolations, describeFindings, horizontalOverflow, screenshot } from './harness/checks.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'
import type { RouteName } from './harness/window.ts'

const skip = browserTierSkip('test/e2e/languages-look.test.ts (three languages in Chromium)')
const ROUTES: RouteName[] = ['checklist', 'settings', 'first-run', 'check-in', 'history', 'health', 'summary']
const EVENING = Date.parse('2026-11-24T21:35:00+01:00')

/** A heading each view shows, in each language, so the test knows the page is not in English by accident. */
const EXPECTED: Record<Locale, Record<string, string>> = {
  en: {
    checklist: 'Tonight',
    settings: 'Settings',
    'first-run': 'Welcome to Eventide',
    'check-in': 'Morning check-in',
    history: 'History',
    health: 'Labs and medicines',
    summary: 'Restless legs summary',
  },
  de: {
    checklist: 'Heute Abend',
    settings: 'Einstellungen',
    'first-run': 'Willkommen bei Eventide',
    'check-in': 'Morgendlicher Check-in',
    history: 'Verlauf',
    health: 'Laborwerte und Medikamente',
    summary: 'Zusammenfassung: unruhige Beine',
  },
  es: {
    checklist: 'Esta noche',
    settings: 'Ajustes',
    'first-run': 'Le damos la bienvenida a Eventide',
    'check-in': 'Registro de la mañana',
    history: 'Historial',
    health: 'Análisis y medicamentos',
    summary: 'Resumen de piernas inquietas',
  },
}

function seed(backend: Backend, language: Locale): void {
  backend.seedSettings({ theme: 'light', language, health: { pregnant: false, kidneyDisease: true } })
  backend.store.setNight('2026-11-24', {
    ...emptyNightRecord(),
    steps: { 'exercise-cutoff': { status: 'done', at: '2026-11-24T18:40:00+01:00' } },
  })
}

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe.skipIf(skip !== null)(`the windows in three languages${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  for (const language of ['en', 'de', 'es'] as const) {
    for (const zoom of [1, 2] as const) {
      it(`${language} at ${zoom * 100} %: every window reads in ${language}, fits and passes axe`, async () => {
        // The harness finds buttons by the string modules' words; they follow the same catalogue.
        setLocale(language, language)
        const backend = await tier.backend({ startMs: EVENING })
        seed(backend, language)
        const w = await tier.open({ backend, zoom })
        const shots: string[] = []
        for (const route of ROUTES) {
          await w.open(route)
          await whenReady(w.page, route)
          const heading = EXPECTED[language][route] ?? ''
          await w.page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor()
          expect(await w.page.evaluate(() => document.documentElement.lang)).toMatch(
            new RegExp(`^${language}`),
          )
          const findings = await axeViolations(w.page)
          expect(findings, `axe-core on ${route} (${language}):\n${describeFindings(findings)}`).toEqual([])
          expect(await horizontalOverflow(w.page), `${route} in ${language} scrolls sideways`).toEqual([])
          const primaries = await w.page.locator('button.primary').allTextContents()
          expect(
            primaries.length,
            `primary buttons on ${route}: ${primaries.join(', ')}`,
          ).toBeLessThanOrEqual(1)
          shots.push(...(await screenshot(w.page, `lang-${route}-${language}-${zoom * 100}`)))
        }
        console.info(`screenshots:\n  ${shots.join('\n  ')}`)
        await expectNoProblems(w)
        // Seven windows, each checked by axe: several journeys' worth of time.
      }, 180_000)
    }
  }
})
