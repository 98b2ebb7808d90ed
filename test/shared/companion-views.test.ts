// The view builders: stored nights and journal in, the history, health and summary models out.
import { describe, expect, it } from 'vitest'
import { buildHealthView, ironMagnesiumConflict } from '../../shared/health-view.ts'
import {
  buildHistoryView,
  isCheckInDue,
  localToday,
  nightEntries,
  snapshotBanners,
} from '../../shared/history-view.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { addDays, instantMs } from '../../shared/night.ts'
import type { NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { buildSummaryView, SUMMARY_DAYS } from '../../shared/summary-view.ts'
import { CORE, checkIn, record } from './fixtures/journal.ts'

const TZ = 'Europe/Berlin'
/** 2026-11-24 20:00 Berlin: tonight is 2026-11-24, last night 2026-11-23. */
const NOW = instantMs('2026-11-24T20:00:00+01:00')
const at = (iso: string) => ({ nowMs: instantMs(iso), timeZone: TZ })

const allDone = (planned: readonly string[] = CORE): NightRecord => ({
  ...record(Object.fromEntries(planned.map((id) => [id, 'done' as const]))),
  planned: [...planned],
})
const journal = (patch: Partial<Journal> = {}): Journal => ({ ...emptyJournal(), ...patch })

describe('nightEntries', () => {
  it('judges a night by its own planned steps, else by the steps enabled now', () => {
    const settings: Settings = {
      ...defaultSettings(),
      steps: defaultSettings().steps.map((s) => ({ ...s, enabled: s.id !== 'warm-bath' })),
    }
    const entries = nightEntries(
      { '2026-11-01': allDone(['magnesium']), '2026-11-02': record({ magnesium: 'done' }) },
      { '2026-11-03': checkIn(4) },
      settings,
    )
    expect(entries.get('2026-11-01')?.planned).toEqual(['magnesium'])
    expect(entries.get('2026-11-02')?.planned).toEqual(CORE.filter((id) => id !== 'warm-bath'))
    expect(entries.get('2026-11-03')).toMatchObject({ checkIn: { severity: 4 } })
    expect(entries.get('2026-11-03')?.record).toBeUndefined()
  })
})

describe('buildHistoryView', () => {
  const nights: Record<string, NightRecord> = {}
  for (let i = 1; i <= 10; i++) nights[addDays('2026-11-13', i)] = allDone()

  it('ends the calendar with last night, one cell per day of the range', () => {
    const view = buildHistoryView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      nights,
      journal: journal(),
      days: 30,
    })
    expect(view).toMatchObject({ tonight: '2026-11-24', lastNight: '2026-11-23', days: 30 })
    expect(view.calendar).toHaveLength(30)
    expect(view.calendar.at(-1)?.night).toBe('2026-11-23')
    expect(view.calendar[0]?.night).toBe('2026-10-25')
    expect(view.series.severity).toHaveLength(30)
    expect(view.streaks.current.length).toBe(10)
    expect(view.correlationNote).toMatch(/not proof/)
  })

  it('steps over a travel night without breaking the streak, and lists it', () => {
    const gap = { ...nights }
    delete gap['2026-11-18']
    const broken = buildHistoryView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      nights: gap,
      journal: journal(),
      days: 30,
    })
    expect(broken.streaks.current.length).toBe(5)
    const travel = buildHistoryView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      nights: gap,
      journal: journal({ travelNights: ['2026-11-18', '2025-01-01'] }),
      days: 30,
    })
    expect(travel.streaks.current.length).toBe(9)
    expect(travel.travelNights).toEqual(['2026-11-18'])
    expect(travel.calendar.find((c) => c.night === '2026-11-18')).toMatchObject({
      travel: true,
      state: 'neutral',
    })
  })

  it('hands over the check-ins inside the range for editing, and the doctor prompts', () => {
    const checkIns = {
      '2026-11-21': checkIn(8),
      '2026-11-22': checkIn(9),
      '2026-11-23': checkIn(7),
      '2026-01-01': checkIn(1),
    }
    const view = buildHistoryView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      nights,
      journal: journal({ checkIns }),
      days: 30,
    })
    expect(Object.keys(view.checkIns).sort()).toEqual(['2026-11-21', '2026-11-22', '2026-11-23'])
    expect(view.prompts.map((p) => p.kind)).toEqual(['severe-nights'])
    expect(view.calendar.at(-1)).toMatchObject({ severity: 7 })
  })
})

