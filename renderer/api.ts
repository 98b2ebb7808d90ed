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
  onState: (listener: (snapshot: Snapshot) => void): (() => void) => bridge().onState(listener),
}
