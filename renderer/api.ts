// window.eventide, unwrapped: each call resolves to its value or throws an ApiError with the field problems.
import type { Problem } from '../shared/errors.ts'
import type { Envelope, EventideBridge, Request, Responses } from '../shared/ipc.ts'
import { METHODS, type Method } from '../shared/ipc-channels.ts'
import type { Snapshot } from '../shared/snapshot.ts'
import { strings } from './strings.ts'

declare global {
  interface Window {
    eventide?: EventideBridge
  }
}

/** A failed call: main's message and, for bad input, each field's problem ({ path, message }). */
export class ApiError extends Error {
  readonly problems: readonly Problem[]
  constructor(message: string, problems: readonly Problem[] = []) {
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

type Api = {
  [M in Method]: Request<M> extends undefined
    ? () => Promise<Responses[M]>
    : (payload: Request<M>) => Promise<Responses[M]>
} & { onState(listener: (snapshot: Snapshot) => void): () => void }

type AnyCall = (...payload: unknown[]) => Promise<Envelope<unknown>>

/** One unwrapping method per contract method, built from the zod-free method list. */
export const api = {
  ...Object.fromEntries(
    METHODS.map((method) => [
      method,
      (...payload: unknown[]) => unwrap(() => (bridge()[method] as AnyCall)(...payload)),
    ]),
  ),
  onState: (listener: (snapshot: Snapshot) => void): (() => void) => bridge().onState(listener),
} as Api
