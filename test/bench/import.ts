// Import input figures: how long refusing the hostile 18 MB backup (a list of 9 million numbers) takes,
// next to JSON.parse of the same text, and how long a real ten-year backup takes to check.
import { parseBackup, serializeBackup } from '../../shared/backup.ts'
import { defaultSettings } from '../../shared/settings.ts'
import type { Figure } from './run.ts'
import { tenYearsOfJournal, tenYearsOfNights } from './seed.ts'
import { percentile, round } from './stats.ts'

function timed(runs: number, work: () => void): number {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    work()
    samples.push(performance.now() - t)
  }
  return percentile(samples, 50)
}

export async function benchImport(): Promise<Figure[]> {
  const journal = tenYearsOfJournal()
  const real = serializeBackup({
    exportedAt: '2026-11-24T21:00:00+01:00',
    settings: defaultSettings(),
    nights: tenYearsOfNights(),
    checkIns: journal.checkIns,
    labs: journal.labs,
    medicines: journal.medicines,
    dismissedPrompts: journal.dismissedPrompts,
    travelNights: journal.travelNights,
  })
  // The bug report's file: a small valid backup whose labs list holds 9 million numbers (about 18 MB).
  const small = serializeBackup({
    exportedAt: '2026-11-24T21:00:00+01:00',
    settings: defaultSettings(),
    nights: {},
    checkIns: {},
    labs: journal.labs.slice(0, 1),
    medicines: [],
    dismissedPrompts: [],
  })
  const hostile = small.replace(/"labs": \[[\s\S]*?\n {2}\],/, `"labs": [${'1,'.repeat(9_000_000)}1],`)
  if (hostile === small) throw new Error('bench: could not build the hostile backup')
  const refused = parseBackup(hostile)
  // Refused by the list cap, not by the 20 MB size limit, or this would measure the wrong thing.
  if (
    refused.ok ||
    !refused.errors[0]?.message.startsWith('a list of more than') ||
    refused.errors[0].path !== 'labs'
  ) {
    throw new Error(`bench: the hostile backup was not refused for its list: ${JSON.stringify(refused)}`)
  }

  const parseMs = timed(5, () => JSON.parse(hostile))
  const refuseMs = timed(5, () => parseBackup(hostile))
  const realParseMs = timed(5, () => JSON.parse(real))
  const realCheckMs = timed(5, () => parseBackup(real))
  const mb = (text: string) => (text.length / 1024 / 1024).toFixed(1)
  return [
    {
      group: 'import',
      name: 'refuse hostile backup (9M-number list)',
      value: round(refuseMs, 3),
      unit: 'ms',
      baseline: round(parseMs),
      ratio: round(refuseMs / parseMs, 4),
      note: `${mb(hostile)} MB; baseline: JSON.parse of the same text`,
    },
    {
      group: 'import',
      name: 'check a ten-year backup',
      value: round(realCheckMs),
      unit: 'ms',
      baseline: round(realParseMs),
      ratio: round(realCheckMs / realParseMs),
      note: `${mb(real)} MB; scan, parse and schema; baseline: JSON.parse alone`,
    },
  ]
}
