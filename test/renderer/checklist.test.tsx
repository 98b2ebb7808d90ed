// The checklist: steps in time order with their state, ticking and undoing, bedtime tweaks, live pushes.

import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { problem, ValidationError } from '../../shared/errors.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'

let main: FakeMain

function stepItem(title: string): HTMLElement {
  return screen.getByRole('listitem', { name: title })
}

async function showChecklist() {
  window.location.hash = '#/checklist'
  render(<App />)
  return screen.findByRole('list', { name: "Tonight's steps" })
}

beforeEach(() => {
  main = installFakeMain({
    record: {
      steps: {
        'exercise-cutoff': { status: 'done', at: '2026-11-24T18:40:00+01:00' },
        'warm-socks': { status: 'missed', at: '2026-11-24T20:00:00+01:00' },
      },
    },
  })
})

describe('checklist', () => {
  it('lists tonight’s steps in time order with their times and states', async () => {
    const list = await showChecklist()
    const items = within(list).getAllByRole('listitem')
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Last call for vigorous exercise',
      'Warm socks or leg wraps',
      'Warm bath or shower',
      'Magnesium glycinate',
      'Short walk or gentle stretch',
    ])
    expect(items.map((li) => li.querySelector('time')?.textContent)).toEqual([
      '18:30',
      '19:00–20:00',
      '21:30–21:50',
      '21:50',
      '22:15',
    ])
    expect(within(stepItem('Last call for vigorous exercise')).getByText('Noted at 18:40')).toBeTruthy()
    expect(within(stepItem('Warm socks or leg wraps')).getByText('Missed')).toBeTruthy()
    expect(within(stepItem('Warm bath or shower')).getByText('Due now')).toBeTruthy()
    expect(within(stepItem('Magnesium glycinate')).getByText('Upcoming')).toBeTruthy()
    expect(
      within(stepItem('Magnesium glycinate')).getByText('300–400 mg at 21:50, 40 minutes before bed.'),
    ).toBeTruthy()
    expect(screen.getByText('1 of 5 done')).toBeTruthy()
    expect(screen.getByText('Bedtime tonight: 22:30')).toBeTruthy()
  })

  it('ticks a step done through the bridge, then undoes it', async () => {
    const user = userEvent.setup()
    await showChecklist()
    await user.click(within(stepItem('Warm bath or shower')).getByRole('button', { name: /^Done/ }))
    expect(main.bridge.setStepStatus).toHaveBeenLastCalledWith({ stepId: 'warm-bath', status: 'done' })
    expect(await within(stepItem('Warm bath or shower')).findByText('Done at 21:35')).toBeTruthy()
    expect(screen.getByText('2 of 5 done')).toBeTruthy()

    await user.click(within(stepItem('Warm bath or shower')).getByRole('button', { name: /^Undo/ }))
    expect(main.bridge.setStepStatus).toHaveBeenLastCalledWith({ stepId: 'warm-bath', status: 'pending' })
    expect(await within(stepItem('Warm bath or shower')).findByText('Due now')).toBeTruthy()
    expect(screen.getByText('1 of 5 done')).toBeTruthy()
  })

  it('skips a step and names the step on each button for screen readers', async () => {
    const user = userEvent.setup()
    await showChecklist()
    await user.click(screen.getByRole('button', { name: 'Skip: Magnesium glycinate' }))
    expect(main.bridge.setStepStatus).toHaveBeenLastCalledWith({ stepId: 'magnesium', status: 'skipped' })
    expect(await within(stepItem('Magnesium glycinate')).findByText('Skipped at 21:35')).toBeTruthy()
  })

  it('redraws when main pushes a new snapshot', async () => {
    await showChecklist()
    main.record.steps.magnesium = { status: 'done', at: '2026-11-24T21:36:00+01:00' }
    main.notices.push('Your settings file was damaged; a copy was kept.')
    act(() => main.push())
    expect(within(stepItem('Magnesium glycinate')).getByText('Done at 21:36')).toBeTruthy()
    expect(screen.getByText('2 of 5 done')).toBeTruthy()
    expect(
      within(screen.getByRole('status', { name: 'Messages' })).getByText(/settings file was damaged/),
    ).toBeTruthy()
  })

  it('moves tonight’s bedtime later and back, and the step times follow', async () => {
    const user = userEvent.setup()
    await showChecklist()
    await user.click(screen.getByRole('button', { name: 'Later 30 min' }))
    expect(main.bridge.setTonightBedtime).toHaveBeenLastCalledWith({ bedtime: '23:00' })
    expect(await screen.findByText('Bedtime tonight: 23:00')).toBeTruthy()
    expect(screen.getByText(/Usual bedtime: 22:30/)).toBeTruthy()
    expect(stepItem('Magnesium glycinate').querySelector('time')?.textContent).toBe('22:20')

    await user.click(screen.getByRole('button', { name: 'Earlier 30 min' }))
    // Landing on the usual time clears the override instead of storing 22:30 as "tonight only".
    expect(main.bridge.setTonightBedtime).toHaveBeenLastCalledWith({ bedtime: null })

    await user.click(screen.getByRole('button', { name: 'Later 60 min' }))
    expect(main.bridge.setTonightBedtime).toHaveBeenLastCalledWith({ bedtime: '23:30' })
    await user.click(await screen.findByRole('button', { name: 'Back to usual' }))
    expect(main.bridge.setTonightBedtime).toHaveBeenLastCalledWith({ bedtime: null })
    expect(await screen.findByText('Bedtime tonight: 22:30')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Back to usual' })).toBeNull()
  })

  it('pauses and resumes tonight', async () => {
    const user = userEvent.setup()
    await showChecklist()
    await user.click(screen.getByRole('button', { name: 'Pause tonight' }))
    expect(main.bridge.setPaused).toHaveBeenLastCalledWith({ paused: true })
    expect(await screen.findByText(/Paused for tonight/)).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Resume' }))
    expect(main.bridge.setPaused).toHaveBeenLastCalledWith({ paused: false })
    expect(await screen.findByRole('button', { name: 'Pause tonight' })).toBeTruthy()
  })

  it('opens the settings window through the bridge', async () => {
    const user = userEvent.setup()
    await showChecklist()
    await user.click(screen.getByRole('button', { name: 'Open settings' }))
    expect(main.bridge.openWindow).toHaveBeenCalledWith({ view: 'settings' })
  })

  it('shows a refused action as an alert instead of dropping it', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    await showChecklist()
    main.store.failNext(
      'setNight',
      new ValidationError([problem('stepId', 'expected a step id, got "nope"')]),
    )
    await user.click(screen.getByRole('button', { name: 'Done: Magnesium glycinate' }))
    expect((await screen.findByRole('alert')).textContent).toContain('expected a step id')
    expect(within(stepItem('Magnesium glycinate')).getByText('Upcoming')).toBeTruthy()
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('checklist by keyboard', () => {
  it('toggles "Why this helps" with Enter and Space', async () => {
    const user = userEvent.setup()
    await showChecklist()
    const why = within(stepItem('Magnesium glycinate')).getByRole('button', { name: /^Why this helps/ })
    const text = within(stepItem('Magnesium glycinate')).getByText(/calms the excitability/)
    expect(why.getAttribute('aria-expanded')).toBe('false')
    expect(text.hidden).toBe(true)
    why.focus()
    await user.keyboard('{Enter}')
    expect(why.getAttribute('aria-expanded')).toBe('true')
    expect(text.hidden).toBe(false)
    await user.keyboard(' ')
    expect(why.getAttribute('aria-expanded')).toBe('false')
    expect(text.hidden).toBe(true)
  })

  it('reaches Done with Tab, ticks with Enter, and keeps focus on the step’s Undo', async () => {
    const user = userEvent.setup()
    await showChecklist()
    const done = within(stepItem('Warm bath or shower')).getByRole('button', {
      name: 'Done: Warm bath or shower',
    })
    let guard = 0
    while (document.activeElement !== done && guard++ < 60) await user.tab()
    expect(document.activeElement).toBe(done)
    await user.keyboard('{Enter}')
    const undo = await screen.findByRole('button', { name: 'Undo: Warm bath or shower' })
    expect(document.activeElement).toBe(undo)
    await user.keyboard(' ')
    expect(
      await within(stepItem('Warm bath or shower')).findByRole('button', {
        name: 'Done: Warm bath or shower',
      }),
    ).toBe(document.activeElement)
    expect(main.bridge.setStepStatus).toHaveBeenCalledTimes(2)
  })
})

describe('checklist: the Now card', () => {
  const nowCard = () =>
    screen.getByRole('region', {
      name: /^(Now:|Next:|In effect:|Paused tonight|Last night:|Bed \d|All done)/,
    })

  it('at 21:35 puts the due bath first with Done and Snooze, then the next step, then bed', async () => {
    const user = userEvent.setup()
    await showChecklist()
    const card = nowCard()
    expect(within(card).getByRole('heading').textContent).toBe('Now: Warm bath or shower')
    expect(within(card).getByText('Next: Magnesium glycinate at 21:50')).toBeTruthy()
    expect(within(card).getByText('Bed 22:30')).toBeTruthy()
    await user.click(within(card).getByRole('button', { name: 'Snooze: Warm bath or shower' }))
    expect(main.bridge.snoozeStep).toHaveBeenCalledWith({ stepId: 'warm-bath' })
    // Snoozed: nothing is due, so the card moves on to the next step.
    expect(within(nowCard()).getByRole('heading').textContent).toBe('Next: Warm bath or shower at 21:45')
  })

  it('ticks the Now step from the card and moves on to what comes next', async () => {
    const user = userEvent.setup()
    await showChecklist()
    await user.click(within(nowCard()).getByRole('button', { name: 'Done: Warm bath or shower' }))
    expect(main.bridge.setStepStatus).toHaveBeenCalledWith({ stepId: 'warm-bath', status: 'done' })
    expect(within(nowCard()).getByRole('heading').textContent).toBe('Next: Magnesium glycinate at 21:50')
    // The finished bath folds to one line: no instruction, no Skip.
    const bath = stepItem('Warm bath or shower')
    expect(within(bath).queryByRole('button', { name: /^Skip/ })).toBeNull()
    expect(bath.querySelector('.step-instruction')).toBeNull()
  })

  it('paused: says so, offers Resume, and shows no Next, no Snooze and no Pause', async () => {
    main.record.paused = true
    await showChecklist()
    const card = nowCard()
    expect(within(card).getByRole('heading').textContent).toBe('Paused tonight')
    expect(within(card).getByRole('button', { name: 'Resume' })).toBeTruthy()
    expect(screen.queryByText(/^Next:/)).toBeNull()
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Pause tonight' })).toBeNull()
  })

  it('after the close (23:45): how the evening went, nothing due, no Pause and no bedtime to move', async () => {
    main.now = '2026-11-24T23:45:00+01:00'
    await showChecklist()
    expect(within(nowCard()).getByRole('heading').textContent).toBe('Last night: 1 of 5 done')
    expect(screen.queryByText('Due now')).toBeNull()
    expect(screen.queryByRole('button', { name: /^Snooze/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Pause tonight' })).toBeNull()
    expect(screen.queryByText('Bedtime tonight: 22:30')).toBeNull()
    // The window speaks of last night, and the Now card alone says how it went.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Last night')
    expect(screen.queryByText('1 of 5 done')).toBeNull()
  })

  it('the next morning shows last night, then the check-in right below', async () => {
    main.now = '2026-11-25T08:30:00+01:00'
    main.journal.checkInDue = true
    await showChecklist()
    const card = nowCard()
    expect(within(card).getByRole('heading').textContent).toBe('Last night: 1 of 5 done')
    const banner = document.querySelector('.check-in-banner')
    expect(banner).not.toBeNull()
    expect(card.compareDocumentPosition(banner as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Pause tonight' })).toBeNull()
  })
})
