// History and store costs at 1, 10 and 30 years stored, through the real store on a temp folder and the
// real IPC handlers (payload validation and the clones that go with it included). Each figure has its
// baseline from the same run: the old whole-store path (clone every night and the journal, walk them all)
// for history and idle reads, JSON.parse of the same bytes for start-up, a whole-journal setJournal for saves.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createEvening } from '../../electron/evening.ts'
import { createHandlers } from '../../electron/handlers.ts'
import { invokeHandler } from '../../electron/ipc.ts'
import { createJournal } from '../../electron/journal.ts'
import type { Clock } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { noTriggers } from '../../shared/checkin.ts'
import { buildHistoryView } from '../../shared/history-view.ts'
import type { Journal } from '../../shared/journal.ts'
import { addDays, nightOf } from '../../shared/night.ts'
import type { NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import type { Figure } from './run.ts'
import { LAST_NIGHT, tenYearsOfJournal, tenYearsOfNights } from './seed.ts'
import { percentile, round } from './stats.ts'

const logger = { info() {}, warn() {}, error() {} }
const clock: Clock = { now: () => Date.parse('2026-11-24T20:00:00+01:00'), timeZone: () => 'Europe/Berlin' }

function seed(years: number): { nights: Record<string, NightRecord>; journal: Journal } {
  const nights: Record<string, NightRecord> = {}
  const journal = tenYearsOfJournal()
  journal.checkIns = {}
  for (let chunk = 0; chunk < Math.ceil(years / 10); chunk++) {
    const last = addDays(LAST_NIGHT, -3650 * chunk)
    Object.assign(nights, tenYearsOfNights(last))
    Object.assign(journal.checkIns, tenYearsOfJournal(last).checkIns)
  }
  const first = addDays(LAST_NIGHT, -(years * 365 - 1))
  for (const n of Object.keys(nights)) if (n < first) delete nights[n]
  for (const n of Object.keys(journal.checkIns)) if (n < first) delete journal.checkIns[n]
  return { nights, journal }
}

function sample(runs: number, work: (i: number) => unknown): number[] {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    work(i)
    out.push(performance.now() - t)
  }
  return out
}

const pcts = (s: number[]) =>
  `p50 ${round(percentile(s, 50))} / p95 ${round(percentile(s, 95))} / p99 ${round(percentile(s, 99))} ms, n=${s.length}`

function figure(name: string, samples: number[], baseline: number[], baselineName: string): Figure {
  const value = round(percentile(samples, 50))
  const base = round(percentile(baseline, 50))
  return {
    group: 'history+store',
    name,
    value,
    unit: 'ms',
    baseline: base,
    ratio: base > 0 ? round(value / base) : 0,
    note: `${pcts(samples)}; baseline ${baselineName} ${pcts(baseline)}`,
  }
}

/** The real store, services and IPC handlers on `directory`, as the app builds them. */
function app(directory: string) {
  const store = createStore({ directory, logger, now: clock.now })
  const evening = createEvening({ store, clock, logger })
  const journal = createJournal({ store, clock, emitChange: () => evening.changed() })
  const handlers = createHandlers({
    evening,
    journal,
    transfer: {} as never,
    calendar: {} as never,
    logger,
    appInfo: () => ({}) as never,
    openWindow() {},
    setLaunchAtLogin() {},
  })
  const call = async (method: string, payload: unknown) => {
    const result = await invokeHandler(handlers, method, payload, logger)
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`)
  }
  return { store, call }
}

async function atSize(years: number): Promise<Figure[]> {
  const directory = mkdtempSync(join(tmpdir(), `eventide-bench-hist-${years}-`))
  try {
    const data = seed(years)
    createStore({ directory, logger, now: clock.now }).replaceAll({
      settings: { ...defaultSettings(), firstRunDone: true },
      ...data,
    })
    const few = years >= 30 ? 30 : 60
    // Start-up: the store as the app opens it; baseline: JSON.parse of every store file's bytes.
    const startup = sample(few, () => createStore({ directory, logger, now: clock.now }))
    const files = readdirSync(directory).map((f) => readFileSync(join(directory, f), 'utf8'))
    const parseAll = sample(few, () => {
      for (const text of files) JSON.parse(text)
    })

    const { store, call } = app(directory)
    // The first history call with no saved index reads every older year (and saves the index).
    let t = performance.now()
    await call('getHistory', { days: 30 })
    const first = [performance.now() - t]
    // After a restart the first call takes the old years' summaries from the saved index.
    const restarted: number[] = []
    for (let i = 0; i < few; i++) {
      const again = app(directory)
      t = performance.now()
      await again.call('getHistory', { days: 30 })
      restarted.push(performance.now() - t)
    }
    const history: number[] = []
    for (let i = 0; i < 200; i++) {
      t = performance.now()
      await call('getHistory', { days: 30 })
      history.push(performance.now() - t)
    }
    const tonight = nightOf(clock.now(), clock.timeZone())
    const wholeStore = sample(years >= 30 ? 10 : 30, () =>
      buildHistoryView({
        nowMs: clock.now(),
        timeZone: clock.timeZone(),
        settings: store.getSettings(),
        nights: store.allNights(),
        journal: store.getJournal(),
        days: 30,
      }),
    )

    // Journal save: this morning's check-in through the handler (validated, one year file written).
    const saves: number[] = []
    for (let i = 0; i < 200; i++) {
      t = performance.now()
      await call('saveCheckIn', {
        night: addDays(tonight, -1 - (i % 20)),
        checkIn: {
          severity: i % 11,
          sleepQuality: 5,
          onset: 'bedtime',
          triggers: noTriggers(),
          note: '',
        },
      })
      saves.push(performance.now() - t)
    }
    const wholeSaves = sample(20, (i) => {
      const j = store.getJournal()
      store.setJournal({
        ...j,
        dismissedPrompts: [`severe-nights:2026-11-${String((i % 28) + 1).padStart(2, '0')}`],
      })
    })

    // Idle: what a wake-up with nothing due reads from the store now, against the whole-journal clone.
    const idle = sample(1000, () => {
      store.getSettings()
      store.getNight(tonight)
      store.recentJournal()
    })
    const idleClone = sample(50, () => {
      store.getSettings()
      store.getNight(tonight)
      store.getJournal()
    })
    const label = `${years} year${years === 1 ? '' : 's'}`
    return [
      figure(`start-up load, ${label}`, startup, parseAll, 'JSON.parse of every store file'),
      figure(
        `getHistory(30) via IPC, first call, no saved index, ${label}`,
        first,
        wholeStore,
        'whole-store clone + walk',
      ),
      figure(
        `getHistory(30) via IPC, first call after a restart, ${label}`,
        restarted,
        wholeStore,
        'whole-store clone + walk',
      ),
      figure(`getHistory(30) via IPC, ${label}`, history, wholeStore, 'whole-store clone + walk'),
      figure(`journal save (check-in via IPC), ${label}`, saves, wholeSaves, 'getJournal + setJournal'),
      figure(`idle wake-up store reads, ${label}`, idle, idleClone, 'with getJournal clone'),
    ]
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

export async function benchHistoryStore(): Promise<Figure[]> {
  const figures: Figure[] = []
  for (const years of [1, 10, 30]) figures.push(...(await atSize(years)))
  return figures
}

if (process.argv[1]?.endsWith('history-store.ts')) {
  for (const f of await benchHistoryStore()) console.log(`${f.name}: ${f.value} ms (×${f.ratio}) ${f.note}`)
}
