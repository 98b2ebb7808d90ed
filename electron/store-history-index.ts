// The streak index saved beside the year files, so the first history view after a start does not read and
// validate every old year. It is a cache of what the year files say: each year's entry carries the
// fingerprint (size, modification time, inode) of the file it was taken from, and is used only while that
// file is unchanged. Anything wrong with it (missing, damaged, from another key) means the years are read
// as before; it is never a source of records, only of the streak summaries.
import fs from 'node:fs'
import path from 'node:path'
import type { CheckIn } from '../shared/checkin.ts'
import type { NightRecord } from '../shared/records.ts'
import type { RecordFacts, StreakIndex } from '../shared/streak-index.ts'
import { writeAtomic } from './store-files.ts'
import { yearOf } from './store-migrations.ts'
import { describeFsError, type LoadContext } from './store-recovery.ts'
import type { YearShards } from './store-years.ts'

export const HISTORY_INDEX_FILE = 'history-index.json'
const NAME = 'history-index'
const VERSION = 1

/**
 * One nights-<year>.json file's summaries, compact: `facts` holds four numbers per night (day number,
 * paused 0/1, index into `plans` or -1 when the record kept no plan, bit mask over `ids` of the steps done).
 */
export interface NightsEntry {
  fingerprint: string
  ids: string[]
  plans: string[][]
  facts: number[]
}

/** One journal-<year>.json file: the day numbers of its nights with a check-in. */
export interface CheckInsEntry {
  fingerprint: string
  days: number[]
}

export interface SavedIndex {
  nights: Record<string, NightsEntry>
  checkIns: Record<string, CheckInsEntry>
}

/** Bits a done mask can hold; a year with more distinct step ids is simply not saved (it is read instead). */
const MAX_IDS = 30

/** Packs one year's record facts; null when they do not fit the mask. */
export function packNights(
  fingerprint: string,
  nights: [day: number, facts: RecordFacts][],
): NightsEntry | null {
  const ids: string[] = []
  const idIndex = new Map<string, number>()
  const plans: string[][] = []
  const planIndex = new Map<string, number>()
  const facts: number[] = []
  const idOf = (id: string) => {
    let i = idIndex.get(id)
    if (i === undefined) {
      i = ids.length
      ids.push(id)
      idIndex.set(id, i)
    }
    return i
  }
  for (const [day, f] of nights) {
    let plan = -1
    if (f.planned) {
      const key = f.planned.join('\n')
      plan = planIndex.get(key) ?? -1
      if (plan === -1) {
        plan = plans.length
        plans.push([...f.planned])
        planIndex.set(key, plan)
      }
    }
    let mask = 0
    for (const id of f.done) mask |= 1 << idOf(id)
    if (ids.length > MAX_IDS) return null
    facts.push(day, f.paused ? 1 : 0, plan, mask)
  }
  return { fingerprint, ids, plans, facts }
}

/**
 * YYYY-MM-DD of a day number (days since 1970-01-01), by arithmetic (H. Hinnant's civil-from-days): reading
 * a saved index turns thousands of day numbers into keys, and Date#toISOString is the slow part of that.
 */
export function nightOfDay(day: number): string {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

/** The record facts of a packed year, with each night's day number. */
export function* unpackNights(entry: NightsEntry): Generator<[day: number, facts: RecordFacts]> {
  const { ids, plans, facts } = entry
  // Stryker disable next-line EqualityOperator: facts come in fours (checked on read), so i + 3 never equals the length
  for (let i = 0; i + 3 < facts.length; i += 4) {
    const mask = facts[i + 3] as number
    const done: string[] = []
    // Stryker disable next-line EqualityOperator: no id has bit ids.length (at most 30 ids), so that bit is never set
    for (let b = 0; b < ids.length; b++) if (mask & (1 << b)) done.push(ids[b] as string)
    const plan = facts[i + 2] as number
    const f: RecordFacts = { paused: facts[i + 1] === 1, done }
    if (plan >= 0) f.planned = plans[plan] as string[]
    yield [facts[i] as number, f]
  }
}

/** Changes whenever the file is replaced (our writes rename a new file over it) or edited. */
export function fingerprint(file: string): string | null {
  try {
    const s = fs.statSync(file)
    return `${s.size}:${s.mtimeMs}:${s.ino}`
  } catch {
    return null
  }
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
const isIntArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => Number.isInteger(x))

function validNights(v: unknown): v is SavedIndex['nights'] {
  return (
    isObject(v) &&
    Object.values(v).every(
      (e) =>
        isObject(e) &&
        typeof e.fingerprint === 'string' &&
        isStringArray(e.ids) &&
        e.ids.length <= MAX_IDS &&
        Array.isArray(e.plans) &&
        e.plans.every(isStringArray) &&
        isIntArray(e.facts) &&
        e.facts.length % 4 === 0 &&
        e.facts.every((x, i) => i % 4 !== 2 || (x >= -1 && x < (e.plans as unknown[]).length)),
    )
  )
}

function validCheckIns(v: unknown): v is SavedIndex['checkIns'] {
  return (
    isObject(v) &&
    Object.values(v).every((e) => isObject(e) && typeof e.fingerprint === 'string' && isIntArray(e.days))
  )
}

/** The saved index, or null when there is none or it cannot be trusted (then the years are read). */
export function readSavedIndex(context: LoadContext): SavedIndex | null {
  const file = path.join(context.directory, HISTORY_INDEX_FILE)
  try {
    const bytes = fs.readFileSync(file)
    const { sealer } = context
    // With encryption on, only a sealed index is taken: the summaries are health data too.
    if (sealer.protection === 'encrypted' && !sealer.isSealed(bytes)) return null
    const data = JSON.parse(sealer.open(NAME, bytes).toString('utf8'))
    if (data?.schemaVersion !== VERSION || !validNights(data.nights) || !validCheckIns(data.checkIns))
      return null
    return { nights: data.nights, checkIns: data.checkIns }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      context.logger.warn(
        `store: ignored ${HISTORY_INDEX_FILE} (${describeFsError(error)}); years are read instead`,
      )
    }
    return null
  }
}

