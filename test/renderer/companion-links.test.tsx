// The companion's way into the checklist and settings: doctor-prompt banners, the morning check-in banner,
// links to the other windows, and the check-in and health-note settings.

import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { problem, ValidationError } from '../../shared/errors.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, LAST_NIGHT } from './fake-journal.ts'

let main: FakeMain

async function showChecklist() {
  window.location.hash = '#/checklist'
  render(<App />)
  return screen.findByRole('list', { name: "Tonight's steps" })
}

beforeEach(() => {
  main = installFakeMain()
})

describe('checklist banners', () => {
  it('shows a doctor prompt with why it appeared, and dismisses it by keyboard', async () => {
    const user = userEvent.setup()
    for (let i = -2; i <= 0; i++) main.journal.checkIns[addDays(LAST_NIGHT, i)] = checkInOf(8)
    await showChecklist()
    const banners = screen.getByRole('list', { name: 'Worth talking to a doctor' })
    const banner = within(banners).getByRole('listitem', {
      name: 'Your nights have been hard. A doctor can help',
    })
    expect(banner.textContent).toContain(
      'Why you see this: Your last 3 check-ins, 21 Nov 2026 to 23 Nov 2026, rated symptoms 7 or more out of 10.',
    )

    const dismiss = within(banner).getByRole('button', { name: /^Dismiss/ })
    let guard = 0
    while (document.activeElement !== dismiss && guard++ < 30) await user.tab()
    expect(document.activeElement).toBe(dismiss)
    await user.keyboard('{Enter}')
    expect(main.bridge.dismissPrompt).toHaveBeenCalledWith({ id: 'severe-nights:2026-11-21' })
    expect(
      await screen.findByText(/Dismissed\. It will come back only if the situation changes\./),
    ).toBeTruthy()
    expect(screen.queryByRole('list', { name: 'Worth talking to a doctor' })).toBeNull()
    // Focus stays near the banner instead of falling back to the page.
    expect(document.activeElement?.textContent).toContain('Dismissed.')

    // A fresh snapshot from main no longer carries it either.
    act(() => main.push())
    expect(screen.queryByRole('list', { name: 'Worth talking to a doctor' })).toBeNull()
  })

  it('keeps a refused dismissal visible and says why', async () => {
    const user = userEvent.setup()
    main.settings.health.pregnant = true
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await showChecklist()
    main.store.failNext('setJournalCore', new ValidationError([problem('id', 'expected a prompt id')]))
    await user.click(screen.getByRole('button', { name: /^Dismiss: Talk to your doctor or midwife/ }))
    const alert = await screen.findByText(/That did not go through: id: expected a prompt id/)
    expect(alert.getAttribute('role')).toBe('alert')
    expect(screen.getByRole('listitem', { name: /Talk to your doctor or midwife/ })).toBeTruthy()
    expect(logged).toHaveBeenCalledTimes(1)
    logged.mockRestore()
  })

  it('offers the morning check-in only while it is due', async () => {
    const user = userEvent.setup()
    await showChecklist()
    expect(screen.queryByRole('button', { name: 'Morning check-in' })).toBeNull()
    // The morning after, last night's check-in is due: main decides that from its clock.
    main.now = '2026-11-25T08:30:00+01:00'
    main.journal.checkInDue = true
    act(() => main.push())
    expect(screen.getByText('How was last night? The morning check-in takes a minute.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Morning check-in' }))
    expect(main.bridge.openWindow).toHaveBeenCalledWith({ view: 'check-in' })
  })

  it('opens history and labs in their own windows', async () => {
    const user = userEvent.setup()
    await showChecklist()
    const nav = screen.getByRole('navigation', { name: 'Other windows' })
    await user.click(within(nav).getByRole('button', { name: 'History' }))
    expect(main.bridge.openWindow).toHaveBeenLastCalledWith({ view: 'history' })
    await user.click(within(nav).getByRole('button', { name: 'Labs and medicines' }))
    expect(main.bridge.openWindow).toHaveBeenLastCalledWith({ view: 'health' })
  })
})

describe('settings for the companion', () => {
  it('saves the check-in time and switch, and the health notes, explaining what the notes do', async () => {
    const user = userEvent.setup()
    window.location.hash = '#/settings'
    render(<App />)
    await screen.findByRole('button', { name: 'Save settings' })
    const health = screen.getByRole('heading', { name: 'Health notes' }).closest('section') as HTMLElement
    expect(health.textContent).toContain(
      'These let Eventide suggest talking to your doctor at the right moments and show the cautions that fit you',
    )

    const time = screen.getByLabelText('Check-in time') as HTMLInputElement
    expect(time.type).toBe('time')
    await user.clear(time)
    await user.type(time, '07:30')
    await user.click(screen.getByRole('checkbox', { name: 'Ask how last night went each morning' }))
    await user.click(within(health).getByRole('checkbox', { name: 'I have kidney disease' }))
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(main.bridge.updateSettings).toHaveBeenCalledWith(
      expect.objectContaining({
        checkInTime: '07:30',
        checkInEnabled: false,
        health: { pregnant: false, kidneyDisease: true, malabsorption: false, neuropathy: false },
      }),
    )
    expect(await screen.findByText('Saved.')).toBeTruthy()
  })
})
