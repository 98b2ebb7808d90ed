// The calendar export in the history window's data section: one button, a note that the file is a snapshot
// and when to export again, and where main saved it (main shows the dialog; no path comes from here).

import { join } from 'node:path'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'

let main: FakeMain

beforeEach(() => {
  main = installFakeMain()
})

describe('calendar export', () => {
  it('asks main to export the evenings, says it is a snapshot, and shows where the file went', async () => {
    const user = userEvent.setup()
    window.location.hash = '#/history'
    render(<App />)
    await screen.findByRole('heading', { name: 'Streaks of complete evenings' })
    const data = screen.getByRole('heading', { name: 'Your data' }).closest('section') as HTMLElement
    const button = within(data).getByRole('button', { name: 'Export evenings to a calendar (.ics)' })
    expect(button.getAttribute('aria-describedby')).toBeTruthy()
    const hint = document.getElementById(button.getAttribute('aria-describedby') ?? '')
    expect(hint?.textContent).toMatch(/snapshot/)
    expect(hint?.textContent).toMatch(/export again after you change a bedtime or a step, and every 4 weeks/)
    await user.click(button)
    expect(main.bridge.exportCalendar).toHaveBeenCalledWith()
    const saved = join(main.folder, 'eventide-evenings-2026-11-24.ics')
    expect(await within(data).findByText(`Saved to ${saved}`)).toBeTruthy()
  })
})
