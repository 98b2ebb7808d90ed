// Plain validation messages and the step editor's clock-time preview, in English and German.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { checkDraft, type StepDraft, toDraft } from '../../renderer/settings/draft.ts'
import { plainMessage, visibleErrors } from '../../renderer/settings/validation.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'

let main: FakeMain

beforeEach(() => {
  main = installFakeMain()
})

afterEach(() => {
  setLocale('en', 'en-GB')
})

async function showSettings() {
  window.location.hash = '#/settings'
  render(<App />)
  await screen.findByRole('button', { name: /Save settings|Einstellungen speichern/ })
}

function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('plain messages from the schema', () => {
  it('a time typed as "10.30pm" asks for a time like 22:30, without parser words', () => {
    const base = defaultSettings()
    const draft = { ...toDraft(base), bedtime: '10.30pm' }
    const { errors } = checkDraft(draft, base)
    expect(errors.bedtime).toBe('Enter a time like 22:30.')
  })

  it('every message says what to do, in the chosen language', () => {
    setLocale('de', 'de-DE')
    expect(plainMessage('checkInTime', { message: 'expected HH:MM (00:00–23:59), got "7"' })).toBe(
      'Geben Sie eine Uhrzeit wie 22:30 ein.',
    )
    setLocale('es', 'es-ES')
    expect(plainMessage('notifications.snoozeMinutes', { message: 'expected a whole number' })).toBe(
      'Escriba un número entero de minutos de 1 a 120.',
    )
  })

  it('a too-long title gives the limit, an empty custom title asks for one', () => {
    const base = defaultSettings()
    const custom: StepDraft = {
      id: 'custom-1',
      enabled: true,
      anchor: 'bedtime',
      before: '30',
      time: '21:00',
      untilTime: '',
      title: 'x'.repeat(61),
      instruction: '',
    }
    const draft = { ...toDraft(base), steps: [...toDraft(base).steps, custom] }
    const index = draft.steps.length - 1
    expect(checkDraft(draft, base).errors[`steps[${index}].title`]).toBe(
      'Shorten this to 60 characters or fewer.',
    )
    const empty = { ...draft, steps: [...toDraft(base).steps, { ...custom, title: '' }] }
    expect(checkDraft(empty, base).errors[`steps[${index}].title`]).toBe('Give your step a short title.')
  })

  it('holds back errors under empty fields until a save is tried', () => {
    const base = defaultSettings()
    const draft = { ...toDraft(base), bedtime: '', checkInTime: '7' }
    const { errors } = checkDraft(draft, base)
    expect(Object.keys(visibleErrors(errors, draft, false))).toEqual(['checkInTime'])
    expect(Object.keys(visibleErrors(errors, draft, true)).sort()).toEqual(['bedtime', 'checkInTime'])
  })
})

describe('settings window', () => {
  it('shows no red error when it opens, and a plain one when a time is missing on save', async () => {
    const user = userEvent.setup()
    await showSettings()
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull()
    const bedtime = screen.getByLabelText('Everyday bedtime')
    await user.clear(bedtime)
    expect(bedtime.getAttribute('aria-invalid')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(describedText(bedtime)).toContain('Enter a time like 22:30.')
    expect(describedText(bedtime)).not.toContain('HH:MM')
  })

  it('previews the clock time of "minutes before bedtime" live, and follows the bedtime', async () => {
    const user = userEvent.setup()
    await showSettings()
    const bath = screen.getByRole('group', { name: 'Warm bath or shower' })
    const before = within(bath).getByLabelText('Minutes before bedtime')
    await user.clear(before)
    await user.type(before, '240')
    expect(within(bath).getByText('240 min before bed → 18:30')).toBeTruthy()

    const bedtime = screen.getByLabelText('Everyday bedtime')
    await user.clear(bedtime)
    await user.type(bedtime, '23:00')
    expect(within(bath).getByText('240 min before bed → 19:00')).toBeTruthy()

    // While the typed value is not a valid number of minutes there is no preview to mislead.
    await user.clear(before)
    await user.type(before, '9999')
    expect(within(bath).queryByText(/before bed →/)).toBeNull()
  })

  it('speaks German when German is chosen, preview and 12/24 h clock included', async () => {
    main.settings.language = 'de'
    main.settings.clock = '12h'
    const user = userEvent.setup()
    await showSettings()
    expect(await screen.findByRole('heading', { name: 'Einstellungen', level: 1 })).toBeTruthy()
    const bath = screen.getByRole('group', { name: 'Warmes Bad oder warme Dusche' })
    const before = within(bath).getByLabelText('Minuten vor dem Schlafengehen')
    await user.clear(before)
    await user.type(before, '240')
    expect(within(bath).getByText(/^240 Min\. vor dem Schlafen → 6:30\s?PM$/i)).toBeTruthy()
  })
})
