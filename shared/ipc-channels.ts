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
  getHistory: 'eventide:get-history',
  getCheckIn: 'eventide:get-check-in',
  saveCheckIn: 'eventide:save-check-in',
  setTravelNight: 'eventide:set-travel-night',
  getHealth: 'eventide:get-health',
  addLab: 'eventide:add-lab',
  removeLab: 'eventide:remove-lab',
  addMedicine: 'eventide:add-medicine',
  removeMedicine: 'eventide:remove-medicine',
  dismissPrompt: 'eventide:dismiss-prompt',
  exportData: 'eventide:export-data',
  previewImport: 'eventide:preview-import',
  applyImport: 'eventide:apply-import',
  getSummary: 'eventide:get-summary',
  printSummary: 'eventide:print-summary',
  exportCalendar: 'eventide:export-calendar',
} as const

/** The push channel main uses to send a fresh snapshot to every open window. */
export const STATE_CHANNEL = 'eventide:state-changed'
