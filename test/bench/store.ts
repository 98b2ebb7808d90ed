// Store figures with ten years of nights: file size and how long one save takes.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createStore } from '../../electron/store.ts'
import { addDays } from '../../shared/night.ts'
import { CORE_STEP_IDS } from '../../shared/protocol.ts'
import type { NightRecord } from '../../shared/records.ts'
import type { Figure } from './run.ts'
import { percentile, round } from './stats.ts'

export function tenYearsOfNights(first = '2016-11-24'): Record<string, NightRecord> {
  const nights: Record<string, NightRecord> = {}
  let night = first
  for (let i = 0; i < 3650; i++, night = addDays(night, 1)) {
    const steps: NightRecord['steps'] = {}
    CORE_STEP_IDS.forEach((id, k) => {
      if ((i + k) % 4 !== 0)
        steps[id] = {
          status: k % 3 === 0 ? 'skipped' : 'done',
          at: `${night}T21:${String(10 + k).padStart(2, '0')}:00+01:00`,
        }
    })
    nights[night] = {
      steps,
      notified: [...CORE_STEP_IDS],
      headsUp: [],
      snoozed: {},
      paused: i % 30 === 0,
      summarized: [],
    }
  }
  return nights
}

export async function benchStore(): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), 'eventide-bench-store-'))
  const logger = { info() {}, warn() {}, error() {} }
  const store = createStore({ directory, logger })
  const nights = tenYearsOfNights()
  store.setNights(nights)
  const keys = Object.keys(nights)
  const samples: number[] = []
  for (let i = 0; i < 30; i++) {
    const key = keys[keys.length - 1 - i] ?? keys[0] ?? ''
    const record = { ...store.getNight(key), paused: i % 2 === 0 }
    const t = performance.now()
    store.setNight(key, record)
    samples.push(performance.now() - t)
  }
  const t = performance.now()
  createStore({ directory, logger })
  const loadMs = performance.now() - t
  const size = statSync(join(directory, 'nights.json')).size
  rmSync(directory, { recursive: true, force: true })
  return [
    {
      group: 'store',
      name: 'nights.json size, 10 years',
      value: Math.round(size / 1024),
      unit: 'KiB',
      note: '3650 nights',
    },
    {
      group: 'store',
      name: 'save one night p50, 10 years',
      value: round(percentile(samples, 50)),
      unit: 'ms',
    },
    {
      group: 'store',
      name: 'save one night p99, 10 years',
      value: round(percentile(samples, 99)),
      unit: 'ms',
    },
    { group: 'store', name: 'load at start-up, 10 years', value: round(loadMs), unit: 'ms' },
  ]
}
