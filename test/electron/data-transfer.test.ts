// Export, import and print on a real store in a temp folder: a round trip keeps every record, and a bad
// file of any kind is refused with the store files left byte-for-byte as they were.

import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { saveDialogTitle, writeFileAtomic } from '../../electron/data-transfer.ts'
import { invokeHandler } from '../../electron/ipc.ts'
import type { Clock } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import { realIo, type StoreIo } from '../../electron/store-files.ts'
import { problemText } from '../../shared/errors.ts'
import type { Envelope, View } from '../../shared/ipc.ts'
import { emptyJournal } from '../../shared/journal.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkIn, record } from '../shared/fixtures/journal.ts'
import { inProcessMain } from '../support/in-process-main.ts'
import { quiet } from '../support/ipc-table.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-transfer-')

const clock: Clock = { now: () => instantMs('2026-11-25T09:00:00+01:00'), timeZone: () => 'Europe/Berlin' }

function app(options: { seed?: boolean; io?: StoreIo } = {}) {
  const dir = tempDir()
  const out = tempDir()
  const logger = quiet()
  const store = createStore({
    directory: dir,
    now: clock.now,
    logger,
    ...(options.io ? { io: options.io } : {}),
  })
  if (options.seed) {
    store.replaceAll({
      settings: { ...defaultSettings(), firstRunDone: true, bedtime: '23:15' },
      nights: {
        '2026-11-23': {
          ...record({ magnesium: 'done', 'warm-bath': 'skipped' }),
          planned: ['magnesium', 'warm-bath'],
        },
        '2026-11-24': record({ magnesium: 'missed' }, true),
      },
      journal: {
        ...emptyJournal(),
        checkIns: {
          '2026-11-23': checkIn(6, { note: 'Restless, "then" calm', triggers: { alcohol: true } }),
        },
        labs: [{ id: 'lab-1', kind: 'ferritin', value: 38, date: '2026-10-02', note: 'fasting' }],
        medicines: [
          {
            id: 'med-1',
            name: 'Iron bisglycinate',
            kind: 'supplement',
            time: '07:30',
            startedOn: '2026-08-01',
          },
        ],
        dismissedPrompts: ['kidney-disease'],
        travelNights: ['2026-11-10'],
        checkInAsked: ['2026-11-24'],
      },
    })
  }
  const chooseSavePath = vi.fn(async (name: string): Promise<string | null> => path.join(out, name))
  const printViewToPdf = vi.fn(async (_view: View) => new TextEncoder().encode('%PDF-1.7 fake'))
  const setLaunchAtLogin = vi.fn()
  const { evening, handlers } = inProcessMain({
    store,
    clock,
    logger,
    chooseSavePath,
    printViewToPdf,
    appInfo: () => ({ name: 'Eventide', version: '0', logPath: '', dataPath: dir, platform: 'linux' }),
    openWindow: vi.fn(),
    setLaunchAtLogin,
  })
  const changes = vi.fn()
  evening.onChange(changes)
  const call = (method: string, payload?: unknown) => invokeHandler(handlers, method, payload, logger)
  /** Every file in the store folder with its exact bytes. */
  const files = () =>
    Object.fromEntries(
      fs
        .readdirSync(dir)
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]),
    )
  const data = () => ({
    settings: store.getSettings(),
    nights: store.allNights(),
    journal: store.getJournal(),
  })
  return {
    dir,
    out,
    store,
    call,
    files,
    data,
    changes,
    chooseSavePath,
    printViewToPdf,
    setLaunchAtLogin,
    logger,
  }
}

async function exported(a: ReturnType<typeof app>, format: 'json' | 'csv'): Promise<string> {
  const result = (await a.call('exportData', { format })) as Envelope<{ saved: boolean; path: string }>
  if (!result.ok || !result.value.saved) throw new Error(`export failed: ${JSON.stringify(result)}`)
  return fs.readFileSync(result.value.path, 'utf8')
}

