// The check-in decision itself, without the scheduler around it: whether to ask now, whether the banner shows,
// and when the timer must wake next, at the edges (exactly the check-in time, after noon, a check-in time
// after noon, nights already asked or checked in, check-ins or notifications off).
import { describe, expect, it } from 'vitest'
import { checkInReminder } from '../../electron/check-in-reminder.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { checkIn } from '../shared/fixtures/journal.ts'

const TZ = 'Europe/Berlin'
const settings = defaultSettings()
const at = (iso: string) => instantMs(iso)
const decide = (iso: string, options: { settings?: Settings; journal?: Journal } = {}) =>
  checkInReminder(options.settings ?? settings, options.journal ?? emptyJournal(), at(iso), TZ)

describe('check-in reminder decision', () => {
  it('before the check-in time wakes the timer at 08:00 and asks nothing yet', () => {
    expect(decide('2026-11-25T07:00:00+01:00')).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: at('2026-11-25T08:00:00+01:00'),
    })
  })

  it('at exactly the check-in time asks about last night and sets no wake-up at that same instant', () => {
    expect(decide('2026-11-25T08:00:00+01:00')).toEqual({ askNow: '2026-11-24', due: true, nextWakeMs: null })
  })

  it('after noon wakes the next morning for the coming night', () => {
    expect(decide('2026-11-25T14:00:00+01:00')).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: at('2026-11-26T08:00:00+01:00'),
    })
  })

  it('with a check-in time after noon wakes for the earlier of the two nights', () => {
    const late = { ...settings, checkInTime: '13:00' }
    expect(decide('2026-11-25T12:30:00+01:00', { settings: late })).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: at('2026-11-25T13:00:00+01:00'),
    })
  })

  it('does not wake for a night already asked about, even without a check-in', () => {
    const journal = { ...emptyJournal(), checkInAsked: ['2026-11-24'] }
    expect(decide('2026-11-25T07:00:00+01:00', { journal })).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: null,
    })
  })

  it('does not wake for a night that already has a check-in', () => {
    const journal = { ...emptyJournal(), checkIns: { '2026-11-24': checkIn(3) } }
    expect(decide('2026-11-25T07:00:00+01:00', { journal })).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: null,
    })
  })

  it('with notifications off shows the banner when due but never asks or wakes', () => {
    const silent = { ...settings, notifications: { ...settings.notifications, enabled: false } }
    expect(decide('2026-11-25T07:00:00+01:00', { settings: silent })).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: null,
    })
    expect(decide('2026-11-25T09:00:00+01:00', { settings: silent })).toEqual({
      askNow: null,
      due: true,
      nextWakeMs: null,
    })
  })

  it('with check-ins off does nothing at all', () => {
    const off = { ...settings, checkInEnabled: false }
    expect(decide('2026-11-25T07:00:00+01:00', { settings: off })).toEqual({
      askNow: null,
      due: false,
      nextWakeMs: null,
    })
  })
})
