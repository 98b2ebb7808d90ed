// The one IPC contract: every channel, its request schema and its response type.

import { z } from 'zod'
import type { BackupPreview } from './backup.ts'
import { MAX_BACKUP_CHARS, PROMPT_ID_PATTERN } from './backup.ts'
import { CHART_RANGES } from './chart-ranges.ts'
import { type CheckIn, checkInSchema } from './checkin.ts'
import type { Problem } from './errors.ts'
import { describeInput } from './errors.ts'
import {
  flag as boolean,
  dateField,
  entryId as entryIdField,
  hhmmField,
  nightKey,
  stepIdField,
} from './fields.ts'
import { CHANNELS, METHODS, type Method, VIEWS } from './ipc-channels.ts'
import { LAB_KINDS } from './labs.ts'
import { MEDICINE_KINDS } from './medicines.ts'
import { rlsTreatmentSchema } from './rls-treatments.ts'
import { type Settings, settingsSchema } from './settings.ts'
import type { Snapshot } from './snapshot.ts'
import type { CheckInView, ExportResult, HealthView, HistoryView, SummaryView } from './view-models.ts'

const stepId = stepIdField()

const hhmm = hhmmField()

const night = nightKey()

// The same definition the store uses, so every stored lab or medicine can be removed again.
const entryId = entryIdField()

const shortText = (max: number) =>
  z
    .string({ error: (iss) => `expected text, got ${describeInput(iss.input)}` })
    .max(max, { error: `expected at most ${max} characters` })

const flag = boolean()

const noPayload = z.undefined({ error: (iss) => `expected no payload, got ${describeInput(iss.input)}` })

export { CHANNELS, METHODS, type Method, STATE_CHANNEL, VIEWS, type View } from './ipc-channels.ts'

export interface AppInfo {
  name: string
  version: string
  logPath: string
  dataPath: string
  platform: string
  /** How the data files are stored: encrypted, plain (no keychain), locked (keychain missing now). */
  storageProtection?: 'encrypted' | 'plain' | 'locked'
}

/** Marks the type a method answers with; it exists for the type checker only. */
// Stryker disable next-line BlockStatement: the value is never read at run time, only its type is
function returns<T>(): Returns<T> {
  return {} as Returns<T>
}
type Returns<T> = { readonly __response?: T }

interface Definition {
  request: z.ZodType
  response: Returns<unknown>
}

