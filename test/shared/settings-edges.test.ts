// The settings a person starts with, and the refusal each settings field gives: the Settings window shows
// that sentence next to the field, so it names the field and what was expected.
import { describe, expect, it } from 'vitest'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { defaultSettings, parseSettings } from '../../shared/settings.ts'

function problems(value: unknown): string[] {
  try {
    parseSettings(value)
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map(problemText)
    throw e
  }
  return []
}

/** The default settings with one more step, from the catalogue's library (so a title is optional). */
function withStep(fields: Record<string, unknown>) {
  const s = defaultSettings()
  return {
    ...s,
    steps: [...s.steps, { id: 'evening-yoga', enabled: true, anchor: 'clock', time: '20:00', ...fields }],
  }
}

describe('default settings', () => {
  it('start with reminders and their sound on, and login launch and update checks off', () => {
    const s = defaultSettings()
    expect(s.notifications).toEqual({
      enabled: true,
      sound: true,
      headsUpMinutes: 0,
      snoozeMinutes: 10,
      graceMinutes: 15,
    })
    expect(s.launchAtLogin).toBe(false)
    expect(s.updateChecks).toBe(false)
    expect(s.checkInTime).toBe('08:00')
    expect(s.checkInEnabled).toBe(true)
    expect(s.theme).toBe('system')
    expect(s.firstRunDone).toBe(false)
    expect(s.health).toEqual({
      pregnant: false,
      kidneyDisease: false,
      malabsorption: false,
      neuropathy: false,
    })
  })

  it('settings saved before update checks existed read them as off', () => {
    const { updateChecks: _absent, ...older } = defaultSettings()
    expect(parseSettings(older).updateChecks).toBe(false)
  })
})

describe('settings refusals', () => {
  it('a step title that is not text, blank, or longer than 60 characters', () => {
    expect(problems(withStep({ title: 7 }))).toEqual(['steps[5].title: expected text, got 7'])
    expect(problems(withStep({ title: '' }))).toEqual([
      'steps[5].title: expected some text, got an empty value',
    ])
    expect(problems(withStep({ title: '   ' }))).toEqual([
      'steps[5].title: expected some text, got an empty value',
    ])
    expect(problems(withStep({ title: 'x'.repeat(60) }))).toEqual([])
    expect(problems(withStep({ title: 'x'.repeat(61) }))).toEqual([
      'steps[5].title: expected at most 60 characters',
    ])
  })

  it('a step title and instruction are kept without the spaces around them', () => {
    const parsed = parseSettings(withStep({ title: '  Chamomile tea ', instruction: ' One cup. ' }))
    expect(parsed.steps[5]).toEqual({
      id: 'evening-yoga',
      enabled: true,
      anchor: 'clock',
      time: '20:00',
      title: 'Chamomile tea',
      instruction: 'One cup.',
    })
  })

  it('a step instruction of up to 200 characters', () => {
    const title = 'Tea'
    expect(problems(withStep({ title, instruction: 'x'.repeat(200) }))).toEqual([])
    expect(problems(withStep({ title, instruction: 'x'.repeat(201) }))).toEqual([
      'steps[5].instruction: expected at most 200 characters',
    ])
  })

  it('a step anchored to something other than bedtime or a clock time, or not a step at all', () => {
    const s = defaultSettings()
    expect(
      problems({ ...s, steps: [{ id: 'custom-1', enabled: true, anchor: 'noon', title: 'x' }] }),
    ).toEqual(['steps[0].anchor: expected anchor "bedtime" or "clock", got "noon"'])
    expect(problems({ ...s, steps: [{ id: 'custom-1', enabled: true, title: 'x' }] })).toEqual([
      'steps[0].anchor: expected anchor "bedtime" or "clock", got nothing',
    ])
    expect(problems({ ...s, steps: [5] })).toEqual(['steps[0]: expected a step, got 5'])
    expect(problems({ ...s, steps: [null] })).toEqual(['steps[0]: expected a step, got null'])
  })

  it('at most 60 steps', () => {
    const s = defaultSettings()
    const steps = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `custom-${i + 1}`,
        enabled: true,
        anchor: 'clock',
        time: '20:00',
        title: `Step ${i + 1}`,
      }))
    expect(problems({ ...s, steps: steps(60) })).toEqual([])
    expect(problems({ ...s, steps: steps(61) })).toEqual(['steps: expected at most 60 steps'])
  })

  it('a theme, vitamin D unit, language or clock outside its choices', () => {
    const s = defaultSettings()
    expect(problems({ ...s, theme: 'blue' })).toEqual(['theme: expected system, light or dark, got "blue"'])
    expect(problems({ ...s, vitaminDUnit: 'mg' })).toEqual([
      'vitaminDUnit: expected ng/mL or nmol/L, got "mg"',
    ])
    expect(problems({ ...s, language: 'fr' })).toEqual(['language: expected system, en, de or es, got "fr"'])
    expect(problems({ ...s, clock: '36h' })).toEqual(['clock: expected system, 24h or 12h, got "36h"'])
  })
})
