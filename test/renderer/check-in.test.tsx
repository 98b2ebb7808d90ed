// The morning check-in: the payload it saves, what it refuses, editing a past night, and the keyboard.

import { fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { problem, ValidationError } from '../../shared/errors.ts'
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
    expect(screen.getByText('For the night of Mon 23 Nov')).toBeTruthy()
  })

  it('saves last night’s ratings, onset, triggers and note as one payload', async () => {
    const user = userEvent.setup()
    const severity = await showCheckIn()
    await user.click(within(severity).getByRole('radio', { name: '6' }))
    expect((within(severity).getByRole('radio', { name: '6' }) as HTMLInputElement).checked).toBe(true)
    // The choice is not repeated as text: the radio's own state says it.
    expect(within(severity).queryByText(/out of 10/)).toBeNull()
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
    // The group with the error is marked, for screen readers and (journal.css) with the error colour.
    expect(severity.getAttribute('aria-invalid')).toBe('true')
    expect(severity.getAttribute('aria-describedby')).toContain(
      within(severity).getByText('Choose how strong your symptoms were, from 0 to 10.').id,
    )
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
    expect(screen.getByText('For the night of Fri 20 Nov')).toBeTruthy()
    expect((within(severity).getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true)
    expect((screen.getByRole('checkbox', { name: 'Nicotine' }) as HTMLInputElement).checked).toBe(true)
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveProperty(
      'value',
      'Warm bath helped',
    )
    expect(screen.getByText(/Saved on Tue 24 Nov at 08:10/)).toBeTruthy()

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
    main.store.failNext(
      'setCheckIn',
      new ValidationError([problem('checkIn.note', 'expected at most 1000 characters')]),
    )
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
    expect((within(severity).getByRole('radio', { name: '3' }) as HTMLInputElement).checked).toBe(true)

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
    // The folded sleep diary is one stop on the way; Tab passes it by without opening it.
    expect(document.activeElement?.textContent).toBe('Sleep diary (optional)')
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

describe('optional answers: augmentation watch and sleep diary', () => {
  async function answerRequired(onset: string) {
    const user = userEvent.setup()
    const severity = await showCheckIn()
    await user.click(within(severity).getByRole('radio', { name: '6' }))
    await user.click(within(group(SLEEP)).getByRole('radio', { name: '4' }))
    await user.click(within(group(ONSET)).getByRole('radio', { name: onset }))
    return user
  }
  const diary = () => screen.getByText('Sleep diary (optional)').closest('details') as HTMLDetailsElement

  it('asks the quick symptom questions only when there were symptoms, and saves the answers given', async () => {
    const user = await answerRequired('No symptoms')
    expect(screen.queryByRole('group', { name: 'Where did you feel them?' })).toBeNull()
    await user.click(within(group(ONSET)).getByRole('radio', { name: 'In the evening' }))
    fireEvent.change(screen.getByLabelText('About what time did they start?'), { target: { value: '19:40' } })
    const where = group('Where did you feel them?')
    await user.click(within(where).getByRole('checkbox', { name: 'Arms' }))
    await user.click(within(where).getByRole('checkbox', { name: 'Legs' }))
    await user.click(
      within(group('How long could you sit or lie still before they started?')).getByRole('radio', {
        name: '15–30 minutes',
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    const saved = main.bridge.saveCheckIn.mock.calls.at(-1)?.[0]
    expect(saved?.checkIn).toMatchObject({
      onset: 'evening',
      onsetTime: '19:40',
      bodyParts: ['legs', 'arms'],
      restBeforeSymptoms: '15to30',
    })
    expect(saved?.checkIn).not.toHaveProperty('diary')
  })

  it('keeps the sleep diary folded away and saves nothing from it unless opened', async () => {
    const user = await answerRequired('Around bedtime')
    expect(diary().open).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    const saved = main.bridge.saveCheckIn.mock.calls.at(-1)?.[0]
    expect(saved?.checkIn).not.toHaveProperty('diary')
    expect(saved?.checkIn).not.toHaveProperty('onsetTime')
  })

  it('offers the usual times from earlier mornings, computes sleep, and saves what was entered', async () => {
    const usual = { inBed: '22:45', triedToSleep: '23:00', finalWake: '06:30', outOfBed: '07:00' }
    main.journal.checkIns['2026-11-20'] = checkInOf(3, { diary: usual })
    main.journal.checkIns['2026-11-21'] = checkInOf(3, { diary: { ...usual, inBed: '23:30' } })
    main.journal.checkIns['2026-11-22'] = checkInOf(3, { diary: usual })
    const user = await answerRequired('Around bedtime')
    await user.click(screen.getByText('Sleep diary (optional)'))
    expect(diary().open).toBe(true)
    expect(screen.getByLabelText('Time you got into bed')).toHaveProperty('value', '22:45')
    expect(screen.getByLabelText('Time you got out of bed')).toHaveProperty('value', '07:00')
    await user.type(screen.getByLabelText('Minutes it took to fall asleep'), '20')
    await user.type(screen.getByLabelText('Minutes awake in the night, in total'), '40')
    await user.type(screen.getByLabelText('Times you got up to walk in the night'), '2')
    await user.click(screen.getByRole('checkbox', { name: 'Alcohol after 17:00' }))
    // (06:30 − 23:00) − 20 − 40 = 6 h 30 asleep of 8 h 15 in bed.
    expect(screen.getByText('Total sleep 6 h 30 min, sleep efficiency 79 %.')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(main.bridge.saveCheckIn.mock.calls.at(-1)?.[0].checkIn.diary).toEqual({
      ...usual,
      minutesToFallAsleep: 20,
      minutesAwake: 40,
      timesUpWalking: 2,
      caffeineAfter17: false,
      alcoholAfter17: true,
    })
  })

  it('names a diary number that is out of range and saves nothing', async () => {
    const user = await answerRequired('Around bedtime')
    await user.click(screen.getByText('Sleep diary (optional)'))
    await user.type(screen.getByLabelText('Times you woke up in the night'), '99')
    await user.click(screen.getByRole('button', { name: 'Save check-in' }))
    expect(main.bridge.saveCheckIn).not.toHaveBeenCalled()
    expect(screen.getByRole('alert').textContent).toContain(
      'Times you woke up in the night: enter a whole number from 0 to 50',
    )
  })
})
