// The small pieces views rely on: envelope unwrapping, routing, theme resolution, contract problem parsing.

import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api } from '../../renderer/api.ts'
import { showLanguage } from '../../renderer/i18n.ts'
import { navigate, routeOf } from '../../renderer/router.ts'
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

  it('shows another view at its top: the first run hands over to the checklist scrolled to the Now card', () => {
    document.documentElement.scrollTop = 300
    navigate('checklist')
    expect(window.location.hash).toBe('#/checklist')
    expect(document.documentElement.scrollTop).toBe(0)
    navigate('check-in', '2026-11-20')
    expect(window.location.hash).toBe('#/check-in/2026-11-20')
  })
})

/** Counts the writes to an attribute of <html>: each one restyles the whole page in Chromium. */
function countWrites(attribute: string): { count: () => number; stop: () => void } {
  let writes = 0
  const observer = new MutationObserver((records) => {
    writes += records.filter((r) => r.attributeName === attribute).length
  })
  observer.observe(document.documentElement, { attributes: true })
  return {
    count: () => {
      writes += observer.takeRecords().filter((r) => r.attributeName === attribute).length
      return writes
    },
    stop: () => observer.disconnect(),
  }
}

describe('the language on <html>', () => {
  it('is the tag given, and the same tag again writes nothing', () => {
    showLanguage('de-DE')
    expect(document.documentElement.lang).toBe('de-DE')
    const writes = countWrites('lang')
    showLanguage('de-DE')
    expect(writes.count()).toBe(0)
    showLanguage('en-GB')
    expect(writes.count()).toBe(1)
    expect(document.documentElement.lang).toBe('en-GB')
    writes.stop()
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

  it('writes <html> only when the theme changes, so the first frame is styled once', () => {
    fakeMedia(false)
    applyTheme('light')
    const theme = countWrites('data-theme')
    const choice = countWrites('data-theme-choice')
    applyTheme('light')
    applyTheme('system')
    expect(theme.count()).toBe(0)
    expect(choice.count()).toBe(1)
    expect(document.documentElement.dataset.theme).toBe('light')
    applyTheme('dark')
    expect(theme.count()).toBe(1)
    theme.stop()
    choice.stop()
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
