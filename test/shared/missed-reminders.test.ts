// Reminders that went out and got no answer tonight, from the same snapshot the checklist shows.
import { describe, expect, it } from 'vitest'
import { missedReminders } from '../../shared/missed-reminders.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'

const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')

function at(nowIso: string, record: Partial<NightRecord> = {}, patch: Partial<typeof settings> = {}) {
  const full = { ...emptyNightRecord(), ...record }
  return missedReminders(buildSnapshot(plan, full, { ...settings, ...patch }, Date.parse(nowIso), nowIso))
}

describe('missedReminders', () => {
  it('lists steps whose time came without a tick, skip or snooze, and those marked missed', () => {
    const list = at('2026-11-24T21:55:00+01:00', {
      steps: {
        'exercise-cutoff': { status: 'done', at: '2026-11-24T18:35:00+01:00' },
        'warm-socks': { status: 'skipped', at: '2026-11-24T19:10:00+01:00' },
        'warm-bath': { status: 'missed', at: '2026-11-24T21:50:00+01:00' },
      },
      notified: ['exercise-cutoff', 'warm-socks', 'magnesium'],
      summarized: ['warm-bath'],
    })
    expect(list).toEqual([
      { id: 'warm-bath', title: 'Warm bath or shower', at: '2026-11-24T21:30:00+01:00', state: 'missed' },
      { id: 'magnesium', title: 'Magnesium glycinate', at: '2026-11-24T21:50:00+01:00', state: 'due' },
    ])
  })

  it('leaves out a step while its snooze runs, and lists it again once the snooze ran out', () => {
    const record = {
      steps: {
        'exercise-cutoff': { status: 'done' as const, at: '2026-11-24T18:35:00+01:00' },
        'warm-socks': { status: 'done' as const, at: '2026-11-24T19:05:00+01:00' },
        'warm-bath': { status: 'done' as const, at: '2026-11-24T21:35:00+01:00' },
      },
      snoozed: { magnesium: '2026-11-24T22:00:00+01:00' },
    }
    expect(at('2026-11-24T21:55:00+01:00', record)).toEqual([])
    expect(at('2026-11-24T22:01:00+01:00', record).map((m) => m.id)).toEqual(['magnesium'])
    // At the very minute the snooze ends the step is due again.
    expect(at('2026-11-24T22:00:00+01:00', record)).toEqual([
      { id: 'magnesium', title: 'Magnesium glycinate', at: '2026-11-24T21:50:00+01:00', state: 'due' },
    ])
  })

  it('is empty before any step is due, on a paused night and with notifications off', () => {
    expect(at('2026-11-24T18:00:00+01:00')).toEqual([])
    expect(at('2026-11-24T21:55:00+01:00', { paused: true })).toEqual([])
    const off = { ...settings.notifications, enabled: false }
    expect(at('2026-11-24T21:55:00+01:00', {}, { notifications: off })).toEqual([])
  })
})
