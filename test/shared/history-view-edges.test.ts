// The history view at its edges: what counts as inside the range, the person's own step names in "what seems
// to help", and the doctor prompts that need the medicine list or the evening records.
import { describe, expect, it } from 'vitest'
import { buildHistoryView, type HistoryInput, journalPrompts } from '../../shared/history-view.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import type { LabEntry } from '../../shared/labs.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { allDone, checkIn, followedWeek, record } from './fixtures/journal.ts'

const TZ = 'Europe/Berlin'
/** 2026-11-24 20:00 Berlin: tonight is 2026-11-24, last night 2026-11-23; a 30-night range starts 2026-10-25. */
const NOW = instantMs('2026-11-24T20:00:00+01:00')
const moment = { nowMs: NOW, timeZone: TZ }
const journal = (patch: Partial<Journal> = {}): Journal => ({ ...emptyJournal(), ...patch })
const view = (patch: Partial<HistoryInput>) =>
  buildHistoryView({
    ...moment,
    settings: defaultSettings(),
    nights: {},
    journal: journal(),
    days: 30,
    ...patch,
  })

const ferritin = (value: number): LabEntry => ({
  id: `f-${value}`,
  kind: 'ferritin',
  value,
  date: '2026-11-20',
})

describe('the range of the history view', () => {
  it('hands over the check-ins from the first night of the range through tonight, and no others', () => {
    const checkIns = Object.fromEntries(
      ['2026-10-24', '2026-10-25', '2026-11-24', '2026-11-25'].map((n) => [n, checkIn(3)]),
    )
    expect(Object.keys(view({ journal: journal({ checkIns }) }).checkIns).sort()).toEqual([
      '2026-10-25',
      '2026-11-24',
    ])
  })

  it('lists the travel nights from the first night of the range through tonight, in date order', () => {
    const travelNights = ['2026-11-25', '2026-11-24', '2026-11-01', '2026-10-25', '2026-10-24']
    expect(view({ journal: journal({ travelNights }) }).travelNights).toEqual([
      '2026-10-25',
      '2026-11-01',
      '2026-11-24',
    ])
  })

  it('compares only the nights of the range in "what seems to help", under the names the person gave the steps', () => {
    const settings = defaultSettings()
    settings.steps = settings.steps.map((s) => (s.id === 'magnesium' ? { ...s, title: 'Mag glycinate' } : s))
    const nights = { '2026-10-24': allDone(), '2026-11-01': allDone(), '2026-11-02': record({}) }
    const checkIns = { '2026-10-24': checkIn(2), '2026-11-01': checkIn(3), '2026-11-02': checkIn(6) }
    const magnesium = view({ settings, nights, journal: journal({ checkIns }) }).helps.find(
      (c) => c.id === 'magnesium',
    )
    expect(magnesium).toMatchObject({ name: 'Mag glycinate', withNights: 1, withoutNights: 1 })
  })
})

describe('doctor prompts in the history view', () => {
  it('asks about high iron when an iron supplement without a start date is one of several medicines', () => {
    const medicines = [
      { id: 'm1', name: 'Vitamin D', kind: 'supplement' as const },
      { id: 'm2', name: 'Ferrous sulfate 325', kind: 'supplement' as const },
    ]
    const kinds = (j: Journal) => journalPrompts(defaultSettings(), j, moment).map((p) => p.kind)
    expect(kinds(journal({ labs: [ferritin(400)], medicines }))).toEqual(['iron-high'])
    expect(kinds(journal({ labs: [ferritin(400)], medicines: medicines.slice(0, 1) }))).toEqual([])
  })

  it('judges the routine from the stored nights when no other source of records is given', () => {
    const { nights, checkIns } = followedWeek()
    const j = journal({ checkIns, labs: [ferritin(90)] })
    expect(view({ nights, journal: j }).prompts.map((p) => p.kind)).toContain('discuss-treatment')
    // The store's record source, when given, is the one asked: here it knows no evenings.
    expect(view({ nights, journal: j, recordOf: () => undefined }).prompts.map((p) => p.kind)).not.toContain(
      'discuss-treatment',
    )
  })
})
