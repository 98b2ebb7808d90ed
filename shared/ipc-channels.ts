// The names of the IPC methods and of the views, with no schema library: the sandboxed preload and the
// renderer's api.ts and router import this file alone, so they bundle without zod. shared/ipc.ts gives
// each method its request schema and response type, and the type checker holds the two lists together.

/** Every IPC method. A new channel is added here and in `definitions` in shared/ipc.ts. */
export const METHODS = [
  'getState',
  'setStepStatus',
  'snoozeStep',
  'setTonightBedtime',
  'setPaused',
  'getSettings',
  'updateSettings',
  'getAppInfo',
  'openWindow',
  'getHistory',
  'getCheckIn',
  'saveCheckIn',
  'setTravelNight',
  'getHealth',
  'addLab',
  'removeLab',
  'addMedicine',
  'removeMedicine',
  'dismissPrompt',
  'exportData',
  'previewImport',
  'applyImport',
  'getSummary',
  'printSummary',
  'updateTreatment',
  'exportCalendar',
] as const
export type Method = (typeof METHODS)[number]

/** "setTonightBedtime" travels as "eventide:set-tonight-bedtime". */
export function channelOf(method: Method): string {
  return `eventide:${method.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
}

export const CHANNELS = Object.fromEntries(METHODS.map((m) => [m, channelOf(m)])) as Readonly<
  Record<Method, string>
>

/** The push channel main uses to send a fresh snapshot to every open window. */
export const STATE_CHANNEL = 'eventide:state-changed'

/** Every window the app can open; the renderer's router serves exactly these. */
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
