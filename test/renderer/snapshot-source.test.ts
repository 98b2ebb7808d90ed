// Tonight's snapshot as a window asks for it before its first render (renderer/snapshot-source.ts), on the
// in-process main: the first answer, a push that overtakes it, and failures shown instead of lost.
import { describe, expect, it, vi } from 'vitest'
import { openSnapshotSource } from '../../renderer/snapshot-source.ts'
import { installFakeMain } from './fake-bridge.ts'

describe("a window's snapshot source", () => {
  it("settles with tonight's snapshot from main", async () => {
    installFakeMain({ settings: { bedtime: '23:00' } })
    const source = openSnapshotSource()
    await source.settled
    expect(source.read().snapshot?.bedtime.clock).toBe('23:00')
    expect(source.read().loadError).toBeNull()
    source.close()
  })

  it('keeps a push that arrives before the first answer: the answer is older', async () => {
    const main = installFakeMain()
    const source = openSnapshotSource()
    // Main pauses the evening and pushes while the window's first question is still on its way.
    main.store.setNight('2026-11-24', { ...main.store.getNight('2026-11-24'), paused: true })
    main.push()
    await source.settled
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(source.read().snapshot?.paused).toBe(true)
    source.close()
  })

  it('tells its listeners of every push and stops when closed', async () => {
    const main = installFakeMain()
    const source = openSnapshotSource()
    await source.settled
    const heard = vi.fn()
    source.subscribe(heard)
    main.push()
    expect(heard).toHaveBeenCalledTimes(1)
    source.close()
    main.push()
    expect(heard).toHaveBeenCalledTimes(1)
  })

  it('shows a snapshot an action returned at once, and keeps the read stable until then', async () => {
    installFakeMain()
    const source = openSnapshotSource()
    await source.settled
    const before = source.read()
    expect(source.read()).toBe(before)
    const paused = { ...(before.snapshot as NonNullable<typeof before.snapshot>), paused: true }
    source.set(paused)
    expect(source.read()).toEqual({ snapshot: paused, loadError: null })
    source.close()
  })

  it('settles with a load error, logged, when main cannot answer', async () => {
    const main = installFakeMain()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    main.store.failNext('getSettings', new Error('the settings file is unreadable'))
    const source = openSnapshotSource()
    await source.settled
    expect(source.read().snapshot).toBeNull()
    expect(source.read().loadError).toMatch(/could not load|unreadable/i)
    expect(logged).toHaveBeenCalled()
    logged.mockRestore()
    source.close()
  })

  it('settles with a load error when it cannot listen for pushes, rather than going stale', async () => {
    const main = installFakeMain()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    main.bridge.onState.mockImplementationOnce(() => {
      throw new Error('no channel')
    })
    const source = openSnapshotSource()
    await source.settled
    expect(source.read().loadError).toContain('no channel')
    logged.mockRestore()
    source.close()
  })
})
