// The full JSON backup: one schema, a pretty serializer, and an importer that validates the whole file
// before anything is used, so a bad file never costs the person data.

import { z } from 'zod'
import { type CheckIn, checkInSchema } from './checkin.ts'
import { describeInput, type Problem, parseOrThrow, problem } from './errors.ts'
import { nightKey as nightKeyField } from './fields.ts'
import { t } from './i18n/index.ts'
import { type ScanProblem, scanJson } from './json-scan.ts'
import { type LabEntry, labEntrySchema } from './labs.ts'
import { type MedicineEntry, medicineEntrySchema } from './medicines.ts'
import { instantSchema, type NightRecord, nightRecordSchema } from './records.ts'
import { type Settings, settingsSchema } from './settings.ts'

export const BACKUP_APP = 'eventide'
export const BACKUP_SCHEMA_VERSION = 1
/** Text length limit (UTF-16 code units, close to bytes for this mostly-ASCII format): 20 MB. */
export const MAX_BACKUP_CHARS = 20 * 1024 * 1024
export const MAX_NIGHTS = 40_000
export const MAX_LABS = 5_000
export const MAX_MEDICINES = 500
export const MAX_DISMISSED = 1_000
/** Our files nest about six levels deep; far deeper nesting is hostile or not ours. */
export const MAX_DEPTH = 32
/** No list in a backup may be longer than the longest real one (travel nights); checked before parsing. */
export const MAX_LIST_ITEMS = MAX_NIGHTS
/**
 * JSON values in the whole file, checked before parsing. Ten years of nights, check-ins and labs come to
 * about 151,000 (4.3 MB); this leaves room for MAX_NIGHTS full nights and refuses anything far beyond,
 * which would only keep the main process busy validating it.
 */
export const MAX_VALUES = 2_000_000
const MAX_ERRORS = 50

/** Keys that could reach an object's prototype if merged; rejected anywhere in a file. */
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const nightKey = nightKeyField()

const atMost = (max: number) => (value: object) => Object.keys(value).length <= max

export const PROMPT_ID_PATTERN = /^[a-z0-9][a-z0-9:._-]{0,119}$/

/**
 * The backup schema for a given limit on nights (and on check-ins and travel nights). Files are read with
 * MAX_NIGHTS; tests pin the edge with a small limit, since 40,000 real nights are slow to build and check.
 */
export function backupSchemaFor(maxNights: number) {
  return z.strictObject({
    // No message of its own: parseBackup refuses another app's file by name before the schema runs.
    app: z.literal(BACKUP_APP),
    schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, {
      error: (iss) => `expected ${BACKUP_SCHEMA_VERSION}, got ${describeInput(iss.input)}`,
    }),
    exportedAt: instantSchema,
    settings: settingsSchema,
    nights: z
      .record(nightKey, nightRecordSchema, {
        error: (iss) => `expected an object, got ${describeInput(iss.input)}`,
      })
      .refine(atMost(maxNights), { error: `expected at most ${maxNights} nights` }),
    checkIns: z
      .record(nightKey, checkInSchema, {
        error: (iss) => `expected an object, got ${describeInput(iss.input)}`,
      })
      .refine(atMost(maxNights), { error: `expected at most ${maxNights} check-ins` }),
    labs: z
      .array(labEntrySchema, { error: (iss) => `expected a list, got ${describeInput(iss.input)}` })
      .max(MAX_LABS, { error: `expected at most ${MAX_LABS} lab entries` }),
    medicines: z
      .array(medicineEntrySchema, { error: (iss) => `expected a list, got ${describeInput(iss.input)}` })
      .max(MAX_MEDICINES, { error: `expected at most ${MAX_MEDICINES} medicines` }),
    dismissedPrompts: z
      .array(
        // The string's message also covers the pattern.
        z
          .string({ error: (iss) => `expected a prompt id, got ${describeInput(iss.input)}` })
          .regex(PROMPT_ID_PATTERN),
        { error: (iss) => `expected a list, got ${describeInput(iss.input)}` },
      )
      .max(MAX_DISMISSED, { error: `expected at most ${MAX_DISMISSED} dismissed prompts` }),
    /** Nights marked as travel (they neither break nor extend a streak). Optional: older backups lack it. */
    travelNights: z
      .array(nightKey, { error: (iss) => `expected a list, got ${describeInput(iss.input)}` })
      .max(maxNights, { error: `expected at most ${maxNights} travel nights` })
      .optional(),
  })
}

