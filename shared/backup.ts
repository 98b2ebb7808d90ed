// The full JSON backup: one schema, a pretty serializer, and an importer that validates the whole file
// before anything is used, so a bad file never costs the person data.
import { z } from 'zod'
import { type CheckIn, checkInSchema } from './checkin.ts'
import { describeInput, parseOrThrow } from './errors.ts'
import { nightKey as nightKeyField } from './fields.ts'
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
const MAX_ERRORS = 50

/** Keys that could reach an object's prototype if merged; rejected anywhere in a file. */
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

const nightKey = nightKeyField()

const atMost = (max: number) => (value: object) => Object.keys(value).length <= max

export const PROMPT_ID_PATTERN = /^[a-z0-9][a-z0-9:._-]{0,119}$/

export const backupSchema = z.strictObject({
  app: z.literal(BACKUP_APP, { error: (iss) => `expected "eventide", got ${describeInput(iss.input)}` }),
  schemaVersion: z.literal(BACKUP_SCHEMA_VERSION, {
    error: (iss) => `expected ${BACKUP_SCHEMA_VERSION}, got ${describeInput(iss.input)}`,
  }),
  exportedAt: instantSchema,
  settings: settingsSchema,
  nights: z
    .record(nightKey, nightRecordSchema, {
      error: (iss) => `expected an object, got ${describeInput(iss.input)}`,
    })
    .refine(atMost(MAX_NIGHTS), { error: `expected at most ${MAX_NIGHTS} nights` }),
  checkIns: z
    .record(nightKey, checkInSchema, {
      error: (iss) => `expected an object, got ${describeInput(iss.input)}`,
    })
    .refine(atMost(MAX_NIGHTS), { error: `expected at most ${MAX_NIGHTS} check-ins` }),
  labs: z
    .array(labEntrySchema, { error: (iss) => `expected a list, got ${describeInput(iss.input)}` })
    .max(MAX_LABS, { error: `expected at most ${MAX_LABS} lab entries` }),
  medicines: z
    .array(medicineEntrySchema, { error: (iss) => `expected a list, got ${describeInput(iss.input)}` })
    .max(MAX_MEDICINES, { error: `expected at most ${MAX_MEDICINES} medicines` }),
  dismissedPrompts: z
    .array(
      z
        .string({ error: (iss) => `expected a prompt id, got ${describeInput(iss.input)}` })
        .regex(PROMPT_ID_PATTERN, {
          error: (iss) => `expected a prompt id, got ${describeInput(iss.input)}`,
        }),
      { error: (iss) => `expected a list, got ${describeInput(iss.input)}` },
    )
    .max(MAX_DISMISSED, { error: `expected at most ${MAX_DISMISSED} dismissed prompts` }),
  /** Nights marked as travel (they neither break nor extend a streak). Optional: older backups lack it. */
  travelNights: z
    .array(nightKey, { error: (iss) => `expected a list, got ${describeInput(iss.input)}` })
    .max(MAX_NIGHTS, { error: `expected at most ${MAX_NIGHTS} travel nights` })
    .optional(),
})

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
  | { ok: false; errors: string[] }

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

function issueMessages(error: z.ZodError): string[] {
  const out: string[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(`${recordPath([...issue.path, key])}: not a field Eventide knows`)
    } else if (issue.code === 'invalid_key') {
      const inner = issue.issues[0]?.message ?? issue.message
      out.push(`${recordPath(issue.path)}: ${inner}`)
    } else {
      out.push(`${recordPath(issue.path)}: ${issue.message}`)
    }
  }
  return out
}

/** Finds dangerous keys or excessive nesting, iteratively so a hostile file cannot exhaust the stack. */
function hostileShape(root: unknown): string | null {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }]
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] }
    if (value === null || typeof value !== 'object') continue
    if (path.length > MAX_DEPTH)
      return `${recordPath(path.slice(0, 3))}: nested more than ${MAX_DEPTH} levels deep`
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] })
      })
      continue
    }
    for (const key of Object.keys(value)) {
      if (DANGEROUS_KEYS.has(key)) return `${recordPath([...path, key])}: the key "${key}" is not allowed`
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] })
    }
  }
  return null
}

/** Validates a whole backup file. Nothing in it is used unless every part of it is valid. */
export function parseBackup(text: string): ParseBackupResult {
  if (typeof text !== 'string') return fail(`(file): expected text, got ${describeInput(text)}`)
  if (text.length > MAX_BACKUP_CHARS) {
    return fail(`(file): expected at most 20 MB, got ${(text.length / 1024 / 1024).toFixed(1)} MB`)
  }
  if (text.trim() === '') return fail('(file): the file is empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const cut = looksTruncated(text) ? ' It looks cut off (truncated).' : ''
    return fail(`(file): not valid JSON (${detail}).${cut}`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail(`(file): expected an Eventide backup object, got ${describeInput(raw)}`)
  }
  const hostile = hostileShape(raw)
  if (hostile) return fail(hostile)

  const head = raw as { app?: unknown; schemaVersion?: unknown }
  if (head.app !== BACKUP_APP) {
    return fail(`app: expected "eventide", got ${describeInput(head.app)}. This is not an Eventide backup.`)
  }
  const version = head.schemaVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_SCHEMA_VERSION) {
    return fail(
      `schemaVersion: this backup was made by a newer Eventide (schema ${version}); this version reads schema ` +
        `${BACKUP_SCHEMA_VERSION}. Update Eventide, then import it again.`,
    )
  }

  const result = backupSchema.safeParse(raw)
  if (!result.success) {
    const errors = issueMessages(result.error)
    if (errors.length > MAX_ERRORS) {
      const more = errors.length - MAX_ERRORS
      return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `… and ${more} more problems`] }
    }
    return { ok: false, errors }
  }
  return { ok: true, backup: result.data, preview: previewOf(result.data) }
}

/** True when the text ends inside a string or with brackets still open: the tell of a cut-off file. */
function looksTruncated(text: string): boolean {
  let depth = 0
  let inString = false
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

function fail(message: string): ParseBackupResult {
  return { ok: false, errors: [message] }
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
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
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
