// History: calendar labels, streaks, the comparisons with their note and "more nights needed", the range
// switch, the travel mark, the doctor-prompt badge, charts as text, and moving through the calendar by keyboard.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { correlationNote } from '../../shared/correlation.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, LAST_NIGHT, nightWith, PLANNED } from './fake-journal.ts'

let main: FakeMain
const TRAVEL = addDays(LAST_NIGHT, -3)

/**
 * Eleven nights: the first six without magnesium and with symptoms 6, the last five complete with symptoms 2,
 * and a travel night among them with no record. Alcohol on two nights only.
 */
function seed() {
  for (let i = -11; i <= 0; i++) {
    const night = addDays(LAST_NIGHT, i)
    if (night === TRAVEL) continue
    const complete = i >= -5
    main.journal.nights[night] = nightWith(complete ? PLANNED : PLANNED.filter((id) => id !== 'magnesium'))
    main.journal.checkIns[night] = checkInOf(complete ? 2 : 6, {
      triggers: {
        caffeineAfter14: false,
        alcohol: i === -10 || i === -9,
        nicotine: false,
        lateExercise: false,
        antihistamine: false,
      },
    })
  }
  main.journal.travel.add(TRAVEL)
}

async function showHistory() {
  window.location.hash = '#/history'
  render(<App />)
  return screen.findByRole('heading', { name: 'Streaks of complete evenings' })
}

beforeEach(() => {
  main = installFakeMain()
  seed()
})

describe('history', () => {
  it('labels every calendar night in words, not by colour alone', async () => {
    await showHistory()
    expect(
      screen.getByRole('button', { name: 'Mon 23 Nov: all steps done, 5 of 5 steps, symptoms 2 of 10' }),
    ).toBeTruthy()
    expect(
      screen.getByRole('button', {
        name: 'Sun 15 Nov: some steps not done, 4 of 5 steps, symptoms 6 of 10',
      }),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Fri 20 Nov: not counted, travel' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Sun 25 Oct: no data' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'November 2026' })).toBeTruthy()
  })

  it('shows current and best streaks, stepping over the travel night', async () => {
    const heading = await showHistory()
    const card = heading.closest('section') as HTMLElement
    expect(card.textContent).toContain('Current streak5 nights (Wed 18 Nov to Mon 23 Nov)')
    expect(card.textContent).toContain('Best streak5 nights (Wed 18 Nov to Mon 23 Nov)')
    expect(within(card).getByText('A paused or travel night does not break a streak.')).toBeTruthy()
  })

  it('compares nights with and without, says it is a correlation, and counts the nights still needed', async () => {
    await showHistory()
    const helps = screen
      .getByRole('heading', { name: 'What seems to help' })
      .closest('section') as HTMLElement
    expect(within(helps).getByText(correlationNote())).toBeTruthy()
    expect(
      within(helps).getByText(
        'Magnesium glycinate: On nights you did it, severity averaged 2.0 (5 nights); without it, 6.0 (6 nights). Symptoms were milder with it.',
      ),
    ).toBeTruthy()
    const waiting = within(helps).getByRole('heading', { name: 'Needs more nights' })
      .nextElementSibling as HTMLElement
    expect(waiting.textContent).toContain('Alcohol: 1 night with it more needed')
    expect(waiting.textContent).toContain('Warm bath or shower: 3 nights without it more needed')
    expect(waiting.textContent).not.toContain('Magnesium')
  })

  it('describes each chart in text when no canvas can draw it', async () => {
    await showHistory()
    expect(
      screen.getByText(
        'Symptom strength (0–10): 11 ratings from 12 Nov 2026 to 23 Nov 2026. Average 4.2, lowest 2, highest 6; latest 2 on 23 Nov 2026. Lower in the second half of the period.',
      ),
    ).toBeTruthy()
    expect(screen.getByText(/^Sleep quality \(0–10\): 11 ratings/)).toBeTruthy()
  })

  it('switches the range to 90 and 365 days', async () => {
    const user = userEvent.setup()
    await showHistory()
    expect(main.bridge.getHistory).toHaveBeenLastCalledWith({ days: 30 })
    await user.click(screen.getByRole('radio', { name: '90 days' }))
    expect(main.bridge.getHistory).toHaveBeenLastCalledWith({ days: 90 })
    expect(await screen.findByRole('heading', { name: 'August 2026' })).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: '365 days' }))
    expect(main.bridge.getHistory).toHaveBeenLastCalledWith({ days: 365 })
    expect(await screen.findByRole('heading', { name: 'November 2025' })).toBeTruthy()
  })

  it('marks a night as travel and opens its check-in for editing', async () => {
    const user = userEvent.setup()
    await showHistory()
    await user.click(screen.getByRole('button', { name: /^Sun 15 Nov/ }))
    const detail = screen
      .getByRole('heading', { name: 'Night of Sun 15 Nov' })
      .closest('section') as HTMLElement
    expect(within(detail).getByText('Symptoms 6 of 10; sleep 4 of 10.')).toBeTruthy()
    await user.click(within(detail).getByRole('checkbox', { name: 'Travel night (does not break a streak)' }))
    expect(main.bridge.setTravelNight).toHaveBeenCalledWith({ night: '2026-11-15', travel: true })
    expect(
      await screen.findByRole('button', {
        name: 'Sun 15 Nov: not counted, 4 of 5 steps, travel, symptoms 6 of 10',
      }),
    ).toBeTruthy()
    await user.click(within(detail).getByRole('button', { name: 'Edit check-in' }))
    expect(window.location.hash).toBe('#/check-in/2026-11-15')
  })

  it('shows doctor prompts as one badge that brings the checklist forward, not as banners', async () => {
    const user = userEvent.setup()
    main.settings.health.kidneyDisease = true
    await showHistory()
    expect(screen.queryByRole('list', { name: 'Worth talking to a doctor' })).toBeNull()
    await user.click(screen.getByRole('button', { name: '1 point to discuss with a doctor' }))
    expect(main.bridge.openWindow).toHaveBeenCalledWith({ view: 'checklist' })
  })
})

