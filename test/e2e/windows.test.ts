// Journeys through the built windows in Debian's Chromium, bridged to the real handler table and a real store.
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { invokeHandler } from '../../electron/ipc.ts'
import { SETTINGS_FORMAT } from '../../electron/store-migrations.ts'
import { documentPath } from '../../electron/store-recovery.ts'
import { strings } from '../../renderer/strings.ts'
import { DISCLAIMER } from '../../shared/protocol.ts'
import { browserTierSkip } from './harness/browser.ts'
import { focusIndicator } from './harness/checks.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import {
  fieldError,
  focusedName,
  isFocused,
  progressText,
  stepButton,
  stepInstants,
  stepState,
  stepTimes,
  whenReady,
} from './harness/views.ts'

const NIGHT = '2026-11-24'
const POLL = { timeout: 5_000, interval: 50 }
const skip = browserTierSkip('test/e2e/windows.test.ts (windows in Chromium)')

/** Tonight's default steps at the default bedtime 22:30, seen at 20:00. */
const AT_2230: [string, string][] = [
  ['Last call for vigorous exercise', '18:30'],
  ['Warm socks or leg wraps', '19:00–20:00'],
  ['Warm bath or shower', '21:30–21:50'],
  ['Magnesium glycinate', '21:50'],
  ['Short walk or gentle stretch', '22:15'],
]
const AT_2300: [string, string][] = [
  ['Last call for vigorous exercise', '19:00'],
  ['Warm socks or leg wraps', '19:00–20:00'],
  ['Warm bath or shower', '22:00–22:20'],
  ['Magnesium glycinate', '22:20'],
  ['Short walk or gentle stretch', '22:45'],
]

