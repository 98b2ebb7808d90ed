// Plan throughput: nights planned per second over ten years in several zones.
import { addDays } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'
import type { Figure } from './run.ts'

const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC']

export async function benchPlan(): Promise<Figure[]> {
  const settings = defaultSettings()
  const nights: string[] = []
  for (let i = 0, n = '2026-01-01'; i < 3650; i++, n = addDays(n, 1)) nights.push(n)
  planNight(settings, nights[0] ?? '2026-01-01', 'UTC') // warm-up
  const start = performance.now()
  let count = 0
  for (const zone of ZONES) {
    for (const night of nights) {
      planNight(settings, night, zone)
      count++
    }
  }
  const seconds = (performance.now() - start) / 1000
  return [
    {
      group: 'timeline',
      name: 'nights planned per second',
      value: Math.round(count / seconds),
      unit: 'nights/s',
      note: `${count} nights, ${ZONES.length} zones`,
    },
  ]
}
