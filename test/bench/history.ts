// History with ten years of nights: building the view model in main for each chart range.
import { buildHistoryView } from '../../shared/history-view.ts'
import { defaultSettings } from '../../shared/settings.ts'
import type { Figure } from './run.ts'
import { tenYearsOfJournal, tenYearsOfNights } from './seed.ts'
import { percentile, round } from './stats.ts'

export async function benchHistory(): Promise<Figure[]> {
  const settings = { ...defaultSettings(), firstRunDone: true }
  const nights = tenYearsOfNights()
  const journal = tenYearsOfJournal()
  const nowMs = Date.parse('2026-11-24T20:00:00+01:00')
  const figures: Figure[] = []
  for (const days of [30, 365] as const) {
    const samples: number[] = []
    for (let i = 0; i < 10; i++) {
      const t = performance.now()
      buildHistoryView({ settings, nights, journal, days, nowMs, timeZone: 'Europe/Berlin' })
      samples.push(performance.now() - t)
    }
    figures.push({
      group: 'history',
      name: `build view model, ${days} days shown`,
      value: round(percentile(samples, 50)),
      unit: 'ms',
      note: '3650 nights + 3650 check-ins stored',
    })
  }
  return figures
}
