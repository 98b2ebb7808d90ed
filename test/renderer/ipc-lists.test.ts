// The IPC contract is written once: the zod-free method and view lists, the contract, the renderer's api
// and the router must name the same things, or a channel exists on one side only.
import { describe, expect, it } from 'vitest'
import { api } from '../../renderer/api.ts'
import { ROUTES } from '../../renderer/router.ts'
import { CHANNELS, contract, METHODS, VIEWS } from '../../shared/ipc.ts'

describe('one contract, one list', () => {
  it('the contract defines exactly the listed methods', () => {
    expect(Object.keys(contract).sort()).toEqual([...METHODS].sort())
  })

  it('each method has its own channel, named after it', () => {
    const channels = METHODS.map((m) => contract[m].channel)
    expect(new Set(channels).size).toBe(METHODS.length)
    expect(contract.getState.channel).toBe('eventide:get-state')
    expect(contract.setTonightBedtime.channel).toBe('eventide:set-tonight-bedtime')
    for (const method of METHODS) expect(CHANNELS[method]).toBe(contract[method].channel)
  })

  it("the renderer's api has one method per contract method, plus the state subscription", () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS, 'onState'].sort())
  })

  it('the router serves exactly the views main can open', () => {
    expect([...ROUTES]).toEqual([...VIEWS])
    for (const view of VIEWS) expect(contract.openWindow.request.safeParse({ view }).success).toBe(true)
    expect(contract.openWindow.request.safeParse({ view: 'devtools' }).success).toBe(false)
  })
})
