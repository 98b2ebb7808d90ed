// window.eventide, unwrapped: each call resolves to its value or throws an ApiError with the field problems.
import type { Envelope, EventideBridge, Request } from '../shared/ipc.ts'
import type { Snapshot } from '../shared/snapshot.ts'
import { strings } from './strings.ts'

declare global {
  interface Window {
    eventide?: EventideBridge
  }
}

export class ApiError extends Error {
  readonly problems: string[]
  constructor(message: string, problems: string[] = []) {
    super(message)
    this.name = 'ApiError'
    this.problems = problems
  }
}

function bridge(): EventideBridge {
  const b = window.eventide
  if (!b) throw new ApiError(strings.errors.noBridge)
  return b
}

async function unwrap<T>(call: () => Promise<Envelope<T>>): Promise<T> {
  const envelope = await call()
  if (envelope.ok) return envelope.value
  throw new ApiError(envelope.error, envelope.problems)
}

export const api = {
  getState: () => unwrap(() => bridge().getState()),
  setStepStatus: (p: Request<'setStepStatus'>) => unwrap(() => bridge().setStepStatus(p)),
  snoozeStep: (p: Request<'snoozeStep'>) => unwrap(() => bridge().snoozeStep(p)),
  setTonightBedtime: (p: Request<'setTonightBedtime'>) => unwrap(() => bridge().setTonightBedtime(p)),
  setPaused: (p: Request<'setPaused'>) => unwrap(() => bridge().setPaused(p)),
  getSettings: () => unwrap(() => bridge().getSettings()),
  updateSettings: (p: Request<'updateSettings'>) => unwrap(() => bridge().updateSettings(p)),
  getAppInfo: () => unwrap(() => bridge().getAppInfo()),
  openWindow: (p: Request<'openWindow'>) => unwrap(() => bridge().openWindow(p)),
  getHistory: (p: Request<'getHistory'>) => unwrap(() => bridge().getHistory(p)),
  getCheckIn: (p: Request<'getCheckIn'>) => unwrap(() => bridge().getCheckIn(p)),
  saveCheckIn: (p: Request<'saveCheckIn'>) => unwrap(() => bridge().saveCheckIn(p)),
  setTravelNight: (p: Request<'setTravelNight'>) => unwrap(() => bridge().setTravelNight(p)),
  getHealth: () => unwrap(() => bridge().getHealth()),
  addLab: (p: Request<'addLab'>) => unwrap(() => bridge().addLab(p)),
  removeLab: (p: Request<'removeLab'>) => unwrap(() => bridge().removeLab(p)),
  addMedicine: (p: Request<'addMedicine'>) => unwrap(() => bridge().addMedicine(p)),
  removeMedicine: (p: Request<'removeMedicine'>) => unwrap(() => bridge().removeMedicine(p)),
  dismissPrompt: (p: Request<'dismissPrompt'>) => unwrap(() => bridge().dismissPrompt(p)),
  exportData: (p: Request<'exportData'>) => unwrap(() => bridge().exportData(p)),
  previewImport: (p: Request<'previewImport'>) => unwrap(() => bridge().previewImport(p)),
  applyImport: (p: Request<'applyImport'>) => unwrap(() => bridge().applyImport(p)),
  getSummary: () => unwrap(() => bridge().getSummary()),
  printSummary: () => unwrap(() => bridge().printSummary()),
  exportCalendar: () => unwrap(() => bridge().exportCalendar()),
  onState: (listener: (snapshot: Snapshot) => void): (() => void) => bridge().onState(listener),
}
