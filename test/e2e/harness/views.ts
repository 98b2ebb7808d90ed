// How the journeys find things in the windows: by role and accessible name, the way a screen reader would.
import type { Locator, Page } from 'playwright-core'
import { strings } from '../../../renderer/strings.ts'
import { healthStrings } from '../../../renderer/strings-health.ts'
import { historyStrings } from '../../../renderer/strings-history.ts'
import type { RouteName } from './window.ts'

/** Waits until a view has loaded its data and shows its main control. */
export async function whenReady(page: Page, route: RouteName): Promise<void> {
  const button = (name: string) => page.getByRole('button', { name, exact: true })
  const heading = (name: string) => page.getByRole('heading', { name, exact: true })
  const controls: Record<RouteName, () => Locator> = {
    // The Now card heads the checklist in every state (an evening that is over has no Pause or Resume).
    checklist: () => page.locator('#now-headline'),
    settings: () => button(strings.settings.save),
    'first-run': () => button(strings.firstRun.start),
    'check-in': () => button(historyStrings.checkIn.save),
    // The streaks arrive with the loaded view; the data section is there even while loading.
    history: () => heading(historyStrings.history.streaksHeading),
    health: () => button(healthStrings.labs.add),
    // Set by the page itself once its data is drawn; main's printToPDF waits for the same mark.
    summary: () => page.locator('html[data-print-ready="true"]'),
  }
  await controls[route]().waitFor({ state: route === 'summary' ? 'attached' : 'visible' })
}

export function stepItem(page: Page, title: string): Locator {
  return page.getByRole('list', { name: strings.checklist.stepsLabel }).getByRole('listitem', { name: title })
}

/** The state text shown on a step, e.g. "Upcoming", "Due now", "Done at 20:00". */
export function stepState(page: Page, title: string): Promise<string> {
  return stepItem(page, title)
    .locator('.badge')
    .textContent()
    .then((t) => (t ?? '').trim())
}

/** Title -> time text ("21:50" or "19:00–20:00") for every step on the checklist, in the order shown. */
export function stepTimes(page: Page): Promise<[string, string][]> {
  return page
    .getByRole('list', { name: strings.checklist.stepsLabel })
    .evaluate((list) =>
      [...list.querySelectorAll(':scope > li')].map((li): [string, string] => [
        li.querySelector('h3')?.textContent?.trim() ?? '',
        li.querySelector('time')?.textContent?.trim() ?? '',
      ]),
    )
}

/** The instants (datetime attributes) of the steps shown, to check their order. */
export function stepInstants(page: Page): Promise<number[]> {
  return page
    .getByRole('list', { name: strings.checklist.stepsLabel })
    .evaluate((list) => [...list.querySelectorAll('time')].map((t) => Date.parse(t.dateTime)))
}

export function progressText(page: Page): Promise<string> {
  return page
    .locator('#progress-text')
    .textContent()
    .then((t) => (t ?? '').trim())
}

/** Roughly what a screen reader names the focused element: its aria-label, else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim()
  })
}

/** The error text an input points at through aria-describedby (what a screen reader reads after the label). */
export async function fieldError(input: Locator): Promise<string> {
  const ids = (await input.getAttribute('aria-describedby'))?.split(' ') ?? []
  const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"]`).textContent()))
  return texts.join(' ')
}

/** A step's action button ("Done", "Undo", …); its accessible name also carries the step's title. */
export function stepButton(page: Page, title: string, action: string): Locator {
  return stepItem(page, title).getByRole('button', { name: new RegExp(`^${action}\\b`) })
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement)
}

/** The Now card's text, line by line: its headline first. */
export function nowCardLines(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: /./ })
    .filter({ has: page.locator('#now-headline') })
    .evaluate((card) =>
      [card.querySelector('#now-headline'), ...card.querySelectorAll('.now-detail, .now-after span')]
        .map((el) => el?.textContent?.trim() ?? '')
        .filter(Boolean),
    )
}
