// The renderer tests' window.eventide is the app's own path to main: what it proves here holds for every
// renderer test built on installFakeMain (fake-bridge.ts).

import { describe, expect, it, vi } from 'vitest'
import { createStore } from '../../electron/store.ts'
import type { EventideBridge } from '../../shared/ipc.ts'
import { quiet } from '../support/logger.ts'
import { installFakeMain } from './fake-bridge.ts'

const bridge = (): EventideBridge => {
  if (!window.eventide) throw new Error('window.eventide: installFakeMain put no bridge on the page')
  return window.eventide
}

describe('the renderer tests’ bridge', () => {
  it('refuses a payload the contract does not accept, naming the field, and changes nothing', async () => {
    const main = installFakeMain()
    const answer = await bridge().setStepStatus({ stepId: 'magnesium', status: 'finished' } as never)
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.problems.map((p) => p.path)).toEqual(['status'])
    expect(main.record.steps.magnesium).toBeUndefined()
  })

  it('saves through the real store: a second store on the same folder reads the tick from disk', async () => {
    const main = installFakeMain()
    const answer = await bridge().setStepStatus({ stepId: 'magnesium', status: 'done' })
    expect(answer.ok).toBe(true)
    const reopened = createStore({ directory: `${main.folder}/data`, logger: quiet() })
    expect(reopened.getNight('2026-11-24').steps.magnesium).toMatchObject({ status: 'done' })
  })

  it('pushes the new snapshot to the page after a change, as main does', async () => {
    installFakeMain()
    const listener = vi.fn()
    const off = bridge().onState(listener)
    await bridge().setPaused({ paused: true })
    off()
    expect(listener).toHaveBeenCalled()
    expect(listener.mock.calls.at(-1)?.[0]).toMatchObject({ night: '2026-11-24', paused: true })
  })

  it('builds each snapshot at main.now', async () => {
    const main = installFakeMain()
    main.now = '2026-11-24T19:05:00+01:00'
    const early = await bridge().getState()
    main.now = '2026-11-24T21:55:00+01:00'
    const late = await bridge().getState()
    if (!early.ok || !late.ok) throw new Error('getState was refused')
    expect(early.value.now).toBe('2026-11-24T19:05:00+01:00')
    expect(late.value.now).toBe('2026-11-24T21:55:00+01:00')
  })
})
