// The one IPC contract: every channel, its request schema and its response type.
import { z } from 'zod'
import type { BackupPreview } from './backup.ts'
import { MAX_BACKUP_CHARS, PROMPT_ID_PATTERN } from './backup.ts'
import { type CheckIn, checkInSchema } from './checkin.ts'
import type { CheckInView, ExportResult, HealthView, HistoryView, SummaryView } from './companion.ts'
import { describeInput } from './errors.ts'
import { flag as boolean, hhmmField } from './fields.ts'
import { CHART_RANGES } from './history.ts'
import { CHANNELS } from './ipc-channels.ts'
import { LAB_KINDS } from './labs.ts'
import { MEDICINE_KINDS } from './medicines.ts'
import { NIGHT_PATTERN } from './night.ts'
import { type Settings, STEP_ID_PATTERN, settingsSchema } from './settings.ts'
import type { Snapshot } from './snapshot.ts'

const stepId = z
  .string({ error: (iss) => `expected a step id, got ${describeInput(iss.input)}` })
  .regex(STEP_ID_PATTERN, { error: (iss) => `expected a step id, got ${describeInput(iss.input)}` })

const hhmm = hhmmField()

const night = z
  .string({ error: (iss) => `expected a night as YYYY-MM-DD, got ${describeInput(iss.input)}` })
  .regex(NIGHT_PATTERN, { error: (iss) => `expected a night as YYYY-MM-DD, got ${describeInput(iss.input)}` })

const entryId = z
  .string({ error: (iss) => `expected an entry id, got ${describeInput(iss.input)}` })
  .regex(/^[A-Za-z0-9-]{1,64}$/, { error: (iss) => `expected an entry id, got ${describeInput(iss.input)}` })

const shortText = (max: number) =>
  z
    .string({ error: (iss) => `expected text, got ${describeInput(iss.input)}` })
    .max(max, { error: `expected at most ${max} characters` })

const flag = boolean()

const noPayload = z.undefined({ error: (iss) => `expected no payload, got ${describeInput(iss.input)}` })

export const VIEWS = [
  'checklist',
  'settings',
  'history',
  'first-run',
  'check-in',
  'health',
  'summary',
] as const
export type View = (typeof VIEWS)[number]

export interface AppInfo {
  name: string
  version: string
  logPath: string
  dataPath: string
  platform: string
}

