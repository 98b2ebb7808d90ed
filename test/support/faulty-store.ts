// A real store that can be told to fail its next call of one method, for tests of what a person sees when a
// save or a load goes wrong: the failure starts where it would in the app, and travels main's real path.
import type { EventideStore } from '../../electron/services.ts'

type StoreMethod = {
  [K in keyof EventideStore]: EventideStore[K] extends (...args: never[]) => unknown ? K : never
}[keyof EventideStore]

export interface FaultyStore extends EventideStore {
  /** The next call of `method` throws `error` instead of running; later calls run as usual. */
  failNext(method: StoreMethod, error: Error): void
  /** One-off notices added to the store's own, as if it had found a damaged file. */
  addNotice(message: string): void
}

export function withFaults(store: EventideStore): FaultyStore {
  const failures = new Map<string, Error>()
  const notices: string[] = []
  const extra = {
    failNext(method: StoreMethod, error: Error) {
      failures.set(method, error)
    },
    addNotice(message: string) {
      notices.push(message)
    },
    takeNotices: () => [...store.takeNotices(), ...notices.splice(0)],
  }
  return new Proxy(store, {
    get(target, key, receiver) {
      if (Object.hasOwn(extra, key)) return extra[key as keyof typeof extra]
      const value = Reflect.get(target, key, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        const failure = failures.get(key as string)
        if (failure) {
          failures.delete(key as string)
          throw failure
        }
        return value.apply(target, args)
      }
    },
  }) as FaultyStore
}
