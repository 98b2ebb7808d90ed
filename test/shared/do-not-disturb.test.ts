// Do Not Disturb follows the same rules as a sleep: held while on, then one alert with the late step and a
// summary of the rest. The gate is pure; decide() does the rest, so both are checked together here.
import { describe, expect, it } from 'vitest'
import { doNotDisturbGate } from '../../shared/do-not-disturb.ts'
import { notificationText } from '../../shared/notification-text.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { type Alert, decide } from '../../shared/schedule.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

function alertOf(decision: { alert: Alert | null }): Alert {
  if (!decision.alert) throw new Error('expected an alert, got none')
  return decision.alert
}

const options = { enabled: true, graceMinutes: 15, headsUpMinutes: 0 }

describe('doNotDisturbGate', () => {
  it('holds every wake-up while the desktop is inhibited', () => {
    expect(doNotDisturbGate(true, false, 'passed')).toEqual({ hold: true, holding: true, away: 'passed' })
    expect(doNotDisturbGate(true, true, 'asleep')).toEqual({ hold: true, holding: true, away: 'asleep' })
  })

  it('words the first wake-up after it as "during Do Not Disturb", then goes back to normal', () => {
    expect(doNotDisturbGate(false, true, 'passed')).toEqual({
      hold: false,
      holding: false,
      away: 'do-not-disturb',
    })
    expect(doNotDisturbGate(false, false, 'passed')).toEqual({ hold: false, holding: false, away: 'passed' })
    expect(doNotDisturbGate(false, false, 'asleep')).toEqual({ hold: false, holding: false, away: 'asleep' })
  })
})

describe('after Do Not Disturb ends', () => {
  const settings = defaultSettings()
  const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
  const record = {
    ...emptyNightRecord(),
    steps: {
      'exercise-cutoff': { status: 'done' as const, at: '2026-11-24T18:40:00+01:00' },
      'warm-socks': { status: 'done' as const, at: '2026-11-24T19:05:00+01:00' },
    },
    notified: ['exercise-cutoff', 'warm-socks'],
  }

  it('sends the step within grace late once, with the older one summed up in the same notification', () => {
    // Held from 21:20 to 22:00: the bath (21:30) is past the grace window, magnesium (21:50) within it.
    const gate = doNotDisturbGate(false, true, 'passed')
    const decision = decide(plan, record, Date.parse('2026-11-24T22:00:00+01:00'), options)
    expect(decision.alert).toEqual({
      kind: 'due',
      stepIds: ['magnesium'],
      late: true,
      missedIds: ['warm-bath'],
    })
    const text = notificationText(alertOf(decision), plan, settings.steps, gate.away)
    expect(text.title).toBe('Magnesium glycinate')
    expect(text.body).toMatch(/^Planned for 21:50\./)
    expect(text.body).toContain('Missed during Do Not Disturb: Warm bath or shower.')
    // The next wake-up has nothing left to say: one digest, never a burst.
    const again = decide(plan, decision.record, Date.parse('2026-11-24T22:00:05+01:00'), options)
    expect(again.alert).toBeNull()
  })

  it('sums up in one notification when everything held is past the grace window', () => {
    const decision = decide(plan, record, Date.parse('2026-11-24T22:10:00+01:00'), options)
    expect(decision.alert).toEqual({ kind: 'summary', missedIds: ['warm-bath', 'magnesium'] })
    const text = notificationText(alertOf(decision), plan, settings.steps, 'do-not-disturb')
    expect(text.title).toBe('2 steps passed during Do Not Disturb')
  })
})