export const backupSchema = backupSchemaFor(MAX_NIGHTS)

export type Backup = z.infer<typeof backupSchema>

export interface BackupData {
  exportedAt: string
  settings: Settings
  nights: Readonly<Record<string, NightRecord>>
  checkIns: Readonly<Record<string, CheckIn>>
  labs: readonly LabEntry[]
  medicines: readonly MedicineEntry[]
  dismissedPrompts: readonly string[]
  travelNights?: readonly string[]
}

export interface BackupPreview {
  nights: number
  checkIns: number
  labs: number
  medicines: number
  /** First and last night with a record or a check-in; null when there are none. */
  from: string | null
  to: string | null
}

export type ParseBackupResult =
  | { ok: true; backup: Backup; preview: BackupPreview }
  | { ok: false; errors: Problem[] }

const IDENTIFIER = /^[A-Za-z_$][\w$]{0,59}$/

/** A path as code would write it: nights["2026-11-03"].steps.magnesium.status, labs[0].value. */
export function recordPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out ? `.${key}` : key
    else out += `[${describeInput(String(key))}]`
  }
  return out || '(file)'
}

function issueMessages(error: z.ZodError): Problem[] {
  const out: Problem[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(problem(recordPath([...issue.path, key]), t('backup.problem.unknownField')))
    } else if (issue.code === 'invalid_key') {
      // Stryker disable next-line OptionalChaining: zod gives every invalid_key issue the key's own issue.
      const inner = issue.issues[0]?.message ?? issue.message
      out.push(problem(recordPath(issue.path), inner))
    } else {
      out.push(problem(recordPath(issue.path), issue.message))
    }
  }
  return out
}

// Stryker disable next-line StringLiteral: the message's select reads any value but night or checkIn as "this key".
const ANY_KEY = 'key'

/** What the person reads when the scan refuses a file; exported so each kind is pinned without building a huge file. */
export function scanMessage(scan: ScanProblem): Problem {
  const where = recordPath(scan.path)
  switch (scan.kind) {
    case 'too-deep':
      return problem(where, t('backup.problem.tooDeep', { max: MAX_DEPTH }))
    case 'too-many-values':
      return problem('(file)', t('backup.problem.tooManyValues', { max: MAX_VALUES }))
    case 'list-too-long':
      return problem(where, t('backup.problem.listTooLong', { max: MAX_LIST_ITEMS }))
    case 'duplicate-key': {
      const [section] = scan.path
      const top = scan.path.length === 2
      const record =
        top && section === 'nights' ? 'night' : top && section === 'checkIns' ? 'checkIn' : ANY_KEY
      return problem(where, t('backup.problem.duplicate', { record }))
    }
    case 'forbidden-key':
      return problem(where, t('backup.problem.forbiddenKey', { key: String(scan.path.at(-1)) }))
  }
}

/** Two entries with one id: removing one would remove both, so such a file is refused naming both. */
function duplicateIds(list: readonly { id: string }[], field: string): Problem[] {
  const first = new Map<string, number>()
  const out: Problem[] = []
  list.forEach((entry, i) => {
    const earlier = first.get(entry.id)
    if (earlier === undefined) first.set(entry.id, i)
    else
      out.push(
        problem(
          `${field}[${i}].id`,
          t('backup.problem.duplicateId', { id: describeInput(entry.id), other: `${field}[${earlier}]` }),
        ),
      )
  })
  return out
}

