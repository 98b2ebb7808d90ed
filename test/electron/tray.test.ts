// The tray glue: template icon on macOS, rebuild only on change, clicks dispatched as actions.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { instantMs } from '../../shared/night.ts'
import { fakes, nativeTheme, resetFakes } from '../support/electron-fakes.ts'
import { createMemoryStore } from '../support/memory-store.ts'

// Electron is the shared mock; its tray, menu, image and theme fakes record what the tray did.

const { createTray } = await import('../../electron/tray.ts')

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
const evening = () =>
  createEvening({
    store: createMemoryStore(),
    clock: { now: () => instantMs('2026-11-24T20:00:00+01:00'), timeZone: () => 'Europe/Berlin' },
    logger,
  })

beforeEach(() => {
  resetFakes()
})

type Built = { id: string; label?: string; click?: () => void; submenu?: Built[] }
const find = (items: Built[], id: string): Built | undefined =>
  items.flatMap((i) => [i, ...(i.submenu ?? [])]).find((i) => i.id === id)

describe('tray', () => {
  it('uses the monochrome template icon on macOS and light ink on Linux panels', () => {
    createTray({ iconDir: '/res/tray', platform: 'darwin', logger, onAction: vi.fn() })
    createTray({ iconDir: '/res/tray', platform: 'linux', logger, onAction: vi.fn() })
    expect(fakes.images).toEqual([
      { path: '/res/tray/trayTemplate.png', template: true },
      { path: '/res/tray/tray-dark-22.png', template: false },
    ])
  })

  it('on Windows follows the theme and swaps the icon when it changes', () => {
    const tray = createTray({ iconDir: '/res/tray', platform: 'win32', logger, onAction: vi.fn() })
    expect(fakes.images.at(-1)?.path).toBe('/res/tray/tray-light.png')
    nativeTheme.shouldUseDarkColors = true
    nativeTheme.listeners.get('updated')?.()
    nativeTheme.shouldUseDarkColors = false
    expect(fakes.images.at(-1)?.path).toBe('/res/tray/tray-dark.png')
    tray.destroy()
    expect(nativeTheme.listeners.has('updated')).toBe(false)
  })

  it('sets the tooltip and rebuilds the menu only when its content changes', () => {
    const e = evening()
    const tray = createTray({ iconDir: '/t', platform: 'linux', logger, onAction: vi.fn() })
    // The exercise cut-off (18:30) acknowledged, nothing is due at 20:00: the tooltip names the next step.
    const acknowledged = e.setStepStatus('exercise-cutoff', 'done')
    tray.update(acknowledged)
    tray.update(e.snapshot())
    expect(fakes.menus).toHaveLength(1)
    expect(fakes.trays[0]?.tooltip).toBe('Eventide — Next: Warm bath or shower at 21:30')
    tray.update(e.setPaused(true))
    expect(fakes.menus).toHaveLength(2)
    expect(fakes.trays[0]?.tooltip).toBe('Eventide — Paused tonight')
  })

  it('dispatches clicks as actions, including from the bedtime submenu, and logs a failing action', () => {
    const onAction = vi.fn()
    const tray = createTray({ iconDir: '/t', platform: 'linux', logger, onAction })
    tray.update(evening().snapshot())
    const items = fakes.menus[0] as Built[]
    find(items, 'pause')?.click?.()
    find(items, 'bedtime-later-30')?.click?.()
    expect(onAction.mock.calls).toEqual([[{ kind: 'pause' }], [{ kind: 'set-bedtime', bedtime: '23:00' }]])
    expect(items.every((i) => !('action' in i))).toBe(true)

    onAction.mockImplementation(() => {
      throw new Error('boom')
    })
    expect(() => find(items, 'quit')?.click?.()).not.toThrow()
    expect(logger.error).toHaveBeenCalledWith('tray: quit failed', expect.any(Error))
  })

  it('opens the checklist on a left click on Windows', () => {
    const onAction = vi.fn()
    createTray({ iconDir: '/t', platform: 'win32', logger, onAction })
    fakes.trays[0]?.listeners.get('click')?.()
    expect(onAction).toHaveBeenCalledWith({ kind: 'open-checklist' })
  })

  it('destroy removes the icon once', () => {
    const tray = createTray({ iconDir: '/t', platform: 'linux', logger, onAction: vi.fn() })
    tray.destroy()
    tray.destroy()
    expect(fakes.trays[0]?.destroyed).toBe(true)
    tray.update(evening().snapshot())
    expect(fakes.menus).toHaveLength(0)
  })
})