describe('calendar by keyboard', () => {
  it('keeps one night in the Tab order and moves by day and week with the arrow keys', async () => {
    const user = userEvent.setup()
    await showHistory()
    const last = screen.getByRole('button', { name: /^Mon 23 Nov/ })
    expect(last.tabIndex).toBe(0)
    expect(last.getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: /^Sun 22 Nov/ }).tabIndex).toBe(-1)

    last.focus()
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Sun 22 Nov/ }))
    expect(screen.getByRole('heading', { name: 'Night of Sun 22 Nov' })).toBeTruthy()
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Sun 15 Nov/ }))
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Sun 25 Oct/ }))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Mon 23 Nov/ }))
    expect(screen.getByRole('heading', { name: 'Night of Mon 23 Nov' })).toBeTruthy()
  })
})

describe('weekly score and sleep diary charts', () => {
  it('shows last week’s own-rating score against the 4 weeks before, and says it is not the IRLS', async () => {
    for (let i = 0; i < 35; i++) main.journal.checkIns[addDays(LAST_NIGHT, -i)] = checkInOf(i < 7 ? 6 : 4)
    await showHistory()
    const card = screen.getByRole('heading', { name: 'This week’s score' }).closest('section') as HTMLElement
    expect(card.textContent).toContain('Average 6 out of 10 over 7 check-ins')
    expect(card.textContent).toContain('Up 2 from the 4 weeks before (4).')
    expect(card.textContent).toMatch(/not the IRLS/)
  })

  it('draws total sleep and efficiency from diary nights, and explains the empty case without nagging', async () => {
    await showHistory()
    const empty = screen
      .getByRole('heading', { name: 'Sleep from the diary' })
      .closest('section') as HTMLElement
    expect(empty.textContent).toContain('No sleep diary entries in this range yet.')
  })

  it('summarises diary nights in words', async () => {
    main.journal.checkIns[LAST_NIGHT] = checkInOf(3, {
      diary: { inBed: '23:00', outOfBed: '07:00', minutesAwake: 30 },
    })
    await showHistory()
    const section = screen
      .getByRole('heading', { name: 'Sleep from the diary' })
      .closest('section') as HTMLElement
    expect(section.textContent).toContain('Total sleep (hours): 1 rating')
    expect(section.textContent).toMatch(/7\.5/)
    expect(section.textContent).toMatch(/94/)
  })
})

describe('back to tonight', () => {
  it('brings the checklist window forward and keeps History in this window', async () => {
    const user = userEvent.setup()
    await showHistory()
    await user.click(screen.getByRole('button', { name: 'Back to tonight' }))
    expect(main.bridge.openWindow).toHaveBeenCalledWith({ view: 'checklist' })
    expect(window.location.hash).toBe('#/history')
    expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeTruthy()
  })
})
