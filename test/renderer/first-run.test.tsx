// First run: disclaimer, bedtime and step choice, saved with firstRunDone, then the checklist.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'

let main: FakeMain

async function showFirstRun() {
  window.location.hash = '#/first-run'
  render(<App />)
  await screen.findByRole('button', { name: 'Start my evening' })
}

beforeEach(() => {
  main = installFakeMain({ settings: { firstRunDone: false } })
})

describe('first run', () => {
  it('shows the disclaimer and offers core steps ticked and library steps unticked', async () => {
    await showFirstRun()
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Eventide' })).toBeTruthy()
    expect(screen.getByText(/not medical advice/)).toBeTruthy()
    const core = screen.getByRole('group', { name: 'Suggested steps' })
    expect(
      within(core)
        .getAllByRole('checkbox')
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true)
    const extras = screen.getByRole('group', { name: 'Optional extras' })
    expect(
      within(extras)
        .getAllByRole('checkbox')
        .some((box) => (box as HTMLInputElement).checked),
    ).toBe(false)
    expect(within(core).getByText('40 min before bed')).toBeTruthy()
  })

  it('refuses a bad bedtime with a message and saves nothing', async () => {
    const user = userEvent.setup()
    await showFirstRun()
    const bedtime = screen.getByLabelText('Usual bedtime')
    expect((bedtime as HTMLInputElement).type).toBe('time')
    await user.clear(bedtime)
    expect(bedtime.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByText('Enter a time like 22:30.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Start my evening' }))
    expect(main.bridge.updateSettings).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(bedtime)
    expect(main.settings.firstRunDone).toBe(false)
  })

  it('saves the bedtime and chosen steps with firstRunDone, then shows the checklist', async () => {
    const user = userEvent.setup()
    await showFirstRun()
    const bedtime = screen.getByLabelText('Usual bedtime')
    await user.clear(bedtime)
    await user.type(bedtime, '23:00')
    await user.click(screen.getByLabelText('Magnesium glycinate'))
    await user.click(screen.getByLabelText('Evening yoga or stretching'))
    await user.click(screen.getByRole('button', { name: 'Start my evening' }))

    const list = await screen.findByRole('list', { name: "Tonight's steps" })
    expect(window.location.hash).toBe('#/checklist')
    expect(main.settings.firstRunDone).toBe(true)
    expect(main.settings.bedtime).toBe('23:00')
    expect(main.settings.steps.find((s) => s.id === 'magnesium')?.enabled).toBe(false)
    expect(main.settings.steps.find((s) => s.id === 'evening-yoga')?.enabled).toBe(true)
    expect(main.settings.steps.some((s) => s.id === 'caffeine-cutoff')).toBe(false)
    const titles = within(list)
      .getAllByRole('heading')
      .map((h) => h.textContent)
    expect(titles).toContain('Evening yoga or stretching')
    expect(titles).not.toContain('Magnesium glycinate')
    expect(screen.getByText('Bedtime tonight: 23:00')).toBeTruthy()
  })

  it('can be completed with the keyboard alone', async () => {
    const user = userEvent.setup()
    await showFirstRun()
    const yoga = screen.getByLabelText('Evening yoga or stretching')
    let guard = 0
    while (document.activeElement !== yoga && guard++ < 40) await user.tab()
    expect(document.activeElement).toBe(yoga)
    await user.keyboard(' ')
    const start = screen.getByRole('button', { name: 'Start my evening' })
    while (document.activeElement !== start && guard++ < 80) await user.tab()
    expect(document.activeElement).toBe(start)
    await user.keyboard('{Enter}')
    await screen.findByRole('list', { name: "Tonight's steps" })
    expect(main.settings.firstRunDone).toBe(true)
    expect(main.settings.steps.some((s) => s.id === 'evening-yoga')).toBe(true)
  })
})

describe('checklist before first run', () => {
  it('offers to set up the evening', async () => {
    const user = userEvent.setup()
    window.location.hash = '#/checklist'
    render(<App />)
    await user.click(await screen.findByRole('button', { name: 'Set up your evening' }))
    expect(await screen.findByRole('heading', { name: 'Welcome to Eventide' })).toBeTruthy()
  })
})

describe('first run: health notes', () => {
  it('a new user noting kidney disease starts with magnesium off, and can tick it again', async () => {
    const user = userEvent.setup()
    await showFirstRun()
    const magnesium = screen.getByRole('checkbox', { name: 'Magnesium glycinate' }) as HTMLInputElement
    expect(magnesium.checked).toBe(true)
    await user.click(screen.getByRole('checkbox', { name: 'I have kidney disease' }))
    expect(magnesium.checked).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Start my evening' }))
    await screen.findByText(/Bedtime tonight/)
    expect(main.settings.health.kidneyDisease).toBe(true)
    expect(main.settings.steps.find((s) => s.id === 'magnesium')?.enabled).toBe(false)
  })

  it('other notes leave the steps as chosen', async () => {
    const user = userEvent.setup()
    await showFirstRun()
    await user.click(screen.getByRole('checkbox', { name: 'I am pregnant' }))
    await user.click(screen.getByRole('checkbox', { name: /neuropathy or diabetes/ }))
    expect((screen.getByRole('checkbox', { name: 'Magnesium glycinate' }) as HTMLInputElement).checked).toBe(
      true,
    )
    await user.click(screen.getByRole('button', { name: 'Start my evening' }))
    await screen.findByText(/Bedtime tonight/)
    expect(main.settings.health).toMatchObject({ pregnant: true, kidneyDisease: false, neuropathy: true })
  })
})
