// The streak index saved beside the year files, so the first history view after a start does not read and
// validate every old year. It is a cache of what the year files say: each year's entry carries the
// fingerprint (size, modification time, inode) of the file it was taken from, and is used only while that
// file is unchanged. Anything wrong with it (missing, damaged, from another key) means the years are read
// as before; it is never a source of records, only of the streak summaries.
import fs from 'node:fs'
import path from 'node:path'
import type { RecordFacts } from '../shared/streak-index.ts'
import { writeAtomic } from './store-files.ts'
import { describeFsError, type LoadContext } from './store-recovery.ts'

export const HISTORY_INDEX_FILE = 'history-index.json'
const NAME = 'history-index'
const VERSION = 1

/** One nights-<year>.json file's summaries. */
export interface NightsEntry {
  fingerprint: string
  facts: Record<string, RecordFacts>
}

/** One journal-<year>.json file: the nights with a check-in. */
export interface CheckInsEntry {
  fingerprint: string
  nights: string[]
}

export interface SavedIndex {
  nights: Record<string, NightsEntry>
  checkIns: Record<string, CheckInsEntry>
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

const NIGHT = /^\d{4}-\d{2}-\d{2}$/

function validFacts(v: unknown): v is RecordFacts {
  if (typeof v !== 'object' || v === null) return false
  const f = v as RecordFacts
  return (
    typeof f.paused === 'boolean' &&
    isStringArray(f.done) &&
    (f.planned === undefined || isStringArray(f.planned))
  )
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

function validNights(v: unknown): v is SavedIndex['nights'] {
  return (
    isObject(v) &&
    Object.values(v).every(
      (e) =>
        isObject(e) &&
        typeof e.fingerprint === 'string' &&
        isObject(e.facts) &&
        Object.entries(e.facts).every(([night, f]) => NIGHT.test(night) && validFacts(f)),
    )
  )
}

function validCheckIns(v: unknown): v is SavedIndex['checkIns'] {
  return (
    isObject(v) &&
    Object.values(v).every(
      (e) =>
        isObject(e) &&
        typeof e.fingerprint === 'string' &&
        isStringArray(e.nights) &&
        e.nights.every((n) => NIGHT.test(n)),
    )
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
  if (!context.writable) return
  const file = path.join(context.directory, HISTORY_INDEX_FILE)
  try {
    const json = JSON.stringify({ schemaVersion: VERSION, ...index })
    writeAtomic(context.io, file, context.sealer.seal(NAME, json))
  } catch (error) {
    context.logger.warn(`store: could not save ${HISTORY_INDEX_FILE} (${describeFsError(error)})`)
  }
}
