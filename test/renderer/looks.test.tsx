// How the companion windows present themselves: doctor banners in the checklist only (a badge elsewhere),
// the current month first, a first week that says what is coming, and chart legends that name each mark.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { formatDate } from '../../shared/i18n/index.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, LAST_NIGHT, nightWith, PLANNED } from './fake-journal.ts'

let main: FakeMain

async function show(hash: string, ready: { role: 'heading' | 'button' | 'list'; name: string }) {
  window.location.hash = hash
  render(<App />)
  return screen.findByRole(ready.role, { name: ready.name })
}

const showHistory = () => show('#/history', { role: 'heading', name: 'Streaks of complete evenings' })

/** `count` finished nights ending last night, each complete with a check-in. */
function seedNights(count: number) {
  for (let i = 0; i < count; i++) {
    const night = addDays(LAST_NIGHT, -i)
    main.journal.nights[night] = nightWith(PLANNED)
    main.journal.checkIns[night] = checkInOf(3)
  }
}

beforeEach(() => {
  main = installFakeMain()
})

describe('doctor prompts live in the checklist', () => {
  it('the checklist shows each banner with its reason, and dismisses one', async () => {
    const user = userEvent.setup()
    main.settings.health.kidneyDisease = true
    await show('#/checklist', { role: 'list', name: "Tonight's steps" })
    const banners = await screen.findByRole('list', { name: 'Worth talking to a doctor' })
    const banner = within(banners).getByRole('listitem', {
      name: 'Mention your restless legs to your kidney team',
    })
    expect(within(banner).getByText(/You noted kidney disease in settings\./)).toBeTruthy()
    // The checklist is where the banners are: no badge pointing at itself.
    expect(screen.queryByRole('button', { name: /to discuss with a doctor/ })).toBeNull()
    await user.click(
      within(banner).getByRole('button', { name: 'Dismiss: Mention your restless legs to your kidney team' }),
    )
    expect(main.bridge.dismissPrompt).toHaveBeenCalledWith({ id: 'kidney-disease' })
    expect(await screen.findByText(/Dismissed\./)).toBeTruthy()
    expect(screen.queryByRole('list', { name: 'Worth talking to a doctor' })).toBeNull()
  })

  it('health shows a badge with the count that opens the checklist, and no banners', async () => {
    const user = userEvent.setup()
    main.settings.health.kidneyDisease = true
    await show('#/health', { role: 'button', name: 'Add result' })
    expect(screen.queryByRole('list', { name: 'Worth talking to a doctor' })).toBeNull()
    const badge = screen.getByRole('button', { name: '1 point to discuss with a doctor' })
    expect(badge.getAttribute('aria-describedby')).toBeTruthy()
    expect(document.getElementById(badge.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Opens tonight’s checklist, where each note is explained.',
    )
    await user.click(badge)
    expect(main.bridge.openWindow).toHaveBeenCalledWith({ view: 'checklist' })
  })

  it('without prompts there is no badge at all', async () => {
    seedNights(10)
    await showHistory()
    expect(screen.queryByRole('button', { name: /to discuss with a doctor/ })).toBeNull()
  })
})

describe('history calendar', () => {
  it('puts the current month first and older months after it', async () => {
    seedNights(10)
    await showHistory()
    const months = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(months.slice(0, 2)).toEqual(['November 2026', 'October 2026'])
  })
})

describe('a first week', () => {
  it('says what will appear and when, shows only the nights so far, and no "0 nights"', async () => {
    seedNights(3)
    const heading = await showHistory()
    const card = heading.closest('section') as HTMLElement
    expect(card.textContent).toContain('Your history fills in as you go')
    expect(card.textContent).toContain(
      '3 evenings recorded so far. After 4 more evenings, this page shows your streaks and the full calendar.',
    )
    expect(card.textContent).not.toMatch(/0 nights/)
    // The calendar starts at the first recorded night: no month of dashed "no data" boxes before it.
    expect(screen.queryAllByRole('button', { name: /: no data$/ })).toEqual([])
    expect(
      screen.getByRole('button', { name: new RegExp(`^${formatDate(addDays(LAST_NIGHT, -2))}:`) }),
    ).toBeTruthy()
    expect(
      screen.queryByRole('button', { name: new RegExp(`^${formatDate(addDays(LAST_NIGHT, -3))}:`) }),
    ).toBeNull()
  })

  it('with nothing recorded yet, says so and keeps last night to check in for', async () => {
    await showHistory()
    expect(screen.getByText(/No evenings recorded yet\. After 7 more evenings/)).toBeTruthy()
    expect(screen.getAllByRole('button', { name: /^\w{3} \d{1,2} \w{3}:/ })).toEqual([
      screen.getByRole('button', { name: new RegExp(`^${formatDate(LAST_NIGHT)}:`) }),
    ])
  })

  it('from the seventh night on, shows streaks and the whole range instead', async () => {
    seedNights(7)
    await showHistory()
    expect(screen.queryByText(/recorded so far/)).toBeNull()
    expect(screen.getByText('Current streak')).toBeTruthy()
    expect(screen.getAllByRole('button', { name: /: no data$/ }).length).toBeGreaterThan(0)
  })
})

describe('chart legends', () => {
  it('name the shape of each series; the 90-day view adds the weekly average line', async () => {
    const user = userEvent.setup()
    seedNights(10)
    await showHistory()
    expect(screen.getByText('Symptoms, each night (dots)')).toBeTruthy()
    expect(screen.getByText('Sleep quality, each night (squares)')).toBeTruthy()
    expect(screen.queryByText(/average of the last 7 nights/)).toBeNull()
    await user.click(screen.getByRole('radio', { name: '90 days' }))
    expect(await screen.findByText('Symptoms, average of the last 7 nights (dashed line)')).toBeTruthy()
    expect(screen.getByText('Sleep quality, average of the last 7 nights (dash-dot line)')).toBeTruthy()
  })
})

describe('one primary button per view', () => {
  const primaries = () => [...document.querySelectorAll('button.primary')].map((b) => b.textContent)

  it('in the evening the checklist has one, the Now card’s Done, however many steps are open', async () => {
    await show('#/checklist', { role: 'list', name: "Tonight's steps" })
    const steps = screen.getByRole('list', { name: "Tonight's steps" })
    // Several steps are still open, each with its own (plain) Done.
    expect(within(steps).getAllByRole('button', { name: /^Done/ }).length).toBeGreaterThan(1)
    expect(primaries()).toEqual(['Done'])
    expect(document.querySelector('.now-card button.primary')).not.toBeNull()
  })

  it('in the morning the check-in is the one primary', async () => {
    main.now = '2026-11-25T08:30:00+01:00'
    main.journal.checkInDue = true
    await show('#/checklist', { role: 'list', name: "Tonight's steps" })
    expect(primaries()).toEqual(['Morning check-in'])
  })

  it('health has no more than one, with both its forms on screen', async () => {
    await show('#/health', { role: 'button', name: 'Add result' })
    expect(screen.getAllByRole('button', { name: /^Add/ }).length).toBeGreaterThanOrEqual(2)
    expect(primaries().length).toBeLessThanOrEqual(1)
  })
})