describe('export', () => {
  it('writes the JSON backup where the person chose, leaving no temp file behind', async () => {
    const a = app({ seed: true })
    const text = await exported(a, 'json')
    expect(a.chooseSavePath).toHaveBeenCalledWith('eventide-backup-2026-11-25.json', [
      { name: 'Eventide backup', extensions: ['json'] },
    ])
    expect(JSON.parse(text)).toMatchObject({
      app: 'eventide',
      schemaVersion: 1,
      travelNights: ['2026-11-10'],
    })
    expect(fs.readdirSync(a.out)).toEqual(['eventide-backup-2026-11-25.json'])
  })

  it('writes a CSV of nights judged by their own planned steps', async () => {
    const a = app({ seed: true })
    const csv = await exported(a, 'csv')
    const rows = csv.split('\r\n')
    expect(rows[0]).toMatch(/^Night,Bedtime,Paused,Steps done,Steps planned,/)
    expect(rows[1]).toMatch(/^2026-11-23,23:15,no,1,2,/)
    expect(csv).toContain('"Restless, ""then"" calm"')
  })

  it('saves nothing when the dialog is cancelled', async () => {
    const a = app({ seed: true })
    a.chooseSavePath.mockResolvedValueOnce(null)
    expect(await a.call('exportData', { format: 'json' })).toEqual({ ok: true, value: { saved: false } })
    expect(fs.readdirSync(a.out)).toEqual([])
  })

  it('reports a folder it cannot write to, naming the path', async () => {
    const a = app({ seed: true })
    a.chooseSavePath.mockResolvedValueOnce(path.join(a.out, 'missing', 'backup.json'))
    const result = await a.call('exportData', { format: 'json' })
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.error).toMatch(/Could not save .*backup\.json \(ENOENT\)/)
  })
})

describe('import', () => {
  it('round trip: an export imported into an empty app gives the same data, and windows refresh', async () => {
    const source = app({ seed: true })
    const text = await exported(source, 'json')
    const target = app()
    const preview = await target.call('previewImport', { text })
    expect(preview).toEqual({
      ok: true,
      value: { nights: 2, checkIns: 1, labs: 1, medicines: 1, from: '2026-11-23', to: '2026-11-24' },
    })
    expect(target.store.allNights()).toEqual({})
    expect(await target.call('applyImport', { text })).toMatchObject({ ok: true })
    const { journal, ...rest } = source.data()
    expect(target.data()).toEqual({ ...rest, journal: { ...journal, checkInAsked: [] } })
    expect(target.changes).toHaveBeenCalled()
    // And it is on disk, not only in memory.
    const reopened = createStore({ directory: target.dir, now: clock.now, logger: quiet() })
    expect(reopened.getJournal().labs).toEqual(journal.labs)
  })

  it('follows the imported launch-at-login flag with the OS', async () => {
    const source = app({ seed: true })
    source.store.setSettings({ ...source.store.getSettings(), launchAtLogin: true })
    const text = await exported(source, 'json')
    const target = app()
    await target.call('applyImport', { text })
    expect(target.setLaunchAtLogin).toHaveBeenCalledWith(true)
  })

  const good = async () => JSON.parse(await exported(app({ seed: true }), 'json'))
  const cases: [string, (backup: Record<string, unknown>, text: string) => string, RegExp][] = [
    ['malformed JSON', () => '{"app": "eventide", nights: }', /^\(file\): not valid JSON/],
    ['a truncated file', (_b, text) => text.slice(0, Math.floor(text.length / 2)), /truncated/],
    ['an empty file', () => '   ', /^\(file\): the file is empty/],
    ['another app’s file', (b) => JSON.stringify({ ...b, app: 'other' }), /^app: expected "eventide"/],
    [
      'a newer schema version',
      (b) => JSON.stringify({ ...b, schemaVersion: 2 }),
      /^schemaVersion: .*newer Eventide/,
    ],
    [
      'an older, unknown schema version',
      (b) => JSON.stringify({ ...b, schemaVersion: 0 }),
      /^schemaVersion: expected 1/,
    ],
    [
      'a __proto__ key',
      (_b, text) => text.replace('"nights": {', '"nights": { "__proto__": { "polluted": true },'),
      /the key "__proto__" is not allowed/,
    ],
    [
      'a constructor key deep inside',
      (b) =>
        JSON.stringify({
          ...b,
          settings: { ...(b.settings as object), health: { constructor: { prototype: 1 } } },
        }),
      /^settings\.health\.constructor: the key "constructor" is not allowed/,
    ],
    [
      'a huge note',
      (b) =>
        JSON.stringify({ ...b, checkIns: { '2026-11-23': { ...checkIn(3), note: 'x'.repeat(2_000_000) } } }),
      /^checkIns\["2026-11-23"\]\.note: expected at most 1000 characters/,
    ],
    [
      'one bad record among good ones',
      (b) => {
        const nights = b.nights as Record<string, { steps: Record<string, { status: string }> }>
        const night = nights['2026-11-23']
        if (night?.steps.magnesium) night.steps.magnesium.status = 'half-done'
        return JSON.stringify(b)
      },
      /^nights\["2026-11-23"\]\.steps\.magnesium\.status: expected done, skipped or missed/,
    ],
    [
      'a lab value out of range',
      (b) => JSON.stringify({ ...b, labs: [{ id: 'x', kind: 'ferritin', value: -4, date: '2026-10-01' }] }),
      /^labs\[0\]\.value: expected ferritin from 1 to 2000/,
    ],
    [
      'an impossible night',
      (b) => JSON.stringify({ ...b, travelNights: ['2026-02-30'] }),
      /^travelNights\[0\]: expected a night/,
    ],
    [
      'one night given twice',
      (_b, text) => text.replace('"nights": {', '"nights": {\n    "2026-11-24": {},'),
      /^nights\["2026-11-24"\]: this night appears twice in the file/,
    ],
    [
      'two labs with one id',
      (b) => JSON.stringify({ ...b, labs: [...(b.labs as object[]), ...(b.labs as object[])] }),
      /^labs\[1\]\.id: the id "lab-1" is already used by labs\[0\]/,
    ],
    [
      'a night in the year 226',
      (b) => JSON.stringify({ ...b, nights: { ...(b.nights as object), '0226-11-23': record({}) } }),
      /^nights\["0226-11-23"\]: expected a night from the year 1000 on/,
    ],
    [
      'a list of 9 million numbers',
      (b) => JSON.stringify({ ...b, labs: [] }).replace('"labs":[]', `"labs":[${'7,'.repeat(9_000_000)}7]`),
      /^labs: a list of more than 40,000 items/,
    ],
  ]
  for (const [name, corrupt, problem] of cases) {
    it(`refuses ${name}, naming the record and field, and changes no byte on disk`, async () => {
      const backup = await good()
      const text = corrupt(structuredClone(backup), JSON.stringify(backup, null, 2))
      const a = app({ seed: true })
      const before = a.files()
      const memory = a.data()
      for (const method of ['previewImport', 'applyImport']) {
        const result = await a.call(method, { text })
        expect(result.ok).toBe(false)
        if (!result.ok)
          expect(
            result.problems.some((p) => problem.test(problemText(p))),
            result.problems.map(problemText).join('\n'),
          ).toBe(true)
      }
      expect(a.files()).toEqual(before)
      expect(a.data()).toEqual(memory)
      expect(a.changes).not.toHaveBeenCalled()
      expect(Object.prototype).not.toHaveProperty('polluted')
    })
  }
})