describe('check-in due and snapshot banners', () => {
  const settings = defaultSettings()
  it('is due from 08:00 until noon on the morning after, until a check-in is saved', () => {
    expect(isCheckInDue(settings, journal(), at('2026-11-25T07:59:00+01:00'))).toBe(false)
    expect(isCheckInDue(settings, journal(), at('2026-11-25T08:00:00+01:00'))).toBe(true)
    expect(isCheckInDue(settings, journal(), at('2026-11-25T12:00:00+01:00'))).toBe(false)
    const done = journal({ checkIns: { '2026-11-24': checkIn(2) } })
    expect(isCheckInDue(settings, done, at('2026-11-25T09:00:00+01:00'))).toBe(false)
    expect(
      isCheckInDue({ ...settings, checkInEnabled: false }, journal(), at('2026-11-25T09:00:00+01:00')),
    ).toBe(false)
  })

  it('carries the prompts that are not dismissed', () => {
    const pregnant = { ...settings, health: { pregnant: true, kidneyDisease: true } }
    const banners = snapshotBanners(
      pregnant,
      journal({ dismissedPrompts: ['pregnancy'] }),
      at('2026-11-25T09:00:00+01:00'),
    )
    expect(banners.prompts.map((p) => p.id)).toEqual(['kidney-disease'])
    expect(banners.checkInDue).toBe(true)
  })

  it('uses the local calendar date as today, not the night', () => {
    expect(localToday(at('2026-11-25T01:00:00+01:00'))).toBe('2026-11-25')
  })
})

describe('buildHealthView', () => {
  it('sorts labs, builds series and bands, and plans the ferritin recheck', () => {
    const view = buildHealthView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      journal: journal({
        labs: [
          { id: 'b', kind: 'ferritin', value: 60, date: '2026-09-01' },
          { id: 'a', kind: 'ferritin', value: 30, date: '2026-05-01' },
          { id: 'c', kind: 'vitaminD', value: 35, date: '2026-09-01' },
        ],
      }),
    })
    expect(view.today).toBe('2026-11-24')
    expect(view.labs.map((l) => l.id)).toEqual(['a', 'b', 'c'])
    expect(view.series.ferritin).toEqual([
      { date: '2026-05-01', value: 30 },
      { date: '2026-09-01', value: 60 },
    ])
    expect(view.series.tsat).toEqual([])
    expect(view.bands.vitaminD).toEqual([{ from: 40, to: 60, label: 'Target' }])
    expect(view.recheck).toMatchObject({ dueDate: '2026-12-01', status: 'upcoming' })
  })

  it('matches medicines against the watch list and marks iron', () => {
    const view = buildHealthView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      journal: journal({
        medicines: [
          { id: 'm1', name: 'ZzzQuil', kind: 'medicine' },
          { id: 'm2', name: 'Ondansetron', kind: 'medicine' },
          { id: 'm3', name: 'Ferrous sulfate', kind: 'supplement', time: '08:00' },
        ],
      }),
    })
    expect(view.medicines.map((m) => [m.entry.id, m.matches.map((x) => x.generic), m.iron])).toEqual([
      ['m1', ['diphenhydramine'], false],
      ['m2', [], false],
      ['m3', [], true],
    ])
    expect(view.ironRules.length).toBeGreaterThan(0)
    expect(view.ironConflict).toBeNull()
  })

  it('flags iron within 2 h of tonight’s magnesium step, following a tonight-only bedtime', () => {
    const iron = [{ id: 'm', name: 'Iron bisglycinate', kind: 'supplement' as const, time: '20:30' }]
    // Magnesium is 40 min before bed: 21:50 usually, 23:20 with a tonight-only bedtime of 00:00.
    expect(
      ironMagnesiumConflict(defaultSettings(), iron, at('2026-11-24T20:00:00+01:00'))?.minutesApart,
    ).toBe(80)
    expect(
      ironMagnesiumConflict(defaultSettings(), iron, at('2026-11-24T20:00:00+01:00'), '00:00'),
    ).toBeNull()
    const noMagnesium = {
      ...defaultSettings(),
      steps: defaultSettings().steps.filter((s) => s.id !== 'magnesium'),
    }
    expect(ironMagnesiumConflict(noMagnesium, iron, at('2026-11-24T20:00:00+01:00'))).toBeNull()
  })
})

describe('buildSummaryView', () => {
  it('covers the last 90 nights: adherence over nights the routine ran, averages, ferritin trend', () => {
    const nights: Record<string, NightRecord> = {
      '2026-11-23': allDone(),
      '2026-11-22': {
        ...record({ magnesium: 'done', 'warm-bath': 'missed' }),
        planned: ['magnesium', 'warm-bath'],
      },
      '2026-11-21': { ...record({}, true), planned: CORE },
      // Outside the 90 nights: not counted.
      '2026-08-01': allDone(),
    }
    const view = buildSummaryView({
      nowMs: NOW,
      timeZone: TZ,
      settings: defaultSettings(),
      nights,
      journal: journal({
        checkIns: { '2026-11-23': checkIn(2), '2026-11-22': checkIn(5), '2026-08-01': checkIn(9) },
        labs: [{ id: 'f', kind: 'ferritin', value: 41, date: '2026-03-01' }],
      }),
    })
    expect(view).toMatchObject({ generatedOn: '2026-11-24', from: '2026-08-26', to: '2026-11-23' })
    expect(view.severity).toHaveLength(SUMMARY_DAYS)
    expect(view.adherence).toEqual({
      nights: 2,
      completeNights: 1,
      stepsDone: 6,
      stepsPlanned: 7,
      percent: 86,
    })
    expect(view.averages).toEqual({ severity: 3.5, sleepQuality: 6.5, checkIns: 2 })
    expect(view.ferritin).toEqual([{ date: '2026-03-01', value: 41 }])
    expect(view.disclaimer).toMatch(/recommends no prescription drug or dose/)
  })
})
