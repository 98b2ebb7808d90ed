// The tray speaks the person's language: main sets it from the settings and the system (app.getLocale()).
import { afterEach, describe, expect, it } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { trayTemplate, trayTooltip } from '../../electron/tray-menu.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { instantMs } from '../../shared/night.ts'
import { quiet } from '../support/logger.ts'
import { createMemoryStore } from '../support/memory-store.ts'

function snapshotAt(iso: string) {
  const now = instantMs(iso)
  const e = createEvening({
    store: createMemoryStore(),
    clock: { now: () => now, timeZone: () => 'Europe/Berlin' },
    logger: quiet(),
  })
  return e.setPaused(false)
}

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('tray menu in German and Spanish', () => {
  it('labels every action in German when the system is German', () => {
    setLocale('system', 'de-DE')
    const labels = trayTemplate(snapshotAt('2026-11-24T20:00:00+01:00')).map((i) => i.label)
    expect(labels).toContain('Liste öffnen')
    expect(labels).toContain('Einstellungen…')
    expect(labels).toContain('Eventide beenden')
    expect(labels).toContain('Heute Abend pausieren')
    expect(labels.join(' ')).not.toMatch(/Open checklist|Quit Eventide/)
  })

  it('a Spanish choice in settings wins over an English system, tooltip included', () => {
    setLocale('es', 'en-US')
    const snap = snapshotAt('2026-11-24T20:00:00+01:00')
    const labels = trayTemplate(snap).map((i) => i.label)
    expect(labels).toContain('Salir de Eventide')
    expect(trayTooltip(snap)).toMatch(/^Eventide — /)
    expect(labels.find((l) => l?.startsWith('Esta noche:'))).toBeDefined()
  })
})
