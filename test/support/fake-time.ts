// Fake timers for a whole test file, and every scheduler a test starts stopped after it, so no timer of one
// test fires in the next. Call once at the top level of a test file; wrap each created scheduler in `track`.
import { afterEach, beforeEach, vi } from 'vitest'
import type { Scheduler } from '../../electron/scheduler.ts'

export function onFakeTime(): <S extends Scheduler>(scheduler: S) => S {
  const started: Scheduler[] = []
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    for (const scheduler of started.splice(0)) scheduler.stop()
    vi.useRealTimers()
    vi.restoreAllMocks()
  })
  return (scheduler) => {
    started.push(scheduler)
    return scheduler
  }
}
