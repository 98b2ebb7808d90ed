import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  BACKUP_SCHEMA_VERSION,
  type BackupData,
  MAX_BACKUP_CHARS,
  type ParseBackupResult,
  parseBackup,
  serializeBackup,
} from '../../shared/backup.ts'
import { BackupEncodingError, decodeBackupBytes } from '../../shared/backup-bytes.ts'
import type { CheckIn } from '../../shared/checkin.ts'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { LabEntry } from '../../shared/labs.ts'
import type { MedicineEntry } from '../../shared/medicines.ts'
import type { NightRecord } from '../../shared/records.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { CORE, checkIn, record } from './fixtures/journal.ts'

function sample(): BackupData {
  return {
    exportedAt: '2026-11-25T09:00:00+01:00',
    settings: { ...defaultSettings(), bedtime: '23:00', health: { pregnant: false, kidneyDisease: true } },
    nights: {
      '2026-11-03': record({ magnesium: 'done', 'warm-bath': 'skipped' }),
      '2026-11-04': { ...record({ magnesium: 'missed' }, true), bedtimeOverride: '00:30' },
    },
    checkIns: {
      '2026-11-03': checkIn(4, { note: 'Legs calm, "mostly"; woke at 3', triggers: { alcohol: true } }),
      '2026-11-05': checkIn(8, { onset: 'evening' }),
    },
    labs: [
      { id: 'l1', kind: 'ferritin', value: 42.5, date: '2026-10-01', note: 'fasting' },
      { id: 'l2', kind: 'tsat', value: 18, date: '2026-10-01' },
    ],
    medicines: [
      {
        id: 'm1',
        name: 'Iron bisglycinate',
        dose: '25 mg',
        time: '07:30',
        kind: 'supplement',
        startedOn: '2026-08-01',
      },
    ],
    dismissedPrompts: ['kidney-disease', 'severe-nights:2026-10-02'],
  }
}

/** The sample as a plain object, to break on purpose. */
const sampleObject = (): Record<string, unknown> => JSON.parse(serializeBackup(sample()))

function errorsOf(result: ParseBackupResult): string[] {
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.errors.map(problemText)
}
const reject = (value: unknown) =>
  errorsOf(parseBackup(typeof value === 'string' ? value : JSON.stringify(value)))

