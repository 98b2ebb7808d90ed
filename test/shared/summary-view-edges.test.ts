// The doctor's summary at its edges: an empty page shows no averages and 0 %, the adherence counts complete and
// incomplete evenings apart, the lab trends keep the latest 8 results of each kind, the augmentation table the
// latest 4 windows, and the prompts see the evening records.
import { describe, expect, it } from 'vitest'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import type { LabEntry, LabKind } from '../../shared/labs.ts'
import { instantMs } from '../../shared/night.ts'
import type { NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { buildSummaryView, type SummaryInput } from '../../shared/summary-view.ts'
import { allDone, CORE, followedWeek, record } from './fixtures/journal.ts'

const TZ = 'Europe/Berlin'
/** 2026-11-24 20:00 Berlin: the summary runs through last night, 2026-11-23. */
const NOW = instantMs('2026-11-24T20:00:00+01:00')
const build = (patch: Partial<Journal> = {}, more: Partial<SummaryInput> = {}) =>
  buildSummaryView({
    nowMs: NOW,
    timeZone: TZ,
    settings: defaultSettings(),
    nights: {},
    journal: { ...emptyJournal(), ...patch },
    ...more,
  })

describe('the summary of an empty journal', () => {
  it('shows no averages, 0 % adherence and no dopamine-type medicine on the log', () => {
    const view = build()
    expect(view.averages).toEqual({ severity: null, sleepQuality: null, checkIns: 0 })
    expect(view.adherence).toEqual({
      nights: 0,
      completeNights: 0,
      stepsDone: 0,
      stepsPlanned: 0,
      percent: 0,
    })
    expect(view.augmentation.dopamineOnLog).toBe(false)
  })

  it('reads a health setting saved before malabsorption and neuropathy existed as "no"', () => {
    const settings = defaultSettings()
    const older: Settings = { ...settings, health: { pregnant: true, kidneyDisease: false } }
    expect(build({}, { settings: older }).flags).toEqual({
      pregnant: true,
      kidneyDisease: false,
      malabsorption: false,
      neuropathy: false,
    })
  })
})

describe('the evening routine in the summary', () => {
  it('counts complete evenings apart from incomplete ones, and a planned step never touched as not done', () => {
    const partial: NightRecord = {
      ...record({ 'exercise-cutoff': 'done', 'warm-socks': 'missed' }),
      planned: [...CORE],
    }
    const nights = { '2026-11-19': allDone(), '2026-11-20': allDone(), '2026-11-21': partial }
    expect(build({}, { nights }).adherence).toEqual({
      nights: 3,
      completeNights: 2,
      stepsDone: 11,
      stepsPlanned: 15,
      percent: 73,
    })
  })

  it('asks to discuss treatment when the stored evenings show the routine was followed', () => {
    const { nights, checkIns } = followedWeek()
    const labs: LabEntry[] = [{ id: 'f-90', kind: 'ferritin', value: 90, date: '2026-11-20' }]
    expect(build({ checkIns, labs }, { nights }).prompts.map((p) => p.kind)).toContain('discuss-treatment')
    expect(build({ checkIns, labs }).prompts.map((p) => p.kind)).not.toContain('discuss-treatment')
  })
})

describe('trends in the summary', () => {
  it('keeps the latest 8 results of ferritin, TSAT and vitamin D, each in date order', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07', '08', '09']
    const labs: LabEntry[] = []
    const values: Record<LabKind, number> = { ferritin: 40, tsat: 18, vitaminD: 25 }
    for (const kind of ['ferritin', 'tsat', 'vitaminD'] as const) {
      months.forEach((m, i) => {
        labs.push({ id: `${kind}-${m}`, kind, value: values[kind] + i, date: `2026-${m}-15` })
      })
    }
    const view = build({ labs: [...labs].reverse() })
    const expected = (kind: LabKind) =>
      months.slice(1).map((m, i) => ({ date: `2026-${m}-15`, value: values[kind] + i + 1 }))
    expect(view.ferritin).toEqual(expected('ferritin'))
    expect(view.tsat).toEqual(expected('tsat'))
    expect(view.vitaminD).toEqual(expected('vitaminD'))
  })

  it('shows the latest 4 four-week windows of the augmentation watch, ending last night', () => {
    const windows = build().augmentation.windows
    expect(windows.map((w) => [w.from, w.to])).toEqual([
      ['2026-08-04', '2026-08-31'],
      ['2026-09-01', '2026-09-28'],
      ['2026-09-29', '2026-10-26'],
      ['2026-10-27', '2026-11-23'],
    ])
  })
})