/** Channel name and request schema per method; responses are typed in `Responses`. */
export const contract = {
  getState: { channel: CHANNELS.getState, request: noPayload },
  setStepStatus: {
    channel: CHANNELS.setStepStatus,
    request: z.strictObject({
      stepId,
      status: z.enum(['done', 'skipped', 'pending'], {
        error: (iss) => `expected done, skipped or pending, got ${describeInput(iss.input)}`,
      }),
    }),
  },
  snoozeStep: { channel: CHANNELS.snoozeStep, request: z.strictObject({ stepId }) },
  setTonightBedtime: {
    channel: CHANNELS.setTonightBedtime,
    request: z.strictObject({ bedtime: hhmm.nullable() }),
  },
  setPaused: {
    channel: CHANNELS.setPaused,
    request: z.strictObject({
      paused: flag,
    }),
  },
  getSettings: { channel: CHANNELS.getSettings, request: noPayload },
  updateSettings: { channel: CHANNELS.updateSettings, request: settingsSchema },
  getAppInfo: { channel: CHANNELS.getAppInfo, request: noPayload },
  openWindow: {
    channel: CHANNELS.openWindow,
    request: z.strictObject({
      view: z.enum(VIEWS, {
        error: (iss) => `expected one of ${VIEWS.join(', ')}, got ${describeInput(iss.input)}`,
      }),
    }),
  },
  getHistory: {
    channel: CHANNELS.getHistory,
    request: z.strictObject({
      days: z.union(
        CHART_RANGES.map((d) => z.literal(d)),
        { error: (iss) => `expected ${CHART_RANGES.join(', ')} days, got ${describeInput(iss.input)}` },
      ),
    }),
  },
  /** `night: null` means the night a check-in made now belongs to (last night, by the noon rule). */
  getCheckIn: { channel: CHANNELS.getCheckIn, request: z.strictObject({ night: night.nullable() }) },
  saveCheckIn: {
    channel: CHANNELS.saveCheckIn,
    request: z.strictObject({ night, checkIn: checkInSchema.omit({ savedAt: true }) }),
  },
  setTravelNight: { channel: CHANNELS.setTravelNight, request: z.strictObject({ night, travel: flag }) },
  getHealth: { channel: CHANNELS.getHealth, request: noPayload },
  /** Range and future-date checks run in main against today's date (parseLabEntry). */
  addLab: {
    channel: CHANNELS.addLab,
    request: z.strictObject({
      kind: z.enum(LAB_KINDS, {
        error: (iss) => `expected ferritin, tsat or vitaminD, got ${describeInput(iss.input)}`,
      }),
      value: z.number({ error: (iss) => `expected a number, got ${describeInput(iss.input)}` }),
      date: night,
      note: shortText(200).optional(),
    }),
  },
  removeLab: { channel: CHANNELS.removeLab, request: z.strictObject({ id: entryId }) },
  addMedicine: {
    channel: CHANNELS.addMedicine,
    request: z.strictObject({
      name: shortText(80),
      dose: shortText(60).optional(),
      time: hhmm.optional(),
      kind: z.enum(MEDICINE_KINDS, {
        error: (iss) => `expected medicine or supplement, got ${describeInput(iss.input)}`,
      }),
      startedOn: night.optional(),
    }),
  },
  removeMedicine: { channel: CHANNELS.removeMedicine, request: z.strictObject({ id: entryId }) },
  dismissPrompt: {
    channel: CHANNELS.dismissPrompt,
    request: z.strictObject({
      id: z.string().regex(PROMPT_ID_PATTERN, {
        error: (iss) => `expected a prompt id, got ${describeInput(iss.input)}`,
      }),
    }),
  },
  exportData: {
    channel: CHANNELS.exportData,
    request: z.strictObject({
      format: z.enum(['json', 'csv'], {
        error: (iss) => `expected json or csv, got ${describeInput(iss.input)}`,
      }),
    }),
  },
  previewImport: {
    channel: CHANNELS.previewImport,
    request: z.strictObject({ text: shortText(MAX_BACKUP_CHARS) }),
  },
  applyImport: {
    channel: CHANNELS.applyImport,
    request: z.strictObject({ text: shortText(MAX_BACKUP_CHARS) }),
  },
  getSummary: { channel: CHANNELS.getSummary, request: noPayload },
  printSummary: { channel: CHANNELS.printSummary, request: noPayload },
  exportCalendar: { channel: CHANNELS.exportCalendar, request: noPayload },
} as const

export type Contract = typeof contract
export type Method = keyof Contract

export interface Responses {
  getState: Snapshot
  setStepStatus: Snapshot
  snoozeStep: Snapshot
  setTonightBedtime: Snapshot
  setPaused: Snapshot
  getSettings: Settings
  updateSettings: Settings
  getAppInfo: AppInfo
  openWindow: null
  getHistory: HistoryView
  getCheckIn: CheckInView
  saveCheckIn: CheckInView
  setTravelNight: HistoryView
  getHealth: HealthView
  addLab: HealthView
  removeLab: HealthView
  addMedicine: HealthView
  removeMedicine: HealthView
  dismissPrompt: null
  exportData: ExportResult
  previewImport: BackupPreview
  applyImport: BackupPreview
  getSummary: SummaryView
  printSummary: ExportResult
  exportCalendar: ExportResult
}

export type { CheckIn }

export type Request<M extends Method> = z.input<Contract[M]['request']>
export type ParsedRequest<M extends Method> = z.output<Contract[M]['request']>

/** What crosses the bridge: a value, or an error message plus the per-field problems. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; problems: string[] }

export { STATE_CHANNEL } from './ipc-channels.ts'

export const METHODS = Object.keys(contract) as Method[]

/** `window.eventide` as the preload exposes it: one method per channel plus one subscription. */
export type EventideBridge = {
  [M in Method]: Request<M> extends undefined
    ? () => Promise<Envelope<Responses[M]>>
    : (payload: Request<M>) => Promise<Envelope<Responses[M]>>
} & {
  onState(listener: (snapshot: Snapshot) => void): () => void
}
