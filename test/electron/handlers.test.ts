// The handler table: each method reaches its service; launch-at-login follows the settings toggle.
import { describe, expect, it, vi } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { createHandlers } from '../../electron/handlers.ts'
import { createJournalServices } from '../../electron/journal-services.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { createMemoryStore } from '../support/memory-store.ts'

function setup() {
  const store = createMemoryStore()
  // 21:35: the bath (21:30–21:50) is due and can be snoozed.
  const clock = { now: () => instantMs('2026-11-24T21:35:00+01:00'), timeZone: () => 'Europe/Berlin' }
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  const evening = createEvening({ store, clock, logger })
  const companion = createJournalServices({
    store,
    clock,
    logger,
    evening,
    chooseSavePath: async () => null,
    printViewToPdf: async () => new Uint8Array(),
  })
  const deps = {
    evening,
    ...companion,
    logger,
    appInfo: () => ({
      name: 'Eventide',
      version: '1.2.3',
      logPath: '/logs/main.log',
      dataPath: '/d',
      platform: 'linux',
    }),
    openWindow: vi.fn(),
    setLaunchAtLogin: vi.fn(),
  }
  return { store, deps, handlers: createHandlers(deps) }
}

describe('handlers', () => {
  it('route intents to tonight’s evening', async () => {
    const { handlers, store } = setup()
    const snap = await handlers.setStepStatus({ stepId: 'warm-socks', status: 'done' })
    expect(snap.progress.done).toBe(1)
    expect(
      (await handlers.snoozeStep({ stepId: 'warm-bath' })).steps.find((s) => s.id === 'warm-bath')
        ?.snoozedUntil,
    ).toBe('2026-11-24T21:45:00+01:00')
    expect((await handlers.setPaused({ paused: true })).paused).toBe(true)
    expect((await handlers.setTonightBedtime({ bedtime: '23:00' })).bedtime.clock).toBe('23:00')
    expect(store.getNight('2026-11-24')).toMatchObject({ paused: true, bedtimeOverride: '23:00' })
    expect((await handlers.getState(undefined)).night).toBe('2026-11-24')
  })

  it('opens windows and reports app info', async () => {
    const { handlers, deps } = setup()
    expect(await handlers.openWindow({ view: 'history' })).toBeNull()
    expect(deps.openWindow).toHaveBeenCalledWith('history')
    expect((await handlers.getAppInfo(undefined)).logPath).toBe('/logs/main.log')
  })

  it('applies launch at login only when the setting changes', async () => {
    const { handlers, deps } = setup()
    await handlers.updateSettings({ ...defaultSettings(), bedtime: '23:00' })
    expect(deps.setLaunchAtLogin).not.toHaveBeenCalled()
    await handlers.updateSettings({ ...defaultSettings(), launchAtLogin: true })
    expect(deps.setLaunchAtLogin).toHaveBeenCalledWith(true)
    await handlers.updateSettings({ ...defaultSettings(), launchAtLogin: true, theme: 'dark' })
    expect(deps.setLaunchAtLogin).toHaveBeenCalledTimes(1)
    await handlers.updateSettings({ ...defaultSettings(), launchAtLogin: false })
    expect(deps.setLaunchAtLogin).toHaveBeenLastCalledWith(false)
  })

  it('keeps the stored flag truthful when the OS refuses the login item', async () => {
    const { handlers, deps } = setup()
    deps.setLaunchAtLogin.mockImplementation(() => {
      throw new Error('EACCES: permission denied')
    })
    await expect(
      Promise.resolve().then(() =>
        handlers.updateSettings({ ...defaultSettings(), launchAtLogin: true, bedtime: '23:00' }),
      ),
    ).rejects.toThrow(/launchAtLogin: could not change launch at login \(EACCES/)
    const saved = await handlers.getSettings(undefined)
    expect(saved.launchAtLogin).toBe(false)
    expect(saved.bedtime).toBe('23:00')
  })
})