describe('import: written all or nothing', () => {
  it('a failed journal write changes nothing, on disk or in memory, and says so', async () => {
    const text = await exported(app({ seed: true }), 'json')
    let failing = false
    const io: StoreIo = {
      ...realIo,
      writeNew(file, bytes) {
        if (failing && path.basename(file).startsWith('journal-')) {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        }
        realIo.writeNew(file, bytes)
      },
    }
    const a = app({ io })
    a.store.setSettings({ ...defaultSettings(), bedtime: '20:45' })
    const before = a.files()
    const memory = a.data()
    failing = true
    const result = await a.call('applyImport', { text })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/the disk is full.*Nothing was changed/)
    expect(a.files()).toEqual(before)
    expect(a.data()).toEqual(memory)
    expect(createStore({ directory: a.dir, logger: quiet() }).getSettings().bedtime).toBe('20:45')
    expect(a.changes).not.toHaveBeenCalled()
  })

  it('accepts a backup that starts with a byte order mark', async () => {
    const text = await exported(app({ seed: true }), 'json')
    const a = app()
    const result = await a.call('applyImport', { text: `\uFEFF${text}` })
    expect(result.ok).toBe(true)
    expect(a.store.getSettings().bedtime).toBe('23:15')
  })
})

describe('print', () => {
  it('prints the summary view to a PDF where the person chose', async () => {
    const a = app({ seed: true })
    const result = await a.call('printSummary')
    const file = path.join(a.out, 'eventide-summary-2026-11-25.pdf')
    expect(result).toEqual({ ok: true, value: { saved: true, path: file } })
    expect(a.printViewToPdf).toHaveBeenCalledWith('summary')
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.7 fake')
  })

  it('does not render anything when the dialog is cancelled, and reports a failed print', async () => {
    const a = app({ seed: true })
    a.chooseSavePath.mockResolvedValueOnce(null)
    expect(await a.call('printSummary')).toEqual({ ok: true, value: { saved: false } })
    expect(a.printViewToPdf).not.toHaveBeenCalled()
    a.printViewToPdf.mockRejectedValueOnce(new Error('The summary page did not finish drawing within 15 s'))
    expect(await a.call('printSummary')).toMatchObject({ ok: false, error: /did not finish drawing/ })
    expect(fs.readdirSync(a.out)).toEqual([])
  })

  it('builds the summary for the last 90 nights', async () => {
    const a = app({ seed: true })
    const result = (await a.call('getSummary')) as Envelope<{ from: string; to: string; adherence: unknown }>
    expect(result).toMatchObject({ ok: true, value: { from: '2026-08-26', to: '2026-11-23' } })
  })
})

