// The tray's "Missed reminders" entry: shown only when something went unanswered, each line opens the checklist.
import { describe, expect, it } from 'vitest'
import { missedRemindersItems, trayTemplate } from '../../electron/tray-menu.ts'
import { emptyNightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { buildSnapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'

const settings = defaultSettings()
const plan = planNight(settings, '2026-11-24', 'Europe/Berlin')
const snapshotAt = (iso: string, record = emptyNightRecord()) =>
  buildSnapshot(plan, record, settings, Date.parse(iso), iso)

describe('tray: missed reminders', () => {
  it('lists each unanswered step with its time under one submenu after the progress line', () => {
    const record = {
      ...emptyNightRecord(),
      steps: { 'exercise-cutoff': { status: 'done' as const, at: '2026-11-24T18:35:00+01:00' } },
    }
    const template = trayTemplate(snapshotAt('2026-11-24T19:30:00+01:00', record))
    expect(template.map((i) => i.id).slice(0, 3)).toEqual(['headline', 'progress', 'missed-reminders'])
    expect(template[2]).toEqual({
      id: 'missed-reminders',
      type: 'submenu',
      label: 'Missed reminders (1)',
      submenu: [
        {
          id: 'missed-warm-socks',
          label: '19:00 Warm socks or leg wraps',
          action: { kind: 'open-checklist' },
        },
      ],
    })
  })

  it('has no entry when nothing was missed', () => {
    expect(missedRemindersItems(snapshotAt('2026-11-24T18:00:00+01:00'))).toEqual([])
    expect(
      trayTemplate(snapshotAt('2026-11-24T18:00:00+01:00')).some((i) => i.id === 'missed-reminders'),
    ).toBe(false)
  })
})
