// `npm run bench`: measures, prints a table and writes bench-results.json. Nothing here is asserted.
import './electron-stub.ts'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'

export interface Figure {
  group: string
  name: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
  note?: string
}

type Section = [name: string, load: () => Promise<() => Promise<Figure[]>>]

const sections: Section[] = [
  ['timeline', async () => (await import('./plan.ts')).benchPlan],
  ['renderer bundle', async () => (await import('./bundle.ts')).benchBundle],
  ['scheduler', async () => (await import('./scheduler.ts')).benchScheduler],
  ['store', async () => (await import('./store.ts')).benchStore],
  ['import', async () => (await import('./import.ts')).benchImport],
  ['history', async () => (await import('./history.ts')).benchHistory],
  ['history and store by years', async () => (await import('./history-store.ts')).benchHistoryStore],
  ['chromium', async () => (await import('./chromium.ts')).benchChromium],
]

// BENCH_SECTIONS="renderer bundle,chromium" runs only the named sections (all of them when unset).
const only = process.env.BENCH_SECTIONS?.split(',').map((name) => name.trim())
const chosen = only ? sections.filter(([name]) => only.includes(name)) : sections
if (only && chosen.length !== only.length) {
  throw new Error(
    `BENCH_SECTIONS: expected names from "${sections.map(([n]) => n).join('", "')}", got "${only}"`,
  )
}

const figures: Figure[] = []
const failures: string[] = []
for (const [name, load] of chosen) {
  process.stderr.write(`bench: ${name}…\n`)
  try {
    figures.push(...(await (await load())()))
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const rows = figures.map((f) => ({
  group: f.group,
  figure: f.name,
  value: `${f.value} ${f.unit}`,
  baseline: f.baseline === undefined ? '' : `${f.baseline} ${f.unit}`,
  ratio: f.ratio === undefined ? '' : `${f.ratio}×`,
  note: f.note ?? '',
}))
console.table(rows)
const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
}
const out = resolve(import.meta.dirname, '../../bench-results.json')
writeFileSync(
  out,
  `${JSON.stringify({ takenAt: new Date().toISOString(), machine, figures, failures }, null, 2)}\n`,
)
console.log(`wrote ${out}`)
if (failures.length > 0) {
  console.error(`bench sections that failed:\n  ${failures.join('\n  ')}`)
  process.exitCode = 1
}
