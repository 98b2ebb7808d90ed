// One vocabulary of fields: whatever the store can hold, every channel that names it accepts, and every
// stored night survives export → import. Driven through the real handler table on a real store.

import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { invokeHandler } from '../../electron/ipc.ts'
import type { Clock } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { serializeBackup } from '../../shared/backup.ts'
import { ENTRY_ID_PATTERN, entryId, nightKey, STEP_ID_PATTERN } from '../../shared/fields.ts'
import { contract, type Envelope } from '../../shared/ipc.ts'
import { instantMs } from '../../shared/night.ts'
import { emptyNightRecord, nightKeySchema } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { inProcessMain } from '../support/in-process-main.ts'
import { quiet } from '../support/ipc-table.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-vocabulary-')
const clock: Clock = { now: () => instantMs('2026-11-25T09:00:00+01:00'), timeZone: () => 'Europe/Berlin' }

function app(dir = tempDir()) {
  const out = tempDir()
  const logger = quiet()
  const store = createStore({ directory: dir, now: clock.now, logger })
  const { handlers } = inProcessMain({
    store,
    clock,
    logger,
    chooseSavePath: async (name: string) => path.join(out, name),
    printViewToPdf: async () => new Uint8Array(),
    appInfo: () => ({ name: 'Eventide', version: '0', logPath: '', dataPath: dir, platform: 'linux' }),
    openWindow: vi.fn(),
    setLaunchAtLogin: vi.fn(),
  })
  const call = (method: string, payload?: unknown) => invokeHandler(handlers, method, payload, logger)
  return { dir, store, call }
}

function backupWith(labId: string, medicineId: string): string {
  return serializeBackup({
    exportedAt: '2026-11-25T09:00:00+01:00',
    settings: { ...defaultSettings(), firstRunDone: true },
    nights: { '2026-11-24': emptyNightRecord() },
    checkIns: {},
    labs: [{ id: labId, kind: 'ferritin', value: 41, date: '2026-10-02' }],
    medicines: [{ id: medicineId, name: 'Iron bisglycinate', kind: 'supplement' }],
    dismissedPrompts: [],
  })
}

describe('ids restored from a backup', () => {
  it('a lab and a medicine whose ids hold "_" can be removed again through IPC', async () => {
    const a = app()
    expect(await a.call('applyImport', { text: backupWith('lab_1', 'med_1') })).toMatchObject({ ok: true })
    expect(a.store.getJournal().labs.map((l) => l.id)).toEqual(['lab_1'])

    expect(await a.call('removeLab', { id: 'lab_1' })).toMatchObject({ ok: true })
    expect(await a.call('removeMedicine', { id: 'med_1' })).toMatchObject({ ok: true })
    expect(a.store.getJournal().labs).toEqual([])
    expect(a.store.getJournal().medicines).toEqual([])
  })

  it('every id the store accepts is accepted by the remove channels, and no other', () => {
    fc.assert(
      fc.property(fc.stringMatching(ENTRY_ID_PATTERN), (id) => {
        expect(entryId().safeParse(id).success).toBe(true)
        expect(contract.removeLab.request.safeParse({ id }).success).toBe(true)
        expect(contract.removeMedicine.request.safeParse({ id }).success).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(contract.removeLab.request.safeParse({ id }).success).toBe(entryId().safeParse(id).success)
      }),
    )
  })

  it('every step id the settings accept is accepted by the step channels', () => {
    fc.assert(
      fc.property(fc.stringMatching(STEP_ID_PATTERN), (stepId) => {
        expect(contract.snoozeStep.request.safeParse({ stepId }).success).toBe(true)
      }),
    )
  })
})

describe('night keys', () => {
  it('the store, the backup and the contract accept the same dates: real ones only', () => {
    for (const key of ['2026-02-30', '2026-13-01', '2025-02-29', '2026-11-24T22:00', ' 2026-11-24']) {
      expect(nightKeySchema.safeParse(key).success, key).toBe(false)
      expect(nightKey().safeParse(key).success, key).toBe(false)
    }
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const key = d.toISOString().slice(0, 10)
          expect(nightKeySchema.safeParse(key).success).toBe(true)
        },
      ),
    )
  })

  it('a year file holding 2026-02-30 is set aside with a notice, and the JSON backup still works', async () => {
    const dir = tempDir()
    const night = { ...emptyNightRecord(), notified: ['magnesium'] }
    const body = { schemaVersion: 1, nights: { '2026-02-30': night, '2026-02-27': night } }
    fs.writeFileSync(path.join(dir, 'nights-2026.json'), JSON.stringify(body))
    const a = app(dir)
    const notices = a.store.takeNotices()
    expect(notices.join('\n')).toContain('2026-02-30')
    expect(fs.readdirSync(dir).some((f) => f.startsWith('nights-2026.corrupt-'))).toBe(true)

    const result = (await a.call('exportData', { format: 'json' })) as Envelope<{
      saved: boolean
      path: string
    }>
    expect(result).toMatchObject({ ok: true, value: { saved: true } })
  })

  it('every stored night survives export → import', async () => {
    const source = app()
    const nights = {
      '2024-02-29': { ...emptyNightRecord(), paused: true },
      '2026-11-24': { ...emptyNightRecord(), notified: ['warm-bath'] },
    }
    source.store.setNights(nights)
    const result = (await source.call('exportData', { format: 'json' })) as Envelope<{ path: string }>
    if (!result.ok) throw new Error(JSON.stringify(result))
    const target = app()
    const text = fs.readFileSync(result.value.path, 'utf8')
    expect(await target.call('applyImport', { text })).toMatchObject({ ok: true })
    expect(target.store.allNights()).toEqual(nights)
  })
})