/** Best effort: a failed write only means the next start reads the old years when history asks. */
export function writeSavedIndex(context: LoadContext, index: SavedIndex): void {
  // Stryker disable next-line ConditionalExpression: the write would fail in an unwritable folder and only be logged
  if (!context.writable) return
  const file = path.join(context.directory, HISTORY_INDEX_FILE)
  try {
    const json = JSON.stringify({ schemaVersion: VERSION, ...index })
    writeAtomic(context.io, file, context.sealer.seal(NAME, json))
  } catch (error) {
    context.logger.warn(`store: could not save ${HISTORY_INDEX_FILE} (${describeFsError(error)})`)
  }
}

export interface IndexSources {
  context: LoadContext
  index: StreakIndex
  nights: YearShards<NightRecord>
  checkIns: YearShards<CheckIn>
}

/**
 * The first history read brings the older years into the index: from the saved index where a year file is
 * unchanged, otherwise by reading the file. From then on every save keeps the index current.
 */
export function completeStreakIndex({ context, index, nights, checkIns }: IndexSources): void {
  const saved = readSavedIndex(context)
  let readAny = false
  const fromSaved: (() => void)[] = []
  for (const year of nights.unreadYears()) {
    const entry = saved?.nights[year]
    if (entry && entry.fingerprint === fingerprint(nights.fileOf(year))) {
      fromSaved.push(() => {
        for (const [day, facts] of unpackNights(entry)) index.setRecordFacts(nightOfDay(day), facts, day)
      })
    } else {
      nights.get(`${String(year).padStart(4, '0')}-01-01`)
      readAny = true
    }
  }
  for (const year of checkIns.unreadYears()) {
    const entry = saved?.checkIns[year]
    if (entry && entry.fingerprint === fingerprint(checkIns.fileOf(year))) {
      fromSaved.push(() => {
        for (const day of entry.days) index.setCheckIn(nightOfDay(day), true, day)
      })
    } else {
      checkIns.get(`${String(year).padStart(4, '0')}-01-01`)
      readAny = true
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty batch changes nothing
  if (fromSaved.length > 0) {
    index.batch(() => {
      for (const add of fromSaved) add()
    })
  }
  if (readAny || !saved) saveStreakIndex({ context, index, nights, checkIns })
}

/** Saves the index with the fingerprint of each year file, when memory and disk agree. */
function saveStreakIndex({ context, index, nights, checkIns }: IndexSources): void {
  if (!nights.allSaved() || !checkIns.allSaved()) return
  const records = new Map<number, [number, RecordFacts][]>()
  const withCheckIn = new Map<number, number[]>()
  // A year file without records still gets its entry, so it is not read again just to find it empty.
  for (const year of [...nights.loadedYears(), ...nights.unreadYears()]) records.set(year, [])
  for (const year of [...checkIns.loadedYears(), ...checkIns.unreadYears()]) withCheckIn.set(year, [])
  for (const [night, facts, day] of index.facts()) {
    const year = yearOf(night)
    // Stryker disable next-line OptionalChaining: every year with a record or check-in is listed above; ?. only satisfies the type
    if (facts.record) records.get(year)?.push([day, facts.record])
    // Stryker disable next-line OptionalChaining: as above
    if (facts.checkIn) withCheckIn.get(year)?.push(day)
  }
  const out: SavedIndex = { nights: {}, checkIns: {} }
  for (const [year, list] of records) {
    const fp = fingerprint(nights.fileOf(year))
    const entry = fp ? packNights(fp, list) : null
    if (entry) out.nights[year] = entry
  }
  for (const [year, days] of withCheckIn) {
    const fp = fingerprint(checkIns.fileOf(year))
    if (fp) out.checkIns[year] = { fingerprint: fp, days }
  }
  writeSavedIndex(context, out)
}