describe('backup round trip', () => {
  it('gives back exactly what was exported, with a preview', () => {
    const data = sample()
    const text = serializeBackup(data)
    expect(text).toContain('\n  "app": "eventide",')
    const result = parseBackup(text)
    if (!result.ok) throw new Error(result.errors.map(problemText).join('\n'))
    expect(result.backup).toEqual({ app: 'eventide', schemaVersion: BACKUP_SCHEMA_VERSION, ...data })
    expect(result.preview).toEqual({
      nights: 2,
      checkIns: 2,
      labs: 2,
      medicines: 1,
      from: '2026-11-03',
      to: '2026-11-05',
    })
  })

  it('carries the augmentation answers, the sleep diary and the treatment log unchanged', () => {
    const data = sample()
    const added: CheckIn = {
      ...checkIn(6, { onset: 'evening' }),
      onsetTime: '19:40',
      bodyParts: ['legs', 'arms'],
      restBeforeSymptoms: '15to30',
      diary: {
        inBed: '22:45',
        triedToSleep: '23:00',
        minutesToFallAsleep: 25,
        awakenings: 2,
        minutesAwake: 40,
        finalWake: '06:30',
        outOfBed: '07:00',
        napMinutes: 0,
        caffeineAfter17: false,
        alcoholAfter17: true,
        timesUpWalking: 3,
      },
    }
    data.checkIns = { ...data.checkIns, '2026-11-06': added }
    data.medicines = [
      ...data.medicines,
      {
        id: 'm2',
        name: 'Pramipexole',
        kind: 'medicine',
        dose: '0.088 mg',
        startedOn: '2026-03-01',
        rls: { doseChanges: [{ date: '2026-06-01', dose: '0.18 mg' }], stoppedOn: '2026-11-01' },
      },
    ]
    const result = parseBackup(serializeBackup(data))
    if (!result.ok) throw new Error(result.errors.map(problemText).join('\n'))
    expect(result.backup.checkIns['2026-11-06']).toEqual(added)
    expect(result.backup.medicines).toEqual(data.medicines)
  })

  it('writes nights in date order, whatever order they were stored in', () => {
    const data = sample()
    data.nights = { '2026-11-04': record({}), '2026-01-02': record({}), '2026-11-03': record({}) }
    const text = serializeBackup(data)
    expect(text.indexOf('"2026-01-02"')).toBeLessThan(text.indexOf('"2026-11-03"'))
    expect(text.indexOf('"2026-11-03"')).toBeLessThan(text.indexOf('"2026-11-04"'))
  })

  it('round-trips any valid data', () => {
    const night = fc
      .integer({ min: dayNumber('2016-01-01'), max: dayNumber('2036-12-31') })
      .map(dateFromDayNumber)
    const hhmm = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
    const instant = fc.constantFrom(
      '2026-11-24T21:50:00+01:00',
      '2026-03-29T03:10:00+02:00',
      '2026-07-01T22:00:00Z',
    )
    const stepId = fc.constantFrom(...CORE, 'custom-1')
    const nightRecord: fc.Arbitrary<NightRecord> = fc.record(
      {
        bedtimeOverride: hhmm,
        steps: fc.dictionary(
          stepId,
          fc.record({ status: fc.constantFrom('done', 'skipped', 'missed'), at: instant }),
        ),
        notified: fc.uniqueArray(stepId),
        headsUp: fc.uniqueArray(stepId),
        snoozed: fc.dictionary(stepId, instant),
        paused: fc.boolean(),
        summarized: fc.uniqueArray(stepId),
      },
      { requiredKeys: ['steps', 'notified', 'headsUp', 'snoozed', 'paused', 'summarized'] },
    )
    const entry: fc.Arbitrary<CheckIn> = fc.record({
      severity: fc.integer({ min: 0, max: 10 }),
      sleepQuality: fc.integer({ min: 0, max: 10 }),
      onset: fc.constantFrom('none', 'bedtime', 'evening', 'daytime'),
      triggers: fc.record({
        caffeineAfter14: fc.boolean(),
        alcohol: fc.boolean(),
        nicotine: fc.boolean(),
        lateExercise: fc.boolean(),
        antihistamine: fc.boolean(),
      }),
      note: fc.string({ maxLength: 1000, unit: 'grapheme' }),
      savedAt: instant,
    })
    const lab: fc.Arbitrary<LabEntry> = fc
      .oneof(
        fc.record({
          kind: fc.constant('ferritin' as const),
          value: fc.double({ min: 1, max: 2000, noNaN: true }),
        }),
        fc.record({
          kind: fc.constant('tsat' as const),
          value: fc.double({ min: 1, max: 100, noNaN: true }),
        }),
        fc.record({ kind: fc.constant('vitaminD' as const), value: fc.integer({ min: 1, max: 200 }) }),
      )
      .chain((base) =>
        fc.record(
          {
            id: fc.stringMatching(/^[a-z0-9]{1,10}$/),
            kind: fc.constant(base.kind),
            value: fc.constant(base.value),
            date: night,
            note: fc.string({ maxLength: 200 }),
          },
          { requiredKeys: ['id', 'kind', 'value', 'date'] },
        ),
      )
    const medicine: fc.Arbitrary<MedicineEntry> = fc.record(
      {
        id: fc.stringMatching(/^[a-z0-9]{1,10}$/),
        name: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ''),
        dose: fc.string({ maxLength: 60 }),
        time: hhmm,
        kind: fc.constantFrom('medicine', 'supplement'),
        startedOn: night,
      },
      { requiredKeys: ['id', 'name', 'kind'] },
    )
    fc.assert(
      fc.property(
        fc.dictionary(night, nightRecord, { maxKeys: 12 }),
        fc.dictionary(night, entry, { maxKeys: 12 }),
        fc.uniqueArray(lab, { maxLength: 5, selector: (l) => l.id }),
        fc.uniqueArray(medicine, { maxLength: 5, selector: (m) => m.id }),
        (nights, checkIns, labs, medicines) => {
          const data: BackupData = { ...sample(), nights, checkIns, labs, medicines }
          const result = parseBackup(serializeBackup(data))
          if (!result.ok) throw new Error(result.errors.map(problemText).join('\n'))
          expect(result.backup).toEqual({ app: 'eventide', schemaVersion: 1, ...data })
        },
      ),
      { numRuns: 60 },
    )
  })

  it('refuses to export data that could not be imported again, naming the field', () => {
    const data = sample()
    data.labs = [{ id: 'l1', kind: 'ferritin', value: 5000, date: '2026-10-01' }]
    expect(() => serializeBackup(data)).toThrow(ValidationError)
    expect(() => serializeBackup(data)).toThrow(/labs\.\[0\]|labs\[0\]/)
  })
})

