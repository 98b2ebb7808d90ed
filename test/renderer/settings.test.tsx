// Settings: validation as typed, Save refused while invalid, contract problems inline, saving what was typed.

import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { problem } from '../../shared/errors.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'

let main: FakeMain

async function showSettings() {
  window.location.hash = '#/settings'
  render(<App />)
  await screen.findByRole('button', { name: 'Save settings' })
}

/** The message an input points at through aria-describedby. */
function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

async function retype(label: string | RegExp, value: string, index = 0) {
  const input = screen.getAllByLabelText(label)[index] as HTMLInputElement
  await userEvent.clear(input)
  if (value) await userEvent.type(input, value)
  return input
}

beforeEach(() => {
  main = installFakeMain()
})

describe('settings validation', () => {
  it('explains a missing bedtime and refuses to save it', async () => {
    const user = userEvent.setup()
    await showSettings()
    // A time input holds a whole time or nothing: a half-typed one reads as empty, which Save refuses.
    const input = await retype('Everyday bedtime', '')
    expect(input.type).toBe('time')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(input.getAttribute('aria-invalid')).toBe('true')
    // What to type, not what the parser expected.
    expect(describedText(input)).toContain('Enter a time like 22:30.')
    expect(describedText(input)).not.toMatch(/HH:MM|Expected|got/)

    expect(main.bridge.updateSettings).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain('One field needs attention before saving')
    expect(document.activeElement).toBe(input)
    expect(main.settings.bedtime).toBe('22:30')

    await retype('Everyday bedtime', '23:15')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.bedtime).toBe('23:15')
  })

  it('"Back to tonight" brings the checklist window forward and stays on Settings', async () => {
    const user = userEvent.setup()
    await showSettings()
    await user.click(screen.getByRole('button', { name: 'Back to tonight' }))
    expect(main.bridge.openWindow).toHaveBeenCalledWith({ view: 'checklist' })
    expect(window.location.hash).toBe('#/settings')
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
  })

  it('says so when the checklist window cannot be brought forward', async () => {
    const user = userEvent.setup()
    await showSettings()
    main.bridge.openWindow.mockResolvedValueOnce({ ok: false, error: 'no display' } as never)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await user.click(screen.getByRole('button', { name: 'Back to tonight' }))
    expect((await screen.findByText(/no display/)).getAttribute('role')).toBe('alert')
    expect(window.location.hash).toBe('#/settings')
  })

  it('gives the allowed range for minutes before bedtime and for heads-up minutes', async () => {
    const user = userEvent.setup()
    await showSettings()
    const bath = screen.getByRole('group', { name: 'Warm bath or shower' })
    const before = within(bath).getByLabelText('Minutes before bedtime')
    await user.clear(before)
    await user.type(before, '800')
    expect(describedText(before)).toContain('Enter how many minutes before bedtime, from 0 to 720.')

    const headsUp = await retype('Heads-up before a step (minutes)', '500')
    expect(describedText(headsUp)).toContain('Enter a whole number of minutes from 0 to 120.')
    const snooze = await retype('Snooze length (minutes)', 'soon')
    expect(describedText(snooze)).toContain('Enter a whole number of minutes from 1 to 120.')

    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(main.bridge.updateSettings).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain('3 fields need attention')
  })

  it('shows problems the contract reports next to their field and saves nothing', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await showSettings()
    main.rejectNextUpdate([
      problem('bedtime', 'expected a bedtime main accepts, got "22:30"'),
      problem('', 'something else went wrong'),
    ])
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    const input = screen.getByLabelText('Everyday bedtime')
    expect(await screen.findByText('Enter a time like 22:30.')).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Nothing was saved')
    expect(within(alert).getByText('something else went wrong')).toBeTruthy()
    expect(screen.queryByText('Saved.')).toBeNull()
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('settings editing', () => {
  it('saves weekday bedtimes, step changes, reminders, login and theme', async () => {
    const user = userEvent.setup()
    await showSettings()
    await retype('Friday', '23:45')
    const magnesium = screen.getByRole('group', { name: 'Magnesium glycinate' })
    await user.clear(within(magnesium).getByLabelText('Minutes before bedtime'))
    await user.type(within(magnesium).getByLabelText('Minutes before bedtime'), '55')
    const socks = screen.getByRole('group', { name: 'Warm socks or leg wraps' })
    await user.clear(within(socks).getByLabelText('Time'))
    await user.type(within(socks).getByLabelText('Time'), '19:30')
    await user.click(screen.getByLabelText('Include “Last call for vigorous exercise”'))
    await user.click(screen.getByLabelText('Play a sound'))
    await retype('Heads-up before a step (minutes)', '5')
    await user.click(screen.getByLabelText('Start Eventide when I log in'))
    await user.click(screen.getByLabelText('Dark'))
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(await screen.findByText('Saved.')).toBeTruthy()
    const saved = main.settings
    expect(saved.bedtimeByWeekday).toEqual({ fri: '23:45' })
    expect(saved.steps.find((s) => s.id === 'magnesium')).toMatchObject({ offsetMinutes: -55 })
    expect(saved.steps.find((s) => s.id === 'warm-socks')).toMatchObject({
      time: '19:30',
      untilTime: '20:00',
    })
    expect(saved.steps.find((s) => s.id === 'exercise-cutoff')?.enabled).toBe(false)
    expect(saved.notifications).toMatchObject({ sound: false, headsUpMinutes: 5 })
    expect(saved.launchAtLogin).toBe(true)
    expect(saved.theme).toBe('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
  })

  it('adds a custom step that needs a title, and one from the library', async () => {
    const user = userEvent.setup()
    await showSettings()
    await user.click(screen.getByRole('button', { name: 'Add your own step' }))
    const title = screen.getByLabelText('Title')
    expect(document.activeElement).toBe(title)
    // Nothing typed yet: no red error, until a save is tried.
    expect(title.getAttribute('aria-invalid')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(main.bridge.updateSettings).not.toHaveBeenCalled()
    expect(describedText(title)).toContain('Give your step a short title.')

    await user.type(title, 'Foot massage')
    await user.click(screen.getByRole('button', { name: 'Add “Evening yoga or stretching”' }))
    expect(screen.queryByRole('button', { name: 'Add “Evening yoga or stretching”' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.steps.find((s) => s.id === 'custom-1')).toEqual({
      id: 'custom-1',
      enabled: true,
      anchor: 'bedtime',
      offsetMinutes: -30,
      title: 'Foot massage',
    })
    expect(main.settings.steps.some((s) => s.id === 'evening-yoga')).toBe(true)
  })

  it('deletes a custom step', async () => {
    main.settings.steps.push({ id: 'custom-1', enabled: true, anchor: 'clock', time: '20:00', title: 'Tea' })
    const user = userEvent.setup()
    await showSettings()
    await user.click(screen.getByRole('button', { name: 'Delete “Tea”' }))
    expect(screen.queryByRole('group', { name: 'Tea' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.steps.some((s) => s.id === 'custom-1')).toBe(false)
  })

  it('shows the version, the disclaimer and the log path', async () => {
    await showSettings()
    const about = screen.getByRole('region', { name: 'About' })
    expect(await within(about).findByText(/Version 0\.1\.0/)).toBeTruthy()
    expect(within(about).getByText(/not medical advice/)).toBeTruthy()
    expect(within(about).getByText('/home/test/.config/Eventide/logs/main.log')).toBeTruthy()
    // Without a keychain the person reads here that their data is stored unencrypted.
    expect(within(about).getByText(/Your data is stored unencrypted/)).toBeTruthy()
  })

  it('saves by keyboard alone', async () => {
    const user = userEvent.setup()
    await showSettings()
    const bedtime = screen.getByLabelText('Everyday bedtime')
    await user.tab()
    let guard = 0
    while (document.activeElement !== bedtime && guard++ < 10) await user.tab()
    await user.keyboard('{Control>}a{/Control}21:45{Enter}')
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.bedtime).toBe('21:45')
  })
})

describe('health notes and the cautions they bring', () => {
  it('noting kidney disease switches magnesium off, says so, and shows the caution with the step', async () => {
    const user = userEvent.setup()
    await showSettings()
    const magnesium = screen.getByRole('group', { name: 'Magnesium glycinate' })
    const enabled = within(magnesium).getByRole('checkbox')
    expect((enabled as HTMLInputElement).checked).toBe(true)
    expect(magnesium.querySelector('.step-caution')).toBeNull()

    await user.click(screen.getByRole('checkbox', { name: 'I have kidney disease' }))
    expect((enabled as HTMLInputElement).checked).toBe(false)
    expect(screen.getByText(/The magnesium step is now off/).getAttribute('role')).toBe('status')
    expect(magnesium.querySelector('.step-caution')?.textContent).toMatch(
      /check with your kidney team before taking magnesium.*elemental magnesium/,
    )

    // The person can switch it back on; the caution stays.
    await user.click(enabled)
    await user.click(screen.getByRole('checkbox', { name: /neuropathy or diabetes/ }))
    await user.click(screen.getByRole('checkbox', { name: /coeliac disease/ }))
    const bath = screen.getByRole('group', { name: 'Warm bath or shower' })
    expect(bath.querySelector('.step-caution')?.textContent).toMatch(/hand or a thermometer/)
    await user.selectOptions(screen.getByLabelText('Unit for vitamin D results'), 'nmol/L')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.health).toEqual({
      pregnant: false,
      kidneyDisease: true,
      malabsorption: true,
      neuropathy: true,
    })
    expect(main.settings.vitaminDUnit).toBe('nmol/L')
    expect(main.settings.steps.find((s) => s.id === 'magnesium')?.enabled).toBe(true)
  })
})

describe('update checks', () => {
  it('are off until the person ticks them, and the hint says what a check sends', async () => {
    const user = userEvent.setup()
    await showSettings()
    const box = screen.getByRole('checkbox', { name: 'Check for updates' }) as HTMLInputElement
    expect(box.checked).toBe(false)
    expect(describedText(box)).toMatch(/^Off by default\..*IP address.*nothing about your evenings/)
    await user.click(box)
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.updateChecks).toBe(true)
  })
})

describe('a second nudge for one step', () => {
  it('is off by default; choosing a step and minutes saves them, and Off removes the choice again', async () => {
    const user = userEvent.setup()
    await showSettings()
    const choice = screen.getByRole('combobox', {
      name: 'Second nudge if a step is still open',
    }) as HTMLSelectElement
    expect(choice.value).toBe('')
    expect(screen.queryByLabelText(/Nudge again after/)).toBeNull()

    await user.selectOptions(choice, 'magnesium')
    const minutes = screen.getByLabelText(/Nudge again after/)
    await user.clear(minutes)
    await user.type(minutes, '20')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Saved.')).toBeTruthy()
    expect(main.settings.escalation).toEqual({ stepId: 'magnesium', afterMinutes: 20 })

    await user.selectOptions(choice, '')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    await waitFor(() => expect(main.settings.escalation).toBeUndefined())
  })

  it('refuses minutes outside 5 to 180 and saves nothing', async () => {
    const user = userEvent.setup()
    await showSettings()
    await user.selectOptions(screen.getByRole('combobox', { name: /Second nudge/ }), 'warm-bath')
    const minutes = screen.getByLabelText(/Nudge again after/)
    await user.clear(minutes)
    await user.type(minutes, '2')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(main.settings.escalation).toBeUndefined()
    expect(minutes.getAttribute('aria-invalid')).toBe('true')
  })
})
