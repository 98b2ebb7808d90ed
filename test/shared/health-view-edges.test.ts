// The health view at its edges: only a timed iron entry can clash with the magnesium step, and a settings file
// from before the vitamin D unit existed shows vitamin D in ng/mL.
import { describe, expect, it } from 'vitest'
import { buildHealthView, ironMagnesiumConflict } from '../../shared/health-view.ts'
import { emptyJournal } from '../../shared/journal.ts'
import type { MedicineEntry } from '../../shared/medicines.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'

const TZ = 'Europe/Berlin'
/** Tonight 2026-11-24 in Berlin; with the default 22:30 bedtime the magnesium step is at 21:50. */
const moment = { nowMs: instantMs('2026-11-24T20:00:00+01:00'), timeZone: TZ }

describe('iron and magnesium', () => {
  it('ignores a timed medicine that is not iron, and an iron entry without a time', () => {
    const medicines: MedicineEntry[] = [
      { id: 'd', name: 'Vitamin D3', kind: 'supplement', time: '21:45' },
      { id: 'i', name: 'Ferrous sulfate', kind: 'supplement' },
    ]
    expect(ironMagnesiumConflict(defaultSettings(), medicines, moment)).toBeNull()
  })

  it('finds the timed iron entry among other timed medicines', () => {
    const medicines: MedicineEntry[] = [
      { id: 'd', name: 'Vitamin D3', kind: 'supplement', time: '21:45' },
      { id: 'i', name: 'Ferrous sulfate', kind: 'supplement', time: '21:00' },
    ]
    expect(ironMagnesiumConflict(defaultSettings(), medicines, moment)?.minutesApart).toBe(50)
  })
})

describe('the vitamin D unit', () => {
  it('is ng/mL when the settings predate the choice, and the chosen unit otherwise', () => {
    const { vitaminDUnit: _, ...older } = defaultSettings()
    const view = (settings: Settings) => buildHealthView({ ...moment, settings, journal: emptyJournal() })
    expect(view(older as Settings).vitaminDUnit).toBe('ng/mL')
    expect(view({ ...defaultSettings(), vitaminDUnit: 'nmol/L' }).vitaminDUnit).toBe('nmol/L')
  })
})
