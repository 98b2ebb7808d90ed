// The doctor's summary model: a sensible empty page, and a treated patient whose onset creeps earlier.
import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import type { MedicineEntry } from '../../shared/medicines.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { buildSummaryView } from '../../shared/summary-view.ts'
import { checkIn } from './fixtures/journal.ts'

const TZ = 'Europe/Berlin'
const NOW = instantMs('2026-11-24T20:00:00+01:00')
const build = (journal: Partial<Journal>, settings: Settings = defaultSettings()) =>
  buildSummaryView({
    nowMs: NOW,
    timeZone: TZ,
    settings,
    nights: {},
    journal: { ...emptyJournal(), ...journal },
  })

describe('summary view', () => {
  it('has nulls and empty lists, not zeros, when nothing was recorded', () => {
    const view = build({})
    expect(view.averages.checkIns).toBe(0)
    expect(view.adherence.nights).toBe(0)
    expect(view.weeks).toHaveLength(13)
    expect(view.weeks.every((w) => w.severity === null && w.totalSleep === null)).toBe(true)
    expect(view.weeklyScore.change).toBeNull()
    expect(view.treatments).toEqual([])
    expect(view.augmentation.findings).toEqual([])
    expect(view.sleepDiary).toEqual({ nights: 0, totalSleep: null, efficiency: null })
    expect(view.flags).toEqual({
      pregnant: false,
      kidneyDisease: false,
      malabsorption: false,
      neuropathy: false,
    })
    expect(view.weeklyNote).toMatch(/not the IRLS/)
  })

  it('shows pramipexole on the time line with its dose change and the augmentation signs with dates', () => {
    const pramipexole: MedicineEntry = {
      id: 'med-1',
      name: 'Pramipexole',
      kind: 'medicine',
      dose: '0.088 mg',
      startedOn: '2026-03-02',
      rls: { doseChanges: [{ date: '2026-07-01', dose: '0.18 mg' }] },
    }
    const checkIns: Record<string, CheckIn> = {}
    const last = dayNumber('2026-11-23')
    for (let i = 0; i < 56; i++) {
      const night = dateFromDayNumber(last - 55 + i)
      checkIns[night] = {
        ...checkIn(6, { onset: 'evening' }),
        onsetTime: i < 28 ? '22:30' : '19:30',
        diary: { inBed: '23:00', outOfBed: '07:00', minutesAwake: 60 },
      }
    }
    const view = build({ medicines: [pramipexole], checkIns })
    expect(view.treatments[0]?.events).toEqual([
      { date: '2026-03-02', kind: 'start', dose: '0.088 mg' },
      { date: '2026-07-01', kind: 'dose', dose: '0.18 mg' },
    ])
    expect(view.treatments[0]?.ongoing).toBe(true)
    expect(view.augmentation.dopamineOnLog).toBe(true)
    expect(view.augmentation.findings[0]).toContain('3 h earlier')
    expect(view.augmentation.findings[0]).toContain('27 Oct 2026 to 23 Nov 2026')
    expect(view.prompts.map((p) => p.kind)).toContain('augmentation')
    expect(view.sleepDiary).toEqual({ nights: 56, totalSleep: 420, efficiency: 88 })
  })

  it('reports the malabsorption and neuropathy notes from the health settings', () => {
    const settings = defaultSettings()
    const withFlags: Settings = {
      ...settings,
      health: { ...settings.health, malabsorption: true, neuropathy: true },
    }
    expect(build({}, withFlags).flags).toEqual({
      pregnant: false,
      kidneyDisease: false,
      malabsorption: true,
      neuropathy: true,
    })
  })
})
