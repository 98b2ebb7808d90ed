// The service behind each IPC method; payloads arrive already validated by the IPC wrapper.
import type { AppInfo, Method, ParsedRequest, Responses, View } from '../shared/ipc.ts'
import type { Evening } from './evening.ts'

export type HandlerTable = {
  [M in Method]: (payload: ParsedRequest<M>) => Responses[M] | Promise<Responses[M]>
}

export interface HandlerDeps {
  evening: Evening
  appInfo: () => AppInfo
  openWindow: (view: View) => void
  setLaunchAtLogin: (enabled: boolean) => void
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { evening } = deps
  return {
    getState: () => evening.snapshot(),
    setStepStatus: ({ stepId, status }) => evening.setStepStatus(stepId, status),
    snoozeStep: ({ stepId }) => evening.snooze(stepId),
    setTonightBedtime: ({ bedtime }) => evening.setTonightBedtime(bedtime),
    setPaused: ({ paused }) => evening.setPaused(paused),
    getSettings: () => evening.getSettings(),
    updateSettings: (settings) => {
      const before = evening.getSettings()
      const saved = evening.updateSettings(settings)
      if (saved.launchAtLogin !== before.launchAtLogin) {
        try {
          deps.setLaunchAtLogin(saved.launchAtLogin)
        } catch (error) {
          // Keep the stored flag truthful: the OS did not take the change, so neither do we.
          evening.updateSettings({ ...saved, launchAtLogin: before.launchAtLogin })
          const reason = error instanceof Error ? error.message : String(error)
          throw new Error(`launchAtLogin: could not change launch at login (${reason})`)
        }
      }
      return saved
    },
    getAppInfo: () => deps.appInfo(),
    openWindow: ({ view }) => {
      deps.openWindow(view)
      return null
    },
  }
}