/** Validates a whole backup file. Nothing in it is used unless every part of it is valid. */
export function parseBackup(text: string): ParseBackupResult {
  if (typeof text !== 'string') return fail('(file)', `expected text, got ${describeInput(text)}`)
  if (text.length > MAX_BACKUP_CHARS) {
    return fail('(file)', `expected at most 20 MB, got ${(text.length / 1024 / 1024).toFixed(1)} MB`)
  }
  // A byte order mark from a text editor is not part of the JSON, on whichever path the text came.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  if (text.trim() === '') return fail('(file)', t('backup.problem.empty'))
  // Bounded before JSON.parse: a hostile file costs at most one pass over its text, not a parse and a walk.
  const scanned = scanJson(text, {
    maxDepth: MAX_DEPTH,
    maxValues: MAX_VALUES,
    maxListItems: MAX_LIST_ITEMS,
    forbiddenKeys: DANGEROUS_KEYS,
  })
  if (scanned) return { ok: false, errors: [scanMessage(scanned)] }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    // Stryker disable next-line StringLiteral: any value but yes selects the same (empty) ending.
    const cut = looksTruncated(text) ? 'yes' : 'no'
    return fail('(file)', t('backup.problem.notJson', { detail, cut }))
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('(file)', `expected an Eventide backup object, got ${describeInput(raw)}`)
  }

  const head = raw as { app?: unknown; schemaVersion?: unknown }
  if (head.app !== BACKUP_APP) {
    return fail('app', t('backup.problem.notEventide', { got: describeInput(head.app) }))
  }
  const version = head.schemaVersion
  // Only a whole number above ours is a newer schema; anything else gets the schema's own "expected 1".
  if (Number.isInteger(version) && (version as number) > BACKUP_SCHEMA_VERSION) {
    return fail(
      'schemaVersion',
      t('backup.problem.newer', { version: String(version), supported: String(BACKUP_SCHEMA_VERSION) }),
    )
  }

  const result = backupSchema.safeParse(raw)
  if (!result.success) return refused(issueMessages(result.error))
  const duplicates = [
    ...duplicateIds(result.data.labs, 'labs'),
    ...duplicateIds(result.data.medicines, 'medicines'),
  ]
  if (duplicates.length > 0) return refused(duplicates)
  return { ok: true, backup: result.data, preview: previewOf(result.data) }
}

/** True when the text ends inside a string or with brackets still open: the tell of a cut-off file. */
function looksTruncated(text: string): boolean {
  let depth = 0
  let inString = false
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined and matches nothing below.
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{' || ch === '[') depth++
    else if (ch === '}' || ch === ']') depth--
  }
  return inString || depth > 0
}

function fail(path: string, message: string): ParseBackupResult {
  return { ok: false, errors: [problem(path, message)] }
}

/** A refusal listing at most MAX_ERRORS problems, then how many more there are. */
function refused(errors: Problem[]): ParseBackupResult {
  if (errors.length <= MAX_ERRORS) return { ok: false, errors }
  const more = problem('', t('backup.problem.more', { count: errors.length - MAX_ERRORS }))
  return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), more] }
}

export function previewOf(backup: Backup): BackupPreview {
  const nights = [...Object.keys(backup.nights), ...Object.keys(backup.checkIns)].sort()
  return {
    nights: Object.keys(backup.nights).length,
    checkIns: Object.keys(backup.checkIns).length,
    labs: backup.labs.length,
    medicines: backup.medicines.length,
    from: nights[0] ?? null,
    to: nights.at(-1) ?? null,
  }
}

// Object.fromEntries defines own properties, so even a stray "__proto__" key stays a plain (and then
// rejected) key instead of replacing the prototype.
function sortedByKey<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  // Stryker disable next-line EqualityOperator: the keys of one object are never equal.
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * The backup as pretty JSON, nights in date order. The data is validated first so an export can always
 * be imported again; a ValidationError names any bad field.
 */
export function serializeBackup(data: BackupData): string {
  const backup = parseOrThrow(backupSchema, {
    app: BACKUP_APP,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: data.exportedAt,
    settings: data.settings,
    nights: sortedByKey(data.nights),
    checkIns: sortedByKey(data.checkIns),
    labs: data.labs,
    medicines: data.medicines,
    dismissedPrompts: data.dismissedPrompts,
    ...(data.travelNights ? { travelNights: [...data.travelNights].sort() } : {}),
  })
  return `${JSON.stringify(backup, null, 2)}\n`
}