describe('rejected files', () => {
  it('rejects malformed and empty text', () => {
    expect(reject('{ "app": "eventide", }')[0]).toMatch(/^\(file\): not valid JSON/)
    expect(reject('')[0]).toBe('(file): the file is empty')
    expect(reject('[1,2]')[0]).toBe('(file): expected an Eventide backup object, got a list')
    expect(reject('null')[0]).toBe('(file): expected an Eventide backup object, got null')
  })

  it('says a cut-off file looks truncated', () => {
    const text = serializeBackup(sample())
    for (const cut of [text.length - 3, Math.floor(text.length / 2), 10]) {
      const [message] = reject(text.slice(0, cut))
      expect(message).toMatch(/^\(file\): not valid JSON/)
      expect(message).toMatch(/truncated/)
    }
  })

  it('rejects another app’s file and a missing or wrong version', () => {
    expect(reject({ ...sampleObject(), app: 'other' })).toEqual([
      'app: expected "eventide", got "other". This is not an Eventide backup.',
    ])
    expect(reject({ ...sampleObject(), schemaVersion: 0 })).toEqual(['schemaVersion: expected 1, got 0'])
    expect(reject({ ...sampleObject(), schemaVersion: '1' })).toEqual(['schemaVersion: expected 1, got "1"'])
    const { schemaVersion: _, ...noVersion } = sampleObject()
    expect(reject(noVersion)).toEqual(['schemaVersion: expected 1, got nothing'])
  })

  it('says a file from a newer Eventide needs an update', () => {
    const [message] = reject({ ...sampleObject(), schemaVersion: 2 })
    expect(message).toMatch(/^schemaVersion: this backup was made by a newer Eventide \(schema 2\)/)
    expect(message).toMatch(/Update Eventide/)
  })

  it('rejects a whole file for one bad record, naming the record and the field', () => {
    const file = sampleObject() as { nights: Record<string, { steps: Record<string, { status: string }> }> }
    const step = file.nights['2026-11-03']?.steps.magnesium
    if (step) step.status = 'maybe'
    const result = parseBackup(JSON.stringify(file))
    expect(result.ok).toBe(false)
    expect(errorsOf(result)).toEqual([
      'nights["2026-11-03"].steps.magnesium.status: expected done, skipped or missed, got "maybe"',
    ])
  })

  it('names bad fields in check-ins, labs, medicines, settings and keys', () => {
    const file = sampleObject() as Record<string, Record<string, Record<string, unknown>>>
    ;(file.checkIns as Record<string, Record<string, unknown>>)['2026-11-05'] = {
      ...checkIn(3),
      severity: 12,
    }
    ;(file.checkIns as Record<string, unknown>)['2026-02-30'] = checkIn(3)
    ;(file.labs as unknown as Record<string, unknown>[])[1] = {
      id: 'l2',
      kind: 'tsat',
      value: 180,
      date: '2026-10-01',
    }
    ;(file.medicines as unknown as Record<string, unknown>[])[0] = { id: 'm1', name: '', kind: 'medicine' }
    ;(file.settings as Record<string, unknown>).checkInTime = '8 o’clock'
    ;(file.nights as Record<string, unknown>)['2026-11-04'] = { ...record({}), extra: 1 }
    const errors = reject(file)
    expect(errors).toEqual(
      expect.arrayContaining([
        'checkIns["2026-11-05"].severity: expected a whole number from 0 to 10, got 12',
        'checkIns["2026-02-30"]: expected a night as a real date YYYY-MM-DD, got "2026-02-30"',
        'labs[1].value: expected TSAT from 1 to 100 %, got 180',
        'medicines[0].name: expected some text, got an empty value',
        'settings.checkInTime: expected HH:MM (00:00–23:59), got "8 o’clock"',
        'nights["2026-11-04"].extra: not a field Eventide knows',
      ]),
    )
    expect(errors).toHaveLength(6)
  })

  it('rejects unknown top-level fields', () => {
    expect(reject({ ...sampleObject(), plugins: [] })).toEqual(['plugins: not a field Eventide knows'])
  })

  it('lists at most 50 problems and says how many more', () => {
    const file = sampleObject() as { checkIns: Record<string, unknown> }
    for (let i = 0; i < 80; i++)
      file.checkIns[dateFromDayNumber(dayNumber('2020-01-01') + i)] = { ...checkIn(1), onset: 'x' }
    const errors = reject(file)
    expect(errors).toHaveLength(51)
    expect(errors.at(-1)).toBe('… and 30 more problems')
  })
})

