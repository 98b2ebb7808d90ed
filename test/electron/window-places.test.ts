// Window places kept in electron-store: what is read back is checked before a window is opened with it.
import { describe, expect, it, vi } from 'vitest'
import { createWindowPlaces } from '../../electron/window-places.ts'

const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }]
const minimum = { width: 360, height: 420 }

function places() {
  const file = new Map<string, unknown>()
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const store = createWindowPlaces({ get: (k) => file.get(k), set: (k, v) => file.set(k, v) }, logger)
  return { file, logger, store }
}

describe('window places', () => {
  it('gives back what a window was closed with, per view', () => {
    const { store } = places()
    store.remember('history', { x: 10, y: 20, width: 900, height: 700 })
    expect(store.restore('history', screens, minimum)).toEqual({ x: 10, y: 20, width: 900, height: 700 })
    expect(store.restore('settings', screens, minimum)).toBeNull()
  })

  it('opens at the default when the file holds something else, and says which view', () => {
    const { file, logger, store } = places()
    file.set('history', { x: '10', y: 20, width: 900, height: 700 })
    expect(store.restore('history', screens, minimum)).toBeNull()
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('history: expected {x, y, width, height}'),
    )
  })

  it('does not remember bounds that are not whole pixels', () => {
    const { file, logger, store } = places()
    store.remember('health', { x: Number.NaN, y: 0, width: 900, height: 700 })
    expect(file.has('health')).toBe(false)
    expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('health: not remembered'))
  })
})