describe('writeFileAtomic', () => {
  it('replaces an existing file whole', () => {
    const dir = tempDir()
    const file = path.join(dir, 'out.json')
    fs.writeFileSync(file, 'old')
    writeFileAtomic(file, 'new')
    expect(fs.readFileSync(file, 'utf8')).toBe('new')
    expect(fs.readdirSync(dir)).toEqual(['out.json'])
  })

  it.skipIf(process.platform === 'win32')('leaves an export readable by its owner only (0600)', () => {
    const dir = tempDir()
    const file = path.join(dir, 'eventide-backup.json')
    fs.writeFileSync(file, 'old', { mode: 0o644 })
    fs.chmodSync(file, 0o644)
    writeFileAtomic(file, 'new')
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
  })
})

describe('save dialogs and log lines', () => {
  it('titles the save dialog as an unencrypted copy, so nobody mistakes it for the protected store', () => {
    expect(saveDialogTitle()).toBe('Save an unencrypted copy')
  })

  it('offers the CSV under a dated name with a CSV filter, and logs where it went', async () => {
    const a = app({ seed: true })
    await exported(a, 'csv')
    const file = path.join(a.out, 'eventide-nights-2026-11-25.csv')
    expect(a.chooseSavePath).toHaveBeenCalledWith('eventide-nights-2026-11-25.csv', [
      { name: 'CSV', extensions: ['csv'] },
    ])
    expect(a.logger.info).toHaveBeenCalledWith(`transfer: saved ${file}`)
  })

  it('offers the summary under a dated name with a PDF filter, and logs where it went', async () => {
    const a = app({ seed: true })
    await a.call('printSummary')
    const file = path.join(a.out, 'eventide-summary-2026-11-25.pdf')
    expect(a.chooseSavePath).toHaveBeenCalledWith('eventide-summary-2026-11-25.pdf', [
      { name: 'PDF', extensions: ['pdf'] },
    ])
    expect(a.logger.info).toHaveBeenCalledWith(`transfer: saved the summary to ${file}`)
  })

  it('logs an import by its counts only', async () => {
    const text = await exported(app({ seed: true }), 'json')
    const b = app()
    expect((await b.call('applyImport', { text })).ok).toBe(true)
    expect(b.logger.info).toHaveBeenCalledWith('transfer: imported a backup with 2 nights and 1 check-ins')
  })

  it('writes a CSV row for a night that has a check-in but no record', async () => {
    const a = app({ seed: true })
    a.store.setJournal({ ...a.store.getJournal(), checkIns: { '2026-11-20': checkIn(3) } })
    const rows = (await exported(a, 'csv')).split('\r\n')
    expect(rows[1]).toMatch(/^2026-11-20,23:15,,,,/)
    expect(rows).toHaveLength(5)
  })
})

describe('writeFileAtomic: the file handle', () => {
  it('is closed after a write, and also after a write that fails', () => {
    const dir = tempDir()
    const close = vi.spyOn(fs, 'closeSync')
    try {
      writeFileAtomic(path.join(dir, 'a.json'), 'x')
      expect(close).toHaveBeenCalledTimes(1)
      const write = vi.spyOn(fs, 'writeFileSync').mockImplementationOnce(() => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' })
      })
      try {
        expect(() => writeFileAtomic(path.join(dir, 'b.json'), 'y')).toThrow(/ENOSPC/)
      } finally {
        write.mockRestore()
      }
      expect(close).toHaveBeenCalledTimes(2)
      expect(fs.readdirSync(dir)).toEqual(['a.json'])
    } finally {
      close.mockRestore()
    }
  })
})
