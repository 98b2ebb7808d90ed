// Issue 7: thousands of random and near-valid payloads on every channel through the real wrapper.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { invokeHandler } from '../../electron/ipc.ts'
import { problemText } from '../../shared/errors.ts'
import { contract, METHODS, type Method } from '../../shared/ipc.ts'
import { quiet, realTable, VALID } from '../support/ipc-table.ts'

// Issue 7: random and near-valid payloads never escape the wrapper, and rejected ones change nothing.
function mutate(value: unknown): fc.Arbitrary<unknown> {
  if (value === null || typeof value !== 'object') return fc.anything()
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  const options: fc.Arbitrary<unknown>[] = [
    fc.anything(),
    fc.tuple(fc.string(), fc.anything()).map(([k, v]) => ({ ...obj, [`x${k}`]: v })),
  ]
  if (keys.length > 0) {
    const key = fc.constantFrom(...keys)
    options.push(
      key.map((k) => {
        const { [k]: _dropped, ...rest } = obj
        return Array.isArray(obj) ? obj.filter((_, i) => String(i) !== k) : rest
      }),
      key.chain((k) =>
        mutate(obj[k]).map((v) => (Array.isArray(obj) ? obj.with(Number(k), v) : { ...obj, [k]: v })),
      ),
    )
  }
  return fc.oneof(...options)
}

// A hundred runs a property take about half a second alone; on a loaded shared machine the default 5 s cut one off.
describe('IPC fuzz', { timeout: 30_000 }, () => {
  async function check(method: string, payload: unknown) {
    const { handlers, serialize, openWindow, setLaunchAtLogin } = realTable()
    const before = serialize()
    const schemaAccepts = Object.hasOwn(contract, method)
      ? contract[method as Method].request.safeParse(payload).success
      : false
    const result = await invokeHandler(handlers, method, payload, quiet())
    expect(typeof result.ok).toBe('boolean')
    // Whatever comes back must cross the IPC bridge, which structured-clones it.
    structuredClone(result)
    if (!schemaAccepts) {
      // Rejected by the wrapper itself: no service ran, nothing was saved, and the reason names a field.
      expect(result.ok).toBe(false)
      expect(openWindow).not.toHaveBeenCalled()
      expect(setLaunchAtLogin).not.toHaveBeenCalled()
      if (Object.hasOwn(contract, method) && !result.ok) {
        expect(result.problems.length).toBeGreaterThan(0)
        for (const problem of result.problems) {
          expect(problem.path).not.toBe('')
          expect(problemText(problem)).toMatch(/^[^:]+: /)
        }
      }
    }
    if (!result.ok) {
      expect(result.error.length).toBeGreaterThan(0)
      expect(serialize()).toBe(before)
    }
  }

  for (const method of METHODS) {
    it(`${method}: random payloads`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (p) =>
          check(method, p),
        ),
        { numRuns: 400 },
      )
    })

    it(`${method}: near-valid payloads`, async () => {
      await fc.assert(
        fc.asyncProperty(mutate(VALID[method]), (p) => check(method, p)),
        { numRuns: 300 },
      )
    })
  }

  it('random method names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.anything(), (m, p) => check(m, p)),
      { numRuns: 300 },
    )
  })
})
