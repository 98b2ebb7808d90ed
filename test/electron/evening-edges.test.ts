// The evening service on the edges a person meets: a bedtime change that moves a heads-up, a status that
// is not one, a pause after the evening is over, the doctor banners failing, what is saved with the night.
import { describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import type { Clock } from '../../electron/services.ts'
import { emptyJournal } from '../../shared/journal.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { CORE as CORE_IDS, checkIn, record } from '../shared/fixtures/journal.ts'
import { createMemoryStore } from '../support/memory-store.ts'

const NIGHT = '2026-11-24'
const CORE = ['exercise-cutoff', 'warm-socks', 'warm-bath', 'magnesium', 'pre-bed-walk']
const clockAt = (iso: string): Clock => ({ now: () => instantMs(iso), timeZone: () => 'Europe/Berlin' })

function setup(nowIso: string) {
  const store = createMemoryStore()
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const evening = createEvening({ store, clock: clockAt(nowIso), logger })
  const changes = vi.fn()
  evening.onChange(changes)
  return { store, evening, logger, changes }
}

describe('evening: a bedtime change and the heads-up', () => {
  it('a later bedtime gives a step that already had its heads-up a new one before its new time', () => {
    // 21:25: the bath (21:30) has had its heads-up. Bedtime 23:30 moves it to 22:30.
    const { evening, store } = setup(`${NIGHT}T21:25:00+01:00`)
    store.setNight(NIGHT, {
      ...store.getNight(NIGHT),
      notified: ['exercise-cutoff', 'warm-socks'],
      headsUp: ['exercise-cutoff', 'warm-socks', 'warm-bath'],
    })
    evening.setTonightBedtime('23:30')
    const saved = store.getNight(NIGHT)
    expect(saved.bedtimeOverride).toBe('23:30')
    // The exercise cut-off moves from 18:30 to 19:30, still past: it keeps its marks.
    expect(saved.headsUp).toEqual(['exercise-cutoff', 'warm-socks'])
    expect(saved.notified).toEqual(['exercise-cutoff', 'warm-socks'])
  })

  it('back to the usual bedtime moves the steps back and drops the override', () => {
    const { evening, store } = setup(`${NIGHT}T20:00:00+01:00`)
    evening.setTonightBedtime('23:30')
    store.setNight(NIGHT, { ...store.getNight(NIGHT), headsUp: ['warm-bath'] })
    const snap = evening.setTonightBedtime(null)
    expect(store.getNight(NIGHT)).not.toHaveProperty('bedtimeOverride')
    expect(store.getNight(NIGHT).headsUp).toEqual([])
    expect(snap.bedtime).toMatchObject({ clock: '22:30', tonightOnly: false })
  })

  it('a settings change that moves a notified step reminds it again; one that moves nothing writes nothing', () => {
    const { evening, store, changes } = setup(`${NIGHT}T21:35:00+01:00`)
    store.setNight(NIGHT, {
      ...store.getNight(NIGHT),
      notified: ['warm-socks', 'warm-bath'],
      headsUp: ['warm-bath'],
    })
    const writes = store.nightWrites.length
    evening.updateSettings({ ...defaultSettings(), checkInTime: '08:30' })
    expect(store.nightWrites).toHaveLength(writes)
    expect(changes).toHaveBeenCalledTimes(1)
    evening.updateSettings({ ...defaultSettings(), bedtime: '23:30' })
    expect(store.nightWrites).toHaveLength(writes + 1)
    expect(store.getNight(NIGHT)).toMatchObject({ notified: ['warm-socks'], headsUp: [] })
    expect(changes).toHaveBeenCalledTimes(2)
  })
})

describe('evening: what is refused', () => {
  it('a status that is not done, skipped or pending is refused by name and nothing is saved', () => {
    const { evening, store, changes } = setup(`${NIGHT}T21:35:00+01:00`)
    expect(() => evening.setStepStatus('warm-bath', 'maybe' as 'done')).toThrow(
      'status: expected done, skipped or pending, got "maybe"',
    )
    expect(store.nightWrites).toEqual([])
    expect(changes).not.toHaveBeenCalled()
  })

  it('pause must be true or false', () => {
    const { evening, store } = setup(`${NIGHT}T21:35:00+01:00`)
    expect(() => evening.setPaused('yes' as unknown as boolean)).toThrow(
      /^paused: expected true or false, got "yes"$/,
    )
    expect(store.nightWrites).toEqual([])
  })

  it('an evening that is over cannot be paused, but resuming it is harmless', () => {
    const { evening, store } = setup(`${NIGHT}T23:30:00+01:00`)
    expect(() => evening.setPaused(true)).toThrow(
      `paused: the evening of ${NIGHT} is already over; there is nothing left to pause`,
    )
    expect(store.nightWrites).toEqual([])
    expect(evening.setPaused(false).paused).toBe(false)
  })

  it('a paused evening offers no snooze and says why', () => {
    const { evening } = setup(`${NIGHT}T21:35:00+01:00`)
    evening.setPaused(true)
    expect(() => evening.snooze('warm-bath')).toThrow(
      /stepId: "warm-bath" cannot be snoozed now \(it is due, reminders are paused; a snooze must end/,
    )
  })

  it('a step still to come cannot be snoozed, and the refusal says what it is', () => {
    const { evening } = setup(`${NIGHT}T21:35:00+01:00`)
    expect(() => evening.snooze('magnesium')).toThrow(
      /^stepId: "magnesium" cannot be snoozed now \(it is upcoming; a snooze must end before the step or the evening does\)$/,
    )
  })

  it('a snooze of a step that is not tonight’s names the step and the night', () => {
    const { evening } = setup(`${NIGHT}T21:35:00+01:00`)
    expect(() => evening.snooze('iron-dose')).toThrow(
      `stepId: "iron-dose" is not one of tonight's steps (night ${NIGHT})`,
    )
  })
})

describe('evening: what is saved with a change', () => {
  it('ticking a snoozed step saves done with the time, drops the snooze and keeps tonight’s plan', () => {
    const { evening, store } = setup(`${NIGHT}T21:35:00+01:00`)
    evening.snooze('warm-bath')
    expect(store.getNight(NIGHT).notified).toEqual(['warm-bath'])
    evening.setStepStatus('warm-bath', 'done')
    const saved = store.getNight(NIGHT)
    expect(saved.steps['warm-bath']).toEqual({ status: 'done', at: `${NIGHT}T21:35:00+01:00` })
    expect(saved.snoozed).toEqual({})
    expect(saved.planned).toEqual(CORE)
  })

  it('snoozing a step already notified does not list it twice', () => {
    const { evening, store } = setup(`${NIGHT}T21:35:00+01:00`)
    store.setNight(NIGHT, { ...store.getNight(NIGHT), notified: ['warm-bath'] })
    evening.snooze('warm-bath')
    expect(store.getNight(NIGHT).notified).toEqual(['warm-bath'])
  })

  it('dismissing notices tells the windows', () => {
    const { evening, changes } = setup(`${NIGHT}T21:35:00+01:00`)
    evening.dismissNotices()
    evening.changed()
    expect(changes).toHaveBeenCalledTimes(2)
  })
})

describe('evening: the doctor banners are extras', () => {
  it('a failure working them out leaves tonight’s checklist intact and is logged, not swallowed', () => {
    const { evening, store, logger } = setup(`${NIGHT}T21:35:00+01:00`)
    vi.spyOn(store, 'recentJournal').mockImplementation(() => {
      throw new Error('journal unreadable')
    })
    const snap = evening.snapshot()
    expect(snap.steps).toHaveLength(5)
    expect(snap.prompts).toEqual([])
    expect(snap.checkInDue).toBe(false)
    expect(logger.error).toHaveBeenCalledWith(
      'evening: could not work out the doctor prompts',
      expect.any(Error),
    )
  })
})

describe('evening: the morning check-in banner', () => {
  it('shows the check-in as waiting the morning after, and not once last night has one', () => {
    const { evening, store } = setup('2026-11-25T08:30:00+01:00')
    const snap = evening.snapshot()
    expect(snap.night).toBe(NIGHT)
    expect(snap.checkInDue).toBe(true)
    store.setCheckIn(NIGHT, checkIn(3))
    expect(evening.snapshot().checkInDue).toBe(false)
  })

  it('does not show it the evening before', () => {
    expect(setup(`${NIGHT}T21:35:00+01:00`).evening.snapshot().checkInDue).toBe(false)
  })
})

describe('evening: the doctor banner about treatment', () => {
  // Seven severe check-ins (mean 7) on the nights up to yesterday, and ferritin in the target range.
  const severities = [8, 6, 8, 6, 8, 6, 7]
  const nights = [
    '2026-11-17',
    '2026-11-18',
    '2026-11-19',
    '2026-11-20',
    '2026-11-21',
    '2026-11-22',
    '2026-11-23',
  ]
  const journal = () => {
    const j = emptyJournal()
    nights.forEach((n, i) => {
      j.checkIns[n] = checkIn(severities[i] ?? 7)
    })
    j.labs = [{ id: 'f-120', kind: 'ferritin', value: 120, date: '2026-11-20' }]
    return j
  }
  const followed = () => {
    const r = record(Object.fromEntries(CORE_IDS.map((id) => [id, 'done' as const])))
    return Object.fromEntries(nights.map((n) => [n, { ...r, planned: CORE_IDS }]))
  }
  const promptsWith = (store: ReturnType<typeof createMemoryStore>) =>
    createEvening({
      store,
      clock: clockAt(`${NIGHT}T21:35:00+01:00`),
      logger: { info() {}, warn() {}, error: vi.fn() },
    })
      .snapshot()
      .prompts.map((p) => p.kind)

  it('appears when the routine was followed on those nights, read from their records', () => {
    expect(promptsWith(createMemoryStore({ journal: journal(), nights: followed() }))).toContain(
      'discuss-treatment',
    )
  })

  it('does not appear when those nights have no records: the routine is not known to be followed', () => {
    expect(promptsWith(createMemoryStore({ journal: journal() }))).not.toContain('discuss-treatment')
  })
})
