// Store figures with ten years of nights: file size and how long one save takes.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createStore } from '../../electron/store.ts'
import type { Figure } from './run.ts'
import { tenYearsOfJournal, tenYearsOfNights } from './seed.ts'
import { percentile, round } from './stats.ts'

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
  const journal = tenYearsOfJournal()
  store.setJournal(journal)
  const journalSaves: number[] = []
  for (let i = 0; i < 30; i++) {
    const t = performance.now()
    store.setJournal({
      ...journal,
      dismissedPrompts: [`severe-nights:2026-11-${String(i + 1).padStart(2, '0')}`],
    })
    journalSaves.push(performance.now() - t)
  }
  const t = performance.now()
  createStore({ directory, logger })
  const loadMs = performance.now() - t
  // Nights are kept one file per year; the total is what the disk holds, the largest is what one save rewrites.
  const yearSizes = readdirSync(directory)
    .filter((name) => /^nights-\d{4}\.json$/.test(name))
    .map((name) => statSync(join(directory, name)).size)
  const size = yearSizes.reduce((sum, bytes) => sum + bytes, 0)
  const largest = Math.max(0, ...yearSizes)
  // The journal is journal-core.json plus one check-in file per year.
  const journalSize = readdirSync(directory)
    .filter((name) => /^journal-(core|\d{4})\.json$/.test(name))
    .reduce((sum, name) => sum + statSync(join(directory, name)).size, 0)
  rmSync(directory, { recursive: true, force: true })
  const encrypted = benchEncryptedSaves(nights, logger)
  return [
    ...encrypted,
    {
      group: 'store',
      name: 'nights-*.json size, 10 years',
      value: Math.round(size / 1024),
      unit: 'KiB',
      note: `3650 nights in ${yearSizes.length} year files`,
    },
    {
      group: 'store',
      name: 'largest nights-<year>.json',
      value: Math.round(largest / 1024),
      unit: 'KiB',
      note: 'what saving one night rewrites',
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
    {
      group: 'store',
      name: 'journal files size, 10 years',
      value: Math.round(journalSize / 1024),
      unit: 'KiB',
      note: '3650 check-ins, 80 labs, 3 medicines',
    },
    {
      group: 'store',
      name: 'save journal p50, 10 years',
      value: round(percentile(journalSaves, 50)),
      unit: 'ms',
    },
    {
      group: 'store',
      name: 'load at start-up, 10 years',
      value: round(loadMs),
      unit: 'ms',
      note: 'settings, journal core and the recent years; older years load when history asks',
    },
  ]
}

/** The same save and start-up with files encrypted at rest (AES-256-GCM; a stand-in keychain wraps the key). */
function benchEncryptedSaves(
  nights: ReturnType<typeof tenYearsOfNights>,
  logger: Parameters<typeof createStore>[0]['logger'],
): Figure[] {
  const directory = mkdtempSync(join(tmpdir(), 'eventide-bench-sealed-'))
  const keyWrapper = {
    isEncryptionAvailable: () => true,
    encryptString: (text: string) => Buffer.from(text, 'utf8'),
    decryptString: (bytes: Buffer) => bytes.toString('utf8'),
  }
  const store = createStore({ directory, logger, keyWrapper })
  store.setNights(nights)
  const keys = Object.keys(nights)
  const samples: number[] = []
  for (let i = 0; i < 30; i++) {
    const key = keys[keys.length - 1 - i] ?? keys[0] ?? ''
    const record = { ...store.getNight(key), paused: i % 2 === 1 }
    const t = performance.now()
    store.setNight(key, record)
    samples.push(performance.now() - t)
  }
  const t = performance.now()
  createStore({ directory, logger, keyWrapper })
  const loadMs = performance.now() - t
  rmSync(directory, { recursive: true, force: true })
  return [
    {
      group: 'store',
      name: 'save one night p50, encrypted',
      value: round(percentile(samples, 50)),
      unit: 'ms',
      note: 'AES-256-GCM, one year file rewritten',
    },
    {
      group: 'store',
      name: 'load at start-up, encrypted, 10 years',
      value: round(loadMs),
      unit: 'ms',
    },
  ]
}
