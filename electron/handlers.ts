// The service behind each IPC method; payloads arrive already validated by the IPC wrapper.
import type { AppInfo, Method, ParsedRequest, Responses, View } from '../shared/ipc.ts'
import type { Settings } from '../shared/settings.ts'
import type { CalendarTransfer } from './calendar-transfer.ts'
import type { DataTransfer } from './data-transfer.ts'
import type { Evening } from './evening.ts'
import type { JournalService } from './journal.ts'
import type { Logger } from './services.ts'

export type HandlerTable = {
  [M in Method]: (payload: ParsedRequest<M>) => Responses[M] | Promise<Responses[M]>
}

export interface HandlerDeps {
  evening: Evening
  journal: JournalService
  transfer: DataTransfer
  calendar: CalendarTransfer
  appInfo: () => AppInfo
  openWindow: (view: View) => void
  setLaunchAtLogin: (enabled: boolean) => void
  logger: Logger
}

export function createHandlers(deps: HandlerDeps): HandlerTable {
  const { evening, journal, transfer } = deps
  const { logger } = deps

  /** After an import replaced the settings, the OS login item follows; if it refuses, the flag stays truthful. */
  function followLaunchAtLogin(before: Settings): void {
    const after = evening.getSettings()
    if (after.launchAtLogin === before.launchAtLogin) return
    try {
      deps.setLaunchAtLogin(after.launchAtLogin)
    } catch (error) {
      // The import itself succeeded and stays; only this one flag goes back to what the OS really has.
      logger.warn('import: could not change launch at login; keeping the previous setting', error)
      evening.updateSettings({ ...after, launchAtLogin: before.launchAtLogin })
    }
  }

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
    getHistory: ({ days }) => journal.history(days),
    getCheckIn: ({ night }) => journal.checkIn(night),
    saveCheckIn: (request) => journal.saveCheckIn(request),
    setTravelNight: ({ night, travel }) => journal.setTravelNight(night, travel),
    getHealth: () => journal.health(),
    addLab: (request) => journal.addLab(request),
    removeLab: ({ id }) => journal.removeLab(id),
    addMedicine: (request) => journal.addMedicine(request),
    removeMedicine: ({ id }) => journal.removeMedicine(id),
    dismissPrompt: ({ id }) => {
      journal.dismissPrompt(id)
      return null
    },
    exportData: ({ format }) => transfer.exportData(format),
    previewImport: ({ text }) => transfer.previewImport(text),
    applyImport: ({ text }) => {
      const before = evening.getSettings()
      const preview = transfer.applyImport(text)
      followLaunchAtLogin(before)
      return preview
    },
    getSummary: () => journal.summary(),
    printSummary: () => transfer.printSummary(),
    updateTreatment: ({ id, rls }) => journal.updateTreatment(id, rls),
    exportCalendar: () => deps.calendar.exportCalendar(),
  }
}