/** Request schema and response type per method: the one place a channel's shape is written. */
const definitions = {
  getState: { request: noPayload, response: returns<Snapshot>() },
  setStepStatus: {
    request: z.strictObject({
      stepId,
      status: z.enum(['done', 'skipped', 'pending'], {
        error: (iss) => `expected done, skipped or pending, got ${describeInput(iss.input)}`,
      }),
    }),
    response: returns<Snapshot>(),
  },
  snoozeStep: { request: z.strictObject({ stepId }), response: returns<Snapshot>() },
  setTonightBedtime: {
    request: z.strictObject({ bedtime: hhmm.nullable() }),
    response: returns<Snapshot>(),
  },
  setPaused: {
    request: z.strictObject({
      paused: flag,
    }),
    response: returns<Snapshot>(),
  },
  getSettings: { request: noPayload, response: returns<Settings>() },
  updateSettings: { request: settingsSchema, response: returns<Settings>() },
  getAppInfo: { request: noPayload, response: returns<AppInfo>() },
  openWindow: {
    request: z.strictObject({
      view: z.enum(VIEWS, {
        error: (iss) => `expected one of ${VIEWS.join(', ')}, got ${describeInput(iss.input)}`,
      }),
    }),
    response: returns<null>(),
  },
  getHistory: {
    request: z.strictObject({
      days: z.union(
        CHART_RANGES.map((d) => z.literal(d)),
        { error: (iss) => `expected ${CHART_RANGES.join(', ')} days, got ${describeInput(iss.input)}` },
      ),
    }),
    response: returns<HistoryView>(),
  },
  /** `night: null` means the night a check-in made now belongs to (last night, by the noon rule). */
  getCheckIn: { request: z.strictObject({ night: night.nullable() }), response: returns<CheckInView>() },
  saveCheckIn: {
    request: z.strictObject({ night, checkIn: checkInSchema.omit({ savedAt: true }) }),
    response: returns<CheckInView>(),
  },
  setTravelNight: { request: z.strictObject({ night, travel: flag }), response: returns<HistoryView>() },
  getHealth: { request: noPayload, response: returns<HealthView>() },
  /** Range and future-date checks run in main against today's date (parseLabEntry). */
  addLab: {
    request: z.strictObject({
      kind: z.enum(LAB_KINDS, {
        error: (iss) => `expected ferritin, tsat or vitaminD, got ${describeInput(iss.input)}`,
      }),
      value: z.number({ error: (iss) => `expected a number, got ${describeInput(iss.input)}` }),
      date: dateField(),
      note: shortText(200).optional(),
    }),
    response: returns<HealthView>(),
  },
  removeLab: { request: z.strictObject({ id: entryId }), response: returns<HealthView>() },
  addMedicine: {
    request: z.strictObject({
      name: shortText(80),
      dose: shortText(60).optional(),
      time: hhmm.optional(),
      kind: z.enum(MEDICINE_KINDS, {
        error: (iss) => `expected medicine or supplement, got ${describeInput(iss.input)}`,
      }),
      startedOn: dateField().optional(),
      rls: rlsTreatmentSchema.optional(),
    }),
    response: returns<HealthView>(),
  },
  removeMedicine: { request: z.strictObject({ id: entryId }), response: returns<HealthView>() },
  dismissPrompt: {
    request: z.strictObject({
      id: z.string().regex(PROMPT_ID_PATTERN, {
        error: (iss) => `expected a prompt id, got ${describeInput(iss.input)}`,
      }),
    }),
    response: returns<null>(),
  },
  exportData: {
    request: z.strictObject({
      format: z.enum(['json', 'csv'], {
        error: (iss) => `expected json or csv, got ${describeInput(iss.input)}`,
      }),
    }),
    response: returns<ExportResult>(),
  },
  previewImport: {
    request: z.strictObject({ text: shortText(MAX_BACKUP_CHARS) }),
    response: returns<BackupPreview>(),
  },
  applyImport: {
    request: z.strictObject({ text: shortText(MAX_BACKUP_CHARS) }),
    response: returns<BackupPreview>(),
  },
  getSummary: { request: noPayload, response: returns<SummaryView>() },
  printSummary: { request: noPayload, response: returns<ExportResult>() },
  /** Marks a medicine as RLS treatment (dose changes, stop date) or, with null, unmarks it; dates are checked in main. */
  updateTreatment: {
    request: z.strictObject({ id: entryId, rls: rlsTreatmentSchema.nullable() }),
    response: returns<HealthView>(),
  },
  /** The next 4 weeks of evenings as an iCalendar file; main asks where to save it. */
  exportCalendar: { request: noPayload, response: returns<ExportResult>() },
} as const satisfies Record<Method, Definition>

type Definitions = typeof definitions

/** Each method's definition with its channel name, for main's handler registration. */
export const contract = Object.fromEntries(
  METHODS.map((m) => [m, { ...definitions[m], channel: CHANNELS[m] }]),
) as { [M in Method]: Definitions[M] & { channel: string } }

export type Contract = typeof contract

export type Responses = {
  [M in Method]: Definitions[M]['response'] extends Returns<infer T> ? T : never
}

export type { CheckIn }

export type Request<M extends Method> = z.input<Contract[M]['request']>
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>

/** What crosses the bridge: a value, or an error message plus the per-field problems. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; problems: readonly Problem[] }

/** `window.eventide` as the preload exposes it: one method per channel plus one subscription. */
export type EventideBridge = {
  [M in Method]: Request<M> extends undefined
    ? () => Promise<Envelope<Responses[M]>>
    : (payload: Request<M>) => Promise<Envelope<Responses[M]>>
} & {
  onState(listener: (snapshot: Snapshot) => void): () => void
}
