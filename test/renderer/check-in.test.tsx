// The morning check-in: the payload it saves, what it refuses, editing a past night, and the keyboard.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'
import { checkInOf, LAST_NIGHT } from './fake-journal.ts'

let main: FakeMain

async function showCheckIn(hash = '#/check-in') {
  window.location.hash = hash
  render(<App />)
  return screen.findByRole('group', { name: SEVERITY })
}

const group = (name: string) => screen.getByRole('group', { name })
const SEVERITY = 'How strong were your restless legs symptoms?'
const SLEEP = 'How well did you sleep?'
const ONSET = 'When did symptoms start?'

beforeEach(() => {
  main = installFakeMain()
})

describe('morning check-in', () => {
  it('explains both ends of each scale in words', async () => {
    const severity = await showCheckIn()
    expect(within(severity).getByText('0 = no symptoms, 10 = the worst you can imagine')).toBeTruthy()
    expect(within(group(SLEEP)).getByText('0 = very badly, 10 = very well')).toBeTruthy()
    expect(screen.getByText(`For the night of ${LAST_NIGHT}`)).toBeTruthy()
  })

  it('saves last night’s ratings, onset, triggers and note as one payload', async () => {
    const user = userEvent.setup()
    const severity = await showCheckIn()
    await user.click(within(severity).getByRole('radio', { name: '6' }))
    expect(within(severity).getByText('Chosen: 6 out of 10')).toBeTruthy()
    await user.click(within(group(SLEEP)).getByRole('radio', { name: '4' }))
    await user.click(within(group(ONSET)).getByRole('radio', { name: 'Around bedtime' }))
    await user.click(screen.getByRole('checkbox', { name: 'Alcohol' }))
    await user.click(screen.getByRole('checkbox', { name: 'Caffeine after 14:00' }))
    await user.type(screen.getByRole('textbox', { name: 'Note (optional)' }), 'Long drive')
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))

    expect(main.bridge.saveCheckIn).toHaveBeenCalledWith({
      night: LAST_NIGHT,
      checkIn: {
        severity: 6,
        sleepQuality: 4,
        onset: 'bedtime',
        triggers: {
          caffeineAfter14: true,
          alcohol: true,
          nicotine: false,
          lateExercise: false,
          antihistamine: false,
        },
        note: 'Long drive',
      },
    })
    expect(await screen.findByText('Saved. Thank you.')).toBeTruthy()
    expect(main.journal.checkIns[LAST_NIGHT]?.severity).toBe(6)
  })

  it('refuses to save with nothing chosen, says what is missing and focuses the first question', async () => {
    const user = userEvent.setup()
    const severity = await showCheckIn()
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(main.bridge.saveCheckIn).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain('3 fields need attention')
    expect(within(severity).getByText('Choose how strong your symptoms were, from 0 to 10.')).toBeTruthy()
    expect(screen.getByText('Choose how well you slept, from 0 to 10.')).toBeTruthy()
    expect(screen.getByText('Choose when symptoms started, or “No symptoms”.')).toBeTruthy()
    expect(document.activeElement).toBe(within(severity).getByRole('radio', { name: '0' }))
  })

  it('opens a past night from history with its saved answers, and saves the edit to that night', async () => {
    const user = userEvent.setup()
    main.journal.checkIns['2026-11-20'] = checkInOf(3, {
      note: 'Warm bath helped',
      triggers: {
        caffeineAfter14: false,
        alcohol: false,
        nicotine: true,
        lateExercise: false,
        antihistamine: false,
      },
    })
    const severity = await showCheckIn('#/check-in/2026-11-20')
    expect(screen.getByText('For the night of 2026-11-20')).toBeTruthy()
    expect((within(severity).getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('checkbox', { name: 'Nicotine' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveProperty(
      'value',
      'Warm bath helped',
    )
    expect(screen.getByText(/Saved on 2026-11-24 at 08:10/)).toBeTruthy()

    await user.click(within(severity).getByRole('radio', { name: '5' }))
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(main.bridge.saveCheckIn).toHaveBeenLastCalledWith(
      expect.objectContaining({
        night: '2026-11-20',
        checkIn: expect.objectContaining({ severity: 5, sleepQuality: 7 }),
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Back to history' }))
    expect(window.location.hash).toBe('#/history')
  })

  it('also takes ?night= in the address', async () => {
    await showCheckIn('#/check-in?night=2026-11-21')
    expect(main.bridge.getCheckIn).toHaveBeenCalledWith({ night: '2026-11-21' })
  })

  it('shows main’s refusal with the field it names, and keeps the answers', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const severity = await showCheckIn()
    main.bridge.saveCheckIn.mockResolvedValueOnce({
      ok: false,
      error: 'checkIn.note: expected at most 1000 characters',
      problems: ['checkIn.note: expected at most 1000 characters'],
    })
    await user.click(within(severity).getByRole('radio', { name: '2' }))
    await user.click(within(group(SLEEP)).getByRole('radio', { name: '8' }))
    await user.click(within(group(ONSET)).getByRole('radio', { name: 'No symptoms' }))
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect((await screen.findByRole('alert')).textContent).toContain('checkIn.note: expected at most 1000')
    expect((within(severity).getByRole('radio', { name: '2' }) as HTMLInputElement).checked).toBe(true)
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('check-in by keyboard', () => {
  it('fills in and saves the whole form with Tab, arrow keys and Space', async () => {
    const user = userEvent.setup()
    const severity = await showCheckIn()
    within(severity).getByRole('radio', { name: '0' }).focus()
    await user.keyboard(' ')
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(within(severity).getByText('Chosen: 3 out of 10')).toBeTruthy()

    await user.tab()
    expect(document.activeElement).toBe(within(group(SLEEP)).getByRole('radio', { name: '0' }))
    await user.keyboard(' {ArrowRight}')
    await user.tab()
    await user.keyboard(' ')
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Caffeine after 14:00' }))
    await user.keyboard(' ')
    await user.tab()
    await user.tab()
    await user.tab()
    await user.tab()
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Note (optional)' }))
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save check-in' }))
    await user.keyboard('{Enter}')
    expect(main.bridge.saveCheckIn).toHaveBeenCalledWith({
      night: LAST_NIGHT,
      checkIn: expect.objectContaining({
        severity: 3,
        sleepQuality: 1,
        onset: 'none',
        triggers: expect.objectContaining({ caffeineAfter14: true, alcohol: false }),
      }),
    })
  })
})