describe.skipIf(skip !== null)(`windows in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  it('first run: disclaimer, bedtime and steps, then the checklist timed from that bedtime', async () => {
    const w = await tier.open()
    await w.open('first-run')
    await whenReady(w.page, 'first-run')
    await expect.poll(() => w.page.getByText(DISCLAIMER).isVisible(), POLL).toBe(true)

    await w.page.getByLabel(strings.firstRun.bedtimeLabel).fill('23:00')
    await w.page.getByRole('checkbox', { name: 'Short walk or gentle stretch' }).uncheck()
    await w.page.getByRole('checkbox', { name: 'Evening yoga or stretching' }).check()
    await w.page.getByRole('button', { name: strings.firstRun.start }).click()

    await w.page.waitForFunction(() => window.location.hash === '#/checklist')
    await whenReady(w.page, 'checklist')
    await expect
      .poll(() => stepTimes(w.page), POLL)
      .toEqual([
        ['Last call for vigorous exercise', '19:00'],
        ['Warm socks or leg wraps', '19:00–20:00'],
        ['Evening yoga or stretching', '21:00–21:20'],
        ['Warm bath or shower', '22:00–22:20'],
        ['Magnesium glycinate', '22:20'],
      ])
    const instants = await stepInstants(w.page)
    expect(instants, 'steps in time order').toEqual([...instants].sort((a, b) => a - b))
    expect(await progressText(w.page)).toMatch(/\b0 of 5\b/)

    const saved = w.backend.reopenStore().getSettings()
    expect(saved.bedtime).toBe('23:00')
    expect(saved.firstRunDone).toBe(true)
    expect(saved.steps.find((s) => s.id === 'pre-bed-walk')?.enabled).toBe(false)
    expect(saved.steps.find((s) => s.id === 'evening-yoga')?.enabled).toBe(true)
    expect(saved.steps.filter((s) => s.enabled).map((s) => s.id)).toEqual([
      'exercise-cutoff',
      'warm-socks',
      'warm-bath',
      'magnesium',
      'evening-yoga',
    ])
    await expectNoProblems(w)
  })

  it('tick a step done and undo it: the checklist and the store agree at each turn', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    expect(await stepTimes(w.page)).toEqual(AT_2230)
    expect(await stepState(w.page, 'Magnesium glycinate')).toBe(strings.step.states.upcoming)

    await stepButton(w.page, 'Magnesium glycinate', strings.step.done).click()
    await expect.poll(() => stepState(w.page, 'Magnesium glycinate'), POLL).toBe('Done at 20:00')
    expect(await progressText(w.page)).toMatch(/\b1 of 5\b/)
    expect(w.backend.reopenStore().getNight(NIGHT).steps.magnesium).toEqual({
      status: 'done',
      at: '2026-11-24T20:00:00+01:00',
    })

    await stepButton(w.page, 'Magnesium glycinate', strings.step.undo).click()
    await expect.poll(() => stepState(w.page, 'Magnesium glycinate'), POLL).toBe(strings.step.states.upcoming)
    expect(await progressText(w.page)).toMatch(/\b0 of 5\b/)
    expect(w.backend.reopenStore().getNight(NIGHT).steps.magnesium).toBeUndefined()
    await expectNoProblems(w)
  })

  it("moving tonight's bedtime 30 minutes later moves the bedtime steps with it, and back", async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')

    await w.page.getByRole('button', { name: strings.bedtime.later30 }).click()
    await expect.poll(() => stepTimes(w.page), POLL).toEqual(AT_2300)
    await expect.poll(() => w.page.getByText(strings.bedtime.tonight('23:00')).isVisible(), POLL).toBe(true)
    const moved = w.backend.reopenStore()
    expect(moved.getNight(NIGHT).bedtimeOverride).toBe('23:00')
    expect(moved.getSettings().bedtime, 'the everyday bedtime stays').toBe('22:30')

    await w.page.getByRole('button', { name: strings.bedtime.backToUsual }).click()
    await expect.poll(() => stepTimes(w.page), POLL).toEqual(AT_2230)
    expect(w.backend.reopenStore().getNight(NIGHT).bedtimeOverride).toBeUndefined()
    await expectNoProblems(w)
  })

  it('a new everyday bedtime saved in settings moves the checklist', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    await w.page.getByRole('button', { name: strings.nav.openSettings }).click()
    await w.settle()
    expect(backend.openedViews, 'main was asked to open the settings window').toEqual(['settings'])
    await whenReady(w.page, 'settings')

    await w.page.getByLabel(strings.settings.everyday).fill('23:00')
    await w.page.getByRole('button', { name: strings.settings.save }).click()
    await expect
      .poll(() => w.page.getByRole('status').filter({ hasText: strings.settings.saved }).count(), POLL)
      .toBe(1)
    expect(w.backend.reopenStore().getSettings().bedtime).toBe('23:00')

    // Back to tonight asks main for the checklist window (the harness shows it in this page).
    await w.page.getByRole('button', { name: strings.nav.backToTonight }).click()
    await w.settle()
    expect(backend.openedViews).toEqual(['settings', 'checklist'])
    await whenReady(w.page, 'checklist')
    await expect.poll(() => stepTimes(w.page), POLL).toEqual(AT_2300)
    await expectNoProblems(w)
  })

  it('an impossible bedtime is refused with a message saying what is allowed, and nothing is saved', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const file = documentPath(backend.directory, SETTINGS_FORMAT)
    const before = await readFile(file, 'utf8')
    const w = await tier.open({ backend })
    await w.open('settings')
    await whenReady(w.page, 'settings')

    const field = w.page.getByLabel(strings.settings.everyday)
    expect(await field.getAttribute('type'), 'a time input, so 25:00 cannot be typed').toBe('time')
    // Typing into a time input still works; a time missing a part reads as empty, and Save refuses it.
    await field.fill('')
    await w.page.getByRole('button', { name: strings.settings.save }).click()
    await expect.poll(() => field.getAttribute('aria-invalid'), POLL).toBe('true')
    const message = await fieldError(field)
    // What to type instead, in plain words (renderer/settings/validation.ts).
    expect(message).toContain('Enter a time like 22:30.')

    await expect
      .poll(() => w.page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).count(), POLL)
      .toBe(1)
    expect(w.backend.reopenStore().getSettings().bedtime).toBe('22:30')
    expect(await readFile(file, 'utf8'), 'the settings file is untouched').toBe(before)
    await expectNoProblems(w)
  })

  it('a snapshot pushed by main updates an open checklist without reloading it', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    await w.page.evaluate(() => Object.assign(window, { __sameDocument: true }))

    // As the tray's "Done" would: straight through the handler table, not through this window.
    const envelope = await invokeHandler(
      backend.table,
      'setStepStatus',
      {
        stepId: 'magnesium',
        status: 'done',
      },
      backend.logger,
    )
    expect(envelope.ok).toBe(true)
    await expect.poll(() => stepState(w.page, 'Magnesium glycinate'), POLL).toBe('Done at 20:00')
    expect(await progressText(w.page)).toMatch(/\b1 of 5\b/)

    // 21:30: the bath comes due; main's scheduler pushes on its re-check.
    expect(await stepState(w.page, 'Warm bath or shower')).toBe(strings.step.states.upcoming)
    await w.advanceClock(90 * 60_000)
    await expect.poll(() => stepState(w.page, 'Warm bath or shower'), POLL).toBe(strings.step.states.due)
    expect(
      await w.page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
    ).toBe(true)
    await expectNoProblems(w)
  })

  it('by keyboard alone: Tab to a Done button, press Enter, then Space on Undo, with focus visible', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')

    const done = stepButton(w.page, 'Magnesium glycinate', strings.step.done)
    const seen: string[] = []
    while (!(await isFocused(done))) {
      if (seen.length >= 60)
        throw new Error(`Tab never reached the Done button; focus went: ${seen.join(' → ')}`)
      await w.page.keyboard.press('Tab')
      seen.push(await focusedName(w.page))
    }
    const ring = await focusIndicator(w.page)
    expect(ring, 'the focused Done button shows a focus indicator').not.toBeNull()
    expect(ring?.outline !== 'none' || ring?.boxShadow !== 'none', JSON.stringify(ring)).toBe(true)

    await w.page.keyboard.press('Enter')
    await expect.poll(() => stepState(w.page, 'Magnesium glycinate'), POLL).toBe('Done at 20:00')
    expect(w.backend.reopenStore().getNight(NIGHT).steps.magnesium?.status).toBe('done')

    // Focus stays with the step: its Undo button takes it, so Space undoes without hunting for it.
    await expect
      .poll(() => isFocused(stepButton(w.page, 'Magnesium glycinate', strings.step.undo)), POLL)
      .toBe(true)
    const undoRing = await focusIndicator(w.page)
    expect(undoRing?.outline !== 'none' || undoRing?.boxShadow !== 'none', JSON.stringify(undoRing)).toBe(
      true,
    )
    await w.page.keyboard.press('Space')
    await expect.poll(() => stepState(w.page, 'Magnesium glycinate'), POLL).toBe(strings.step.states.upcoming)
    expect(w.backend.reopenStore().getNight(NIGHT).steps.magnesium).toBeUndefined()
    await expectNoProblems(w)
  })
})
