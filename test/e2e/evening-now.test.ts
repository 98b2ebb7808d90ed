// The evening as a person sees it in Chromium: the Now card at 19:30, 21:55, 22:40, 23:45 and 08:30, in light and
// dark, checked by its text, with screenshots saved for review; the smallest window still shows the Now card;
// and the first-run window shows "Start my evening" without scrolling.
import { describe, expect, it } from 'vitest'
import { WINDOW_SIZES } from '../../electron/windows.ts'
import { strings } from '../../renderer/strings.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { browserTierSkip } from './harness/browser.ts'
import { axeViolations, describeFindings, horizontalOverflow, screenshot } from './harness/checks.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { nowCardLines, whenReady } from './harness/views.ts'

const skip = browserTierSkip('test/e2e/evening-now.test.ts (the Now card in Chromium)')
const POLL = { timeout: 5_000, interval: 50 }
/** The smallest checklist window main allows (electron/windows.ts minWidth × minHeight). */
const SMALLEST = { width: 360, height: 420 }

/** The evening of 2026-11-24 (bedtime 22:30): the cut-off acknowledged, socks on, the bath taken. */
const SEEDED = {
  ...emptyNightRecord(),
  steps: {
    'exercise-cutoff': { status: 'done' as const, at: '2026-11-24T18:35:00+01:00' },
    'warm-socks': { status: 'done' as const, at: '2026-11-24T19:10:00+01:00' },
    'warm-bath': { status: 'done' as const, at: '2026-11-24T21:45:00+01:00' },
  },
}

const MOMENTS: { at: string; name: string; seed: boolean; lines: string[] }[] = [
  {
    at: '2026-11-24T19:30:00+01:00',
    name: '1930',
    seed: false,
    lines: [
      'Now: Warm socks or leg wraps',
      'Put on warm socks or wrap your legs, some time between 19:00 and 20:00.',
      'Next: Warm bath or shower at 21:30',
      'Bed 22:30',
    ],
  },
  {
    at: '2026-11-24T21:55:00+01:00',
    name: '2155',
    seed: true,
    lines: [
      'Now: Magnesium glycinate',
      '300–400 mg at 21:50, 40 minutes before bed.',
      'Next: Short walk or gentle stretch at 22:15',
      'Bed 22:30',
    ],
  },
  {
    at: '2026-11-24T22:40:00+01:00',
    name: '2240',
    seed: true,
    lines: [
      'Now: Magnesium glycinate',
      '300–400 mg at 21:50, 40 minutes before bed. 1 more step is due.',
      'Bed 22:30',
    ],
  },
  { at: '2026-11-24T23:45:00+01:00', name: '2345', seed: true, lines: ['Last night: 3 of 5 done'] },
  { at: '2026-11-25T08:30:00+01:00', name: '0830', seed: true, lines: ['Last night: 3 of 5 done'] },
]

