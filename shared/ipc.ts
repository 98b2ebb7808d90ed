// The one IPC contract: every channel, its request schema and its response type.
import { z } from 'zod'
import { describeInput } from './errors.ts'
import { HHMM_EXPECTED, HHMM_PATTERN } from './hhmm.ts'
import { CHANNELS } from './ipc-channels.ts'
import { type Settings, STEP_ID_PATTERN, settingsSchema } from './settings.ts'
import type { Snapshot } from './snapshot.ts'

const stepId = z
  .string({ error: (iss) => `expected a step id, got ${describeInput(iss.input)}` })
  .regex(STEP_ID_PATTERN, { error: (iss) => `expected a step id, got ${describeInput(iss.input)}` })

const hhmm = z
  .string({ error: (iss) => `${HHMM_EXPECTED}, got ${describeInput(iss.input)}` })
  .regex(HHMM_PATTERN, { error: (iss) => `${HHMM_EXPECTED}, got ${describeInput(iss.input)}` })

const noPayload = z.undefined({ error: (iss) => `expected no payload, got ${describeInput(iss.input)}` })

export const VIEWS = ['checklist', 'settings', 'history', 'first-run'] as const
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
      paused: z.boolean({ error: (iss) => `expected true or false, got ${describeInput(iss.input)}` }),
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
}

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
