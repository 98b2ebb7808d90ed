// Cautions follow the person's health notes and appear wherever the step does: the checklist snapshot and the
// notification body (the settings editor is covered in test/renderer/settings.test.tsx).
import { describe, expect, it } from 'vitest'
import { CAUTIONS, stepCautions, stepsOffWithFlags, stepsToSwitchOff } from '../../shared/cautions.ts'
import { notificationText, notificationTextWithCautions } from '../../shared/notification-text.ts'
import { CATALOGUE } from '../../shared/protocol.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'

const NONE = { pregnant: false, kidneyDisease: false, neuropathy: false }
const KIDNEY = { ...NONE, kidneyDisease: true }
const PREGNANT = { ...NONE, pregnant: true }
const NEUROPATHY = { ...NONE, neuropathy: true }

describe('stepCautions', () => {
  it('says nothing without a health note, for every step in the catalogue', () => {
    for (const id of Object.keys(CATALOGUE)) expect(stepCautions(id, NONE), id).toEqual([])
  })

  it('kidney disease: magnesium says to check with the kidney team first, and that the dose is elemental', () => {
    expect(stepCautions('magnesium', KIDNEY)).toEqual([CAUTIONS.magnesiumKidney])
    expect(CAUTIONS.magnesiumKidney).toMatch(/check with your kidney team before taking magnesium/)
    expect(CAUTIONS.magnesiumKidney).toMatch(/elemental magnesium/)
    expect(stepCautions('warm-bath', KIDNEY)).toEqual([])
  })

  it('pregnancy: the bath is warm, not hot (no 40 °C+ soaks); magnesium and supplements after asking', () => {
    expect(stepCautions('warm-bath', PREGNANT)).toEqual([CAUTIONS.bathPregnancy])
    expect(CAUTIONS.bathPregnancy).toMatch(/warm, not hot.*40 °C \(104 °F\) or above/)
    expect(stepCautions('magnesium', PREGNANT)).toEqual([CAUTIONS.magnesiumPregnancy])
    expect(CAUTIONS.magnesiumPregnancy).toMatch(/midwife or doctor.*any other supplement/)
  })

  it('neuropathy or diabetes: scald warnings on the bath and warm socks, arterial disease on compression socks', () => {
    expect(stepCautions('warm-bath', NEUROPATHY)).toEqual([CAUTIONS.bathNeuropathy])
    expect(CAUTIONS.bathNeuropathy).toMatch(/hand or a thermometer/)
    expect(stepCautions('warm-socks', NEUROPATHY)).toEqual([CAUTIONS.socksNeuropathy])
    expect(CAUTIONS.socksNeuropathy).toMatch(/not hot-water bottles or heated wraps left on the skin/)
    expect(stepCautions('compression-socks', NEUROPATHY)).toEqual([CAUTIONS.compressionNeuropathy])
    expect(CAUTIONS.compressionNeuropathy).toMatch(/peripheral arterial disease/)
  })

  it('several notes add up, and a custom step has none', () => {
    const all = { pregnant: true, kidneyDisease: true, neuropathy: true }
    expect(stepCautions('magnesium', all)).toEqual([CAUTIONS.magnesiumKidney, CAUTIONS.magnesiumPregnancy])
    expect(stepCautions('warm-bath', all)).toEqual([CAUTIONS.bathPregnancy, CAUTIONS.bathNeuropathy])
    expect(stepCautions('custom-1', all)).toEqual([])
  })

  it('an absent neuropathy note (settings saved before it existed) reads as no', () => {
    expect(stepCautions('warm-socks', { pregnant: false, kidneyDisease: false })).toEqual([])
  })
})

describe('steps switched off by a health note', () => {
  it('kidney disease turns magnesium off when it is newly noted, and only then', () => {
    expect(stepsOffWithFlags(KIDNEY)).toEqual(['magnesium'])
    expect(stepsToSwitchOff(NONE, KIDNEY)).toEqual(['magnesium'])
    expect(stepsToSwitchOff(KIDNEY, KIDNEY)).toEqual([])
    expect(stepsToSwitchOff(KIDNEY, NONE)).toEqual([])
    expect(stepsToSwitchOff(NONE, PREGNANT)).toEqual([])
  })
})

describe('cautions where the step is shown', () => {
  const settings = { ...defaultSettings(), health: { pregnant: false, kidneyDisease: true } }
  const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
  const nowMs = Date.parse('2026-11-24T21:00:00+01:00')

  it('the checklist snapshot carries them on the step, and only there', () => {
    const snapshot = buildSnapshot(plan, emptyNightRecord(), settings, nowMs, '2026-11-24T21:00:00+01:00')
    const byId = Object.fromEntries(snapshot.steps.map((s) => [s.id, s]))
    expect(byId.magnesium?.cautions).toEqual([CAUTIONS.magnesiumKidney])
    expect(byId['warm-bath']?.cautions).toBeUndefined()
  })

  it('the notification for the step ends with them; a summary of missed steps does not', () => {
    const due = notificationTextWithCautions(
      { kind: 'due', stepIds: ['magnesium'], late: false, missedIds: [] },
      plan,
      settings.steps,
      'asleep',
      settings.health,
    )
    const plain = notificationText(
      { kind: 'due', stepIds: ['magnesium'], late: false, missedIds: [] },
      plan,
      settings.steps,
      'asleep',
    )
    expect(due.body).toBe(`${plain.body}\n${CAUTIONS.magnesiumKidney}`)
    expect(plain.body).toMatch(/^300–400 mg at 21:50/)
    const headsUp = notificationTextWithCautions(
      { kind: 'heads-up', stepIds: ['magnesium'], minutes: 10 },
      plan,
      settings.steps,
      'asleep',
      settings.health,
    )
    expect(headsUp.body).toContain(CAUTIONS.magnesiumKidney)
    const summary = notificationTextWithCautions(
      { kind: 'summary', missedIds: ['magnesium'] },
      plan,
      settings.steps,
      'asleep',
      settings.health,
    )
    expect(summary.body).not.toContain(CAUTIONS.magnesiumKidney)
    const other = notificationTextWithCautions(
      { kind: 'due', stepIds: ['warm-bath'], late: false, missedIds: [] },
      plan,
      settings.steps,
      'asleep',
      settings.health,
    )
    const bath = { kind: 'due' as const, stepIds: ['warm-bath'], late: false, missedIds: [] }
    expect(other.body).toBe(notificationText(bath, plan, settings.steps, 'asleep').body)
    expect(other.body).not.toContain('Kidney')
  })
})
