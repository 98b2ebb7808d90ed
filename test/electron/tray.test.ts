// The tray glue: template icon on macOS, rebuild only on change, clicks dispatched as actions.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { instantMs } from '../../shared/night.ts'
import { createMemoryStore } from '../support/memory-store.ts'

const fx = vi.hoisted(() => {
  const state = {
    trays: [] as FakeTray[],
    images: [] as { path: string; template: boolean }[],
    built: [] as unknown[][],
  }
  class FakeTray {
    tooltip = ''
    menu: unknown = null
    destroyed = false
    listeners = new Map<string, () => void>()
    constructor(image: unknown) {
      this.image = image
      state.trays.push(this)
    }
    setToolTip(t: string) {
      this.tooltip = t
    }
    image: unknown
    setImage(i: unknown) {
      this.image = i
    }
    setContextMenu(m: unknown) {
      this.menu = m
    }
    on(name: string, l: () => void) {
      this.listeners.set(name, l)
    }
    isDestroyed() {
      return this.destroyed
    }
    destroy() {
      this.destroyed = true
    }
  }
  const electron = {
    Tray: FakeTray,
    nativeTheme: {
      shouldUseDarkColors: false,
      listeners: new Map<string, () => void>(),
      on(name: string, l: () => void) {
        this.listeners.set(name, l)
      },
      removeListener(name: string) {
        this.listeners.delete(name)
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => {
        state.built.push(template)
        return { template }
      },
    },
    nativeImage: {
      createFromPath: (path: string) => {
        const image = { path, template: false }
        state.images.push(image)
        return { isEmpty: () => false, setTemplateImage: (on: boolean) => (image.template = on) }
      },
    },
  }
  return { state, electron }
})

vi.mock('electron', () => ({ default: fx.electron, ...fx.electron }))

const { createTray } = await import('../../electron/tray.ts')

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
const evening = () =>
  createEvening({
    store: createMemoryStore(),
    clock: { now: () => instantMs('2026-11-24T20:00:00+01:00'), timeZone: () => 'Europe/Berlin' },
    logger,
  })

beforeEach(() => {
  fx.state.trays.length = 0
  fx.state.images.length = 0
  fx.state.built.length = 0
})

type Built = { id: string; label?: string; click?: () => void; submenu?: Built[] }
const find = (items: Built[], id: string): Built | undefined =>
  items.flatMap((i) => [i, ...(i.submenu ?? [])]).find((i) => i.id === id)

describe('tray', () => {
  it('uses the monochrome template icon on macOS and light ink on Linux panels', () => {
    createTray({ iconDir: '/res/tray', platform: 'darwin', logger, onAction: vi.fn() })
    createTray({ iconDir: '/res/tray', platform: 'linux', logger, onAction: vi.fn() })
    expect(fx.state.images).toEqual([
      { path: '/res/tray/trayTemplate.png', template: true },
      { path: '/res/tray/tray-dark-22.png', template: false },
    ])
  })

  it('on Windows follows the theme and swaps the icon when it changes', () => {
    const tray = createTray({ iconDir: '/res/tray', platform: 'win32', logger, onAction: vi.fn() })
    expect(fx.state.images.at(-1)?.path).toBe('/res/tray/tray-light.png')
    fx.electron.nativeTheme.shouldUseDarkColors = true
    fx.electron.nativeTheme.listeners.get('updated')?.()
    fx.electron.nativeTheme.shouldUseDarkColors = false
    expect(fx.state.images.at(-1)?.path).toBe('/res/tray/tray-dark.png')
    tray.destroy()
    expect(fx.electron.nativeTheme.listeners.has('updated')).toBe(false)
  })

  it('sets the tooltip and rebuilds the menu only when its content changes', () => {
    const e = evening()
    const tray = createTray({ iconDir: '/t', platform: 'linux', logger, onAction: vi.fn() })
    // The exercise cut-off (18:30) acknowledged, nothing is due at 20:00: the tooltip names the next step.
    const acknowledged = e.setStepStatus('exercise-cutoff', 'done')
    tray.update(acknowledged)
    tray.update(e.snapshot())
    expect(fx.state.built).toHaveLength(1)
    expect(fx.state.trays[0]?.tooltip).toBe('Eventide — Next: Warm bath or shower at 21:30')
    tray.update(e.setPaused(true))
    expect(fx.state.built).toHaveLength(2)
    expect(fx.state.trays[0]?.tooltip).toBe('Eventide — Paused tonight')
  })

  it('dispatches clicks as actions, including from the bedtime submenu, and logs a failing action', () => {
    const onAction = vi.fn()
    const tray = createTray({ iconDir: '/t', platform: 'linux', logger, onAction })
    tray.update(evening().snapshot())
    const items = fx.state.built[0] as Built[]
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
    fx.state.trays[0]?.listeners.get('click')?.()
    expect(onAction).toHaveBeenCalledWith({ kind: 'open-checklist' })
  })

  it('destroy removes the icon once', () => {
    const tray = createTray({ iconDir: '/t', platform: 'linux', logger, onAction: vi.fn() })
    tray.destroy()
    tray.destroy()
    expect(fx.state.trays[0]?.destroyed).toBe(true)
    tray.update(evening().snapshot())
    expect(fx.state.built).toHaveLength(0)
  })
})
