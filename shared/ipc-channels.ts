// IPC channel names only, with no schema library: the sandboxed preload imports this file alone, so it
// bundles to a few hundred bytes with nothing to require() but 'electron'. shared/ipc.ts builds on it.

export const CHANNELS = {
  getState: 'eventide:get-state',
  setStepStatus: 'eventide:set-step-status',
  snoozeStep: 'eventide:snooze-step',
  setTonightBedtime: 'eventide:set-tonight-bedtime',
  setPaused: 'eventide:set-paused',
  getSettings: 'eventide:get-settings',
  updateSettings: 'eventide:update-settings',
  getAppInfo: 'eventide:get-app-info',
  openWindow: 'eventide:open-window',
} as const

/** The push channel main uses to send a fresh snapshot to every open window. */
export const STATE_CHANNEL = 'eventide:state-changed'