describe('hostile files', () => {
  it.each([
    [
      'top level',
      '{"__proto__": {"polluted": true}, "app": "eventide"}',
      '__proto__: the key "__proto__" is not allowed',
    ],
    [
      'inside a night',
      '{"app":"eventide","nights":{"2026-11-03":{"steps":{"__proto__":{"polluted":true}}}}}',
      'nights["2026-11-03"].steps.__proto__: the key "__proto__" is not allowed',
    ],
    [
      'constructor inside a list',
      '{"app":"eventide","labs":[{"constructor":{"prototype":{"polluted":true}}}]}',
      'labs[0].constructor: the key "constructor" is not allowed',
    ],
    [
      'prototype',
      '{"app":"eventide","settings":{"prototype":1}}',
      'settings.prototype: the key "prototype" is not allowed',
    ],
  ])('rejects a prototype-pollution key (%s) and never merges it', (_where, text, message) => {
    expect(reject(text)).toEqual([message])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('rejects a __proto__ key hidden in an otherwise valid file', () => {
    const text = serializeBackup(sample()).replace(
      '"checkIns": {',
      '"checkIns": {\n    "__proto__": {"severity": 1},',
    )
    expect(reject(text)).toEqual(['checkIns.__proto__: the key "__proto__" is not allowed'])
  })

  it('rejects huge strings, naming the field and the length', () => {
    const file = sampleObject() as { checkIns: Record<string, Record<string, unknown>> }
    const target = file.checkIns['2026-11-03']
    if (target) target.note = 'x'.repeat(2_000_000)
    expect(reject(file)).toEqual([
      'checkIns["2026-11-03"].note: expected at most 1000 characters, got 2000000 characters',
    ])
  })

  it('shortens a huge hostile key in the message', () => {
    const errors = reject({ ...sampleObject(), ['k'.repeat(100_000)]: 1 })
    expect(errors).toHaveLength(1)
    expect(errors[0]?.length).toBeLessThan(200)
  })

  it('rejects a file over 20 MB before parsing it', () => {
    const text = ' '.repeat(MAX_BACKUP_CHARS + 1)
    expect(reject(text)).toEqual(['(file): expected at most 20 MB, got 20.0 MB'])
  })

  it('rejects absurdly deep nesting', () => {
    const deep = `{"app":"eventide","settings":${'['.repeat(5000)}${']'.repeat(5000)}}`
    expect(reject(deep)[0]).toMatch(/nested more than 32 levels deep/)
  })
})

describe('duplicates', () => {
  const text = serializeBackup(sample())

  it('refuses a night given twice (JSON would silently keep the last), naming the night', () => {
    const twice = text.replace('"nights": {', `"nights": {\n    "2026-11-04": {"steps": {}},`)
    expect(reject(twice)).toEqual([
      'nights["2026-11-04"]: this night appears twice in the file; each may appear only once',
    ])
  })

  it('refuses a check-in given twice, even when one key is written with escapes', () => {
    const twice = text.replace('"checkIns": {', '"checkIns": {\n    "2026-11-0\\u0035": {},')
    expect(reject(twice)).toEqual([
      'checkIns["2026-11-05"]: this check-in appears twice in the file; each may appear only once',
    ])
  })

  it('refuses a field given twice inside a record', () => {
    const twice = text.replace('"bedtime": "23:00"', '"bedtime": "23:00", "bedtime": "21:00"')
    expect(reject(twice)).toEqual([
      'settings.bedtime: this key appears twice in the file; each may appear only once',
    ])
  })

  it('does not mistake text inside a note for a key', () => {
    const data = sample()
    const note = 'copied "2026-11-03": {"2026-11-03": 1} twice'
    data.checkIns = { ...data.checkIns, '2026-11-04': { ...checkIn(3), note } }
    expect(parseBackup(serializeBackup(data)).ok).toBe(true)
  })

  it('refuses two labs or two medicines with one id, naming both records', () => {
    const data = sample()
    const [first] = data.labs
    data.labs = [...data.labs, { ...(first as LabEntry), value: 51 }]
    const medicine = data.medicines[0] as MedicineEntry
    data.medicines = [...data.medicines, { ...medicine, name: 'Magnesium glycinate' }]
    expect(reject(serializeBackup(data))).toEqual([
      'labs[2].id: the id "l1" is already used by labs[0]',
      `medicines[${data.medicines.length - 1}].id: the id "m1" is already used by medicines[0]`,
    ])
  })
})

describe('encoding and odd dates', () => {
  const text = serializeBackup(sample())

  it('accepts a leading byte order mark, as text and as bytes', () => {
    expect(parseBackup(`\uFEFF${text}`)).toEqual(parseBackup(text))
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])
    expect(decodeBackupBytes(bytes)).toBe(text)
  })

  it('refuses bytes that are not UTF-8 with a clear message, instead of importing U+FFFD', () => {
    const latin1 = Buffer.from(text.replace('fasting', 'nüchtern'), 'latin1')
    expect(() => decodeBackupBytes(latin1)).toThrow(BackupEncodingError)
    expect(() => decodeBackupBytes(latin1)).toThrow(/not UTF-8 text/)
  })

  it('refuses a night dated before the year 1000, naming it', () => {
    const data = sample()
    data.nights = { ...data.nights, '0226-11-03': record({ magnesium: 'done' }) }
    expect(reject(serializeBackupUnchecked(data))).toEqual([
      'nights["0226-11-03"]: expected a night from the year 1000 on, got "0226-11-03"',
    ])
  })
})

/** The backup JSON without serializeBackup's validation, for data it would refuse. */
function serializeBackupUnchecked(data: BackupData): string {
  return JSON.stringify({ app: 'eventide', schemaVersion: BACKUP_SCHEMA_VERSION, ...data }, null, 2)
}
