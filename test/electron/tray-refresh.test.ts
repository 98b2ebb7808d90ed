// The tray's refresh timer: one wake-up at the snapshot's next change, none while nothing is coming.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTrayRefresh, MIN_REFRESH_MS } from '../../electron/tray-refresh.ts'
import { instantMs } from '../../shared/night.ts'

const clock = { now: () => Date.now() }

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(instantMs('2026-11-24T14:00:00+01:00'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('tray refresh', () => {
  it('refreshes once, at the next change, however far away it is', async () => {
    const refresh = vi.fn()
    const tray = createTrayRefresh(refresh, clock)
    tray.update('2026-11-24T18:30:00+01:00')
    await vi.advanceTimersByTimeAsync(instantMs('2026-11-24T18:29:59+01:00') - Date.now())
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps no timer while nothing is coming, and one at most after repeated updates', () => {
    const tray = createTrayRefresh(vi.fn(), clock)
    tray.update(null)
    expect(vi.getTimerCount()).toBe(0)
    tray.update('2026-11-24T18:30:00+01:00')
    tray.update('2026-11-24T19:00:00+01:00')
    expect(vi.getTimerCount()).toBe(1)
    tray.stop()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('waits at least a second for a change that has just passed, so it cannot spin', async () => {
    const refresh = vi.fn()
    createTrayRefresh(refresh, clock).update('2026-11-24T13:59:00+01:00')
    await vi.advanceTimersByTimeAsync(MIN_REFRESH_MS - 1)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(refresh).toHaveBeenCalledTimes(1)
  })
})
