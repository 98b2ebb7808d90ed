// Where a refused backup's problems are, and what to do, as a person reads them (renderer/history/import-problems.ts).
import { afterEach, describe, expect, it } from 'vitest'
import { plainImportProblem, readablePath } from '../../renderer/history/import-problems.ts'
import { problem } from '../../shared/errors.ts'
import { setLocale } from '../../shared/i18n/index.ts'

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('readable places in a backup file', () => {
  it('names sections, nights and list entries the way a person counts them', () => {
    expect(readablePath('settings.notifications.snoozeMinutes')).toBe(
      'Settings → notifications → snoozeMinutes',
    )
    expect(readablePath('settings.steps[2].offsetMinutes')).toBe('Settings → steps → item 3 → offsetMinutes')
    expect(readablePath('checkIns["2026-11-04"].severity')).toBe(
      'The check-in for the night of 4 Nov 2026 → severity',
    )
    expect(readablePath('labs[0].value')).toBe('Lab result 1 → value')
    expect(readablePath('medicines[4]')).toBe('Medicine or supplement 5')
  })

  it('keeps the raw path when it is not a date or not a known section', () => {
    expect(readablePath('nights["tomorrow"]')).toBe('nights["tomorrow"]')
    expect(readablePath('nights["2026-13-01"]')).toBe('nights["2026-13-01"]')
    expect(readablePath('dismissedPrompts[3]')).toBe('dismissedPrompts[3]')
    expect(readablePath('not a path')).toBe('not a path')
  })

  it('writes the night in the chosen language, even a day the month lacks', () => {
    setLocale('es', 'es-ES')
    expect(readablePath('nights["2026-02-30"]')).toBe('La noche del 30 feb 2026')
  })
})

describe('plain problem messages', () => {
  it('turns schema words into what to do, with the value found', () => {
    expect(
      plainImportProblem(problem('labs[0].value', 'expected a whole number from 0 to 2000, got 5000')),
    ).toEqual(problem('Lab result 1 → value', 'The file says 5000. Enter a whole number from 0 to 2000.'))
    expect(
      plainImportProblem(problem('medicines[0].name', 'expected some text, got an empty value')),
    ).toEqual(
      problem(
        'Medicine or supplement 1 → name',
        'The file says an empty value. Fill this in; it cannot be empty.',
      ),
    )
  })

  it('says to correct or re-export when the words are unknown, and keeps catalogue sentences', () => {
    expect(plainImportProblem(problem('exportedAt', 'expected a date-time, got 5')).message).toBe(
      'The file says 5. Correct this value in the file, or export a new backup from Eventide and import that one.',
    )
    expect(plainImportProblem(problem('labs[0]', 'expected an object, got a list')).message).toBe(
      'The file says a list. Correct this value in the file, or export a new backup from Eventide and import that one.',
    )
    expect(plainImportProblem(problem('settings.extra', 'not a field Eventide knows'))).toEqual(
      problem('Settings → extra', 'not a field Eventide knows'),
    )
  })

  it('leaves problems with the file as a whole as main wrote them', () => {
    const whole = problem('(file)', 'the file is not valid JSON')
    expect(plainImportProblem(whole)).toBe(whole)
    const other = problem('app', 'expected "eventide", got "notes". This is not an Eventide backup.')
    expect(plainImportProblem(other)).toBe(other)
  })
})
