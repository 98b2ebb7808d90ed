// Escalation: off unless chosen; one nudge, only after a reminder that got no answer, N minutes after it.
import { describe, expect, it } from 'vitest'
import { escalationNudge, nudgeAtMs } from '../../shared/escalation.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, parseSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const base = defaultSettings()
const withEscalation: Settings = { ...base, escalation: { stepId: 'magnesium', afterMinutes: 20 } }
const plan = planNight(base, '2026-11-24', 'Europe/Berlin')
const notified: NightRecord = { ...emptyNightRecord(), notified: ['magnesium'] }
const at = (iso: string) => Date.parse(iso)

describe('escalation', () => {
  it('is off by default and validated when set', () => {
    expect(base.escalation).toBeUndefined()
    expect(escalationNudge(plan, notified, base, at('2026-11-24T23:00:00+01:00'))).toBeNull()
    expect(() =>
      parseSettings({ ...withEscalation, escalation: { stepId: 'magnesium', afterMinutes: 1 } }),
    ).toThrow(/escalation\.afterMinutes/)
  })

  it('nudges once, N minutes after the reminder, when the step is still open', () => {
    // Magnesium is at 21:50; the nudge falls due at 22:10.
    expect(nudgeAtMs(plan, notified, withEscalation)).toBe(at('2026-11-24T22:10:00+01:00'))
    expect(escalationNudge(plan, notified, withEscalation, at('2026-11-24T22:09:00+01:00'))).toBeNull()
    const nudge = escalationNudge(plan, notified, withEscalation, at('2026-11-24T22:10:00+01:00'))
    expect(nudge).toEqual({
      record: { ...notified, nudged: ['magnesium'] },
      title: 'Still to do: Magnesium glycinate',
      body: expect.any(String),
      stepIds: ['magnesium'],
    })
    expect(
      escalationNudge(plan, nudge?.record ?? notified, withEscalation, at('2026-11-24T22:30:00+01:00')),
    ).toBeNull()
  })

  it('never nudges a step that was not reminded, was answered, or on a paused night', () => {
    const late = at('2026-11-24T22:30:00+01:00')
    expect(escalationNudge(plan, emptyNightRecord(), withEscalation, late)).toBeNull()
    const done = {
      ...notified,
      steps: { magnesium: { status: 'done' as const, at: '2026-11-24T21:55:00+01:00' } },
    }
    expect(escalationNudge(plan, done, withEscalation, late)).toBeNull()
    expect(
      escalationNudge(
        plan,
        { ...notified, snoozed: { magnesium: '2026-11-24T22:40:00+01:00' } },
        withEscalation,
        late,
      ),
    ).toBeNull()
    expect(escalationNudge(plan, { ...notified, paused: true }, withEscalation, late)).toBeNull()
  })

  it('calls the step by the person’s own title and instruction', () => {
    const own: Settings = {
      ...withEscalation,
      steps: base.steps.map((s) =>
        s.id === 'magnesium' ? { ...s, title: 'Magnesium 400', instruction: 'One capsule with water.' } : s,
      ),
    }
    const nudge = escalationNudge(plan, notified, own, at('2026-11-24T22:10:00+01:00'))
    expect(nudge?.title).toBe('Still to do: Magnesium 400')
    expect(nudge?.body).toBe('One capsule with water.')
  })

  it('falls back to the catalogue when the step has left the settings since tonight was planned', () => {
    const removed: Settings = { ...withEscalation, steps: base.steps.filter((s) => s.id !== 'magnesium') }
    const nudge = escalationNudge(plan, notified, removed, at('2026-11-24T22:10:00+01:00'))
    expect(nudge?.title).toBe('Still to do: Magnesium glycinate')
    expect(nudge?.stepIds).toEqual(['magnesium'])
  })
})
