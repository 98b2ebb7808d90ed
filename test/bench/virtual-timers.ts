// A minimal virtual clock for counting wake-ups: replaces the global timers while a bench section runs.
export interface VirtualTimers {
  now(): number
  advance(ms: number): Promise<void>
  created(): number
  /** The virtual instant of every callback that ran: each is one wake-up of the process. */
  firedAt(): number[]
  pending(): number
  restore(): void
}

export function installVirtualTimers(startMs: number): VirtualTimers {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout, now: Date.now }
  let now = startMs
  let nextId = 1
  let created = 0
  const fired: number[] = []
  const queue = new Map<number, { at: number; fn: () => void }>()
  globalThis.setTimeout = ((fn: () => void, ms = 0) => {
    created++
    const id = nextId++
    queue.set(id, { at: now + Math.max(0, ms), fn })
    return { id, unref() {}, ref() {}, [Symbol.toPrimitive]: () => id } as unknown as NodeJS.Timeout
  }) as typeof setTimeout
  globalThis.clearTimeout = ((t: { id?: number } | undefined) => {
    if (t && typeof t === 'object' && t.id !== undefined) queue.delete(t.id)
  }) as typeof clearTimeout
  Date.now = () => now
  return {
    now: () => now,
    async advance(ms) {
      const end = now + ms
      for (;;) {
        let first: [number, { at: number; fn: () => void }] | undefined
        for (const entry of queue) if (!first || entry[1].at < first[1].at) first = entry
        if (!first || first[1].at > end) break
        queue.delete(first[0])
        now = first[1].at
        fired.push(now)
        first[1].fn()
        await Promise.resolve()
      }
      now = end
    },
    created: () => created,
    firedAt: () => [...fired],
    pending: () => queue.size,
    restore() {
      globalThis.setTimeout = real.setTimeout
      globalThis.clearTimeout = real.clearTimeout
      Date.now = real.now
    },
  }
}