describe.skipIf(skip !== null)(`the Now card in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  for (const scheme of ['light', 'dark'] as const) {
    it(`tells the right thing through the evening and the next morning (${scheme})`, async () => {
      const shots: string[] = []
      for (const moment of MOMENTS) {
        const backend = await tier.backend({ startMs: Date.parse(moment.at) })
        backend.seedSettings()
        if (moment.seed) backend.store.setNight('2026-11-24', SEEDED)
        const w = await tier.open({ backend, colorScheme: scheme })
        await w.open('checklist')
        await whenReady(w.page, 'checklist')
        await expect.poll(() => nowCardLines(w.page), POLL).toEqual(moment.lines)
        const card = w.page.locator('.now-card')
        // The Now card is first under the header and in view on opening.
        expect(await card.isVisible()).toBe(true)
        const closed = moment.lines[0]?.startsWith('Last night')
        const pause = w.page.getByRole('button', { name: strings.checklist.pause, exact: true })
        expect(await pause.count(), `${moment.name}: Pause tonight`).toBe(closed ? 0 : 1)
        if (closed) {
          // Over: nothing offers Snooze, and the steps are not "Due now".
          expect(await w.page.getByRole('button', { name: /^Snooze/ }).count(), moment.name).toBe(0)
          expect(await w.page.getByText(strings.step.states.due, { exact: true }).count(), moment.name).toBe(
            0,
          )
        }
        if (!closed) {
          // Done in the card acts on the Now step.
          expect(await card.getByRole('button', { name: /^Done: / }).count()).toBe(1)
        }
        const findings = await axeViolations(w.page)
        expect(findings, `axe-core at ${moment.name}:\n${describeFindings(findings)}`).toEqual([])
        expect(await horizontalOverflow(w.page)).toEqual([])
        shots.push(...(await screenshot(w.page, `now-${moment.name}-${scheme}`)))
        await expectNoProblems(w)
        await w.close()
      }
      console.info(`screenshots:\n  ${shots.join('\n  ')}`)
    })
  }

  it('ticking Done in the Now card moves it on to the next step', async () => {
    const backend = await tier.backend({ startMs: Date.parse('2026-11-24T21:55:00+01:00') })
    backend.seedSettings()
    backend.store.setNight('2026-11-24', SEEDED)
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    await w.page.locator('.now-card').getByRole('button', { name: 'Done: Magnesium glycinate' }).click()
    await expect
      .poll(() => nowCardLines(w.page), POLL)
      .toEqual(['Next: Short walk or gentle stretch at 22:15', 'Bed 22:30'])
    expect(backend.store.getNight('2026-11-24').steps.magnesium?.status).toBe('done')
    await expectNoProblems(w)
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`the smallest window (${SMALLEST.width} × ${SMALLEST.height}) shows the Now card with its buttons (${scheme})`, async () => {
      const backend = await tier.backend({ startMs: Date.parse('2026-11-24T21:55:00+01:00') })
      backend.seedSettings()
      backend.store.setNight('2026-11-24', SEEDED)
      const w = await tier.open({ backend, colorScheme: scheme })
      await w.open('checklist')
      await w.page.setViewportSize(SMALLEST)
      await whenReady(w.page, 'checklist')
      const card = w.page.locator('.now-card')
      const shots = await screenshot(w.page, `now-smallest-${scheme}`)
      const box = await card.boundingBox()
      expect(box, 'the Now card has a box').not.toBeNull()
      // Wholly inside the first screen, with Done and Snooze, and nothing scrolls sideways.
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(SMALLEST.height)
      expect(await card.getByRole('button', { name: 'Done: Magnesium glycinate' }).isVisible()).toBe(true)
      expect(await card.getByRole('button', { name: 'Snooze: Magnesium glycinate' }).isVisible()).toBe(true)
      expect(await horizontalOverflow(w.page)).toEqual([])
      console.info(`screenshots:\n  ${shots.join('\n  ')}`)
      await expectNoProblems(w)
    })
  }

  it('first run shows "Start my evening" without scrolling, then opens the checklist at its top', async () => {
    const w = await tier.open()
    await w.open('first-run')
    await whenReady(w.page, 'first-run')
    const start = w.page.getByRole('button', { name: strings.firstRun.start })
    const size = WINDOW_SIZES['first-run']
    const box = await start.boundingBox()
    expect(box, 'the start button has a box').not.toBeNull()
    expect(await w.page.evaluate(() => window.scrollY)).toBe(0)
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(size.height)
    console.info(`screenshots:\n  ${(await screenshot(w.page, 'first-run-start')).join('\n  ')}`)
    await start.click()
    await w.page.waitForFunction(() => window.location.hash === '#/checklist')
    await whenReady(w.page, 'checklist')
    await expect.poll(() => w.page.evaluate(() => window.scrollY), POLL).toBe(0)
    expect(await w.page.locator('.now-card').isVisible()).toBe(true)
    await expectNoProblems(w)
  })
})
