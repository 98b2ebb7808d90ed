// The small pieces views rely on: envelope unwrapping, routing, theme resolution, contract problem parsing.

import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api } from '../../renderer/api.ts'
import { routeOf } from '../../renderer/router.ts'
import { splitProblems } from '../../renderer/settings/draft.ts'
import { applyTheme } from '../../renderer/theme.ts'
import { problem } from '../../shared/errors.ts'
import { installFakeMain } from './fake-bridge.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('api', () => {
  it('unwraps a value and turns a refusal into an ApiError with its problems', async () => {
    const main = installFakeMain()
    expect((await api.getSettings()).bedtime).toBe('22:30')
    main.rejectNextUpdate([problem('bedtime', 'expected HH:MM (00:00–23:59), got "25:00"')])
    const error = await api.updateSettings(await api.getSettings()).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problems).toEqual([
      { path: 'bedtime', message: 'expected HH:MM (00:00–23:59), got "25:00"' },
    ])
  })

  it('says plainly when there is no bridge', async () => {
    window.eventide = undefined
    await expect(api.getState()).rejects.toThrow('cannot reach its main process')
  })
})

describe('routing', () => {
  it('maps known hashes and sends everything else to the checklist', () => {
    expect(routeOf('#/settings')).toBe('settings')
    expect(routeOf('#/first-run')).toBe('first-run')
    expect(routeOf('#/checklist')).toBe('checklist')
    expect(routeOf('#/history')).toBe('history')
    expect(routeOf('#/check-in/2026-11-20')).toBe('check-in')
    expect(routeOf('#/nowhere')).toBe('checklist')
    expect(routeOf('')).toBe('checklist')
  })
})

describe('theme', () => {
  function fakeMedia(matches: boolean) {
    const listeners = new Set<() => void>()
    const query = {
      matches,
      addEventListener: (_: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    }
    vi.stubGlobal('matchMedia', () => query)
    return {
      query,
      change(next: boolean) {
        query.matches = next
        for (const fn of listeners) fn()
      },
      listeners,
    }
  }

  it('follows the system while "system" is chosen, and stops when a theme is picked', () => {
    const media = fakeMedia(true)
    applyTheme('system')
    expect(document.documentElement.dataset.theme).toBe('dark')
    media.change(false)
    expect(document.documentElement.dataset.theme).toBe('light')
    applyTheme('dark')
    expect(media.listeners.size).toBe(0)
    media.change(false)
    expect(document.documentElement.dataset.theme).toBe('dark')
  })
})

describe('contract problems', () => {
  it('puts each problem under its field, in plain words, and keeps the ones without a path apart', () => {
    expect(
      splitProblems([
        problem('steps[2].offsetMinutes', 'expected a whole number'),
        problem('', 'no field here'),
      ]),
    ).toEqual({
      byField: { 'steps[2].offsetMinutes': 'Enter how many minutes before bedtime, from 0 to 720.' },
      general: ['no field here'],
    })
  })
})
