// Backup files on their edges: "cut off" versus merely malformed, each key that could reach a prototype,
// each section's own limit and message. The size limit to the byte and the 40,000-night limit are in
// backup-volume.test.ts; here the night limit is pinned small, so the file stays quick.
import { describe, expect, it } from 'vitest'
import {
  type BackupData,
  backupSchemaFor,
  DANGEROUS_KEYS,
  MAX_BACKUP_CHARS,
  parseBackup,
  recordPath,
  scanMessage,
  serializeBackup,
} from '../../shared/backup.ts'
import { BackupEncodingError, decodeBackupBytes } from '../../shared/backup-bytes.ts'
import { problemText } from '../../shared/errors.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkIn, record } from './fixtures/journal.ts'

/** The refusal as the person reads it: "path: message" per problem. */
const errorsOf = (text: string): string[] => {
  const result = parseBackup(text)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.errors.map(problemText)
}

const empty = (): BackupData => ({
  exportedAt: '2026-11-25T09:00:00+01:00',
  settings: defaultSettings(),
  nights: {},
  checkIns: {},
  labs: [],
  medicines: [],
  dismissedPrompts: [],
})
const valid = () => serializeBackup(empty())
/** The valid file with some top-level fields replaced. */
const withFields = (fields: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(valid()), ...fields })
/** `count` consecutive nights from 1950 on. */
const nightKeys = (count: number) =>
  Array.from({ length: count }, (_, i) => dateFromDayNumber(dayNumber('1950-01-01') + i))

describe('cut off versus malformed', () => {
  it.each([
    ['a trailing comma', '{ "app": "eventide", }'],
    ['a closing bracket too many', '{"app": "eventide"}}'],
    ['brackets inside a string', '{"note": "legs { [ restless", }'],
    ['an escaped quote before a bracket inside a string', '{"note": "said \\"{\\" then", }'],
    ['an escaped backslash ending a string', '{"note": "C:\\\\", }'],
    ['a closed list before the stray comma', '{"labs": [1, [2]], }'],
  ])('a complete but malformed file (%s) is not called truncated', (_what, text) => {
    const [message] = errorsOf(text)
    expect(message).toMatch(/^\(file\): not valid JSON/)
    expect(message).not.toMatch(/cut off|truncated/)
  })

  it.each([
    ['inside an object', '{"app": "eventide", "nights": {'],
    ['inside a list', '{"labs": [1, 2'],
    ['inside a string', '{"app": "event'],
    ['right after an escape in a string', '{"note": "a \\'],
    ['inside a string holding a closing bracket', '{"note": "a } b'],
  ])('a file cut off %s is said to look truncated', (_where, text) => {
    expect(errorsOf(text)[0]).toMatch(/^\(file\): not valid JSON \(.+\)\. It looks cut off \(truncated\)\.$/)
  })
})

describe('keys that could reach a prototype', () => {
  it('the dangerous keys are exactly __proto__, constructor and prototype', () => {
    expect([...DANGEROUS_KEYS].sort()).toEqual(['__proto__', 'constructor', 'prototype'])
  })

  it.each([...DANGEROUS_KEYS])('a "%s" key anywhere in an otherwise valid file is refused by name', (key) => {
    const text = valid().replace('"nights": {}', `"nights": {}, "${key}": {"polluted": true}`)
    expect(errorsOf(text)).toEqual([`${key}: the key "${key}" is not allowed`])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('an ordinary key that merely contains one of them is no problem for the scan', () => {
    const text = valid().replace('"nights": {}', '"nights": {}, "constructors": 1')
    expect(errorsOf(text)).toEqual(['constructors: not a field Eventide knows'])
  })
})

describe('what a file is refused for, by name', () => {
  it('refuses something that is not text at all instead of failing on it', () => {
    expect(errorsOf(42 as unknown as string)).toEqual(['(file): expected text, got 42'])
  })

  it('calls a file of only spaces and line breaks empty, even one of exactly 20 MB', () => {
    expect(errorsOf(' \n\t \r\n')).toEqual(['(file): the file is empty'])
    expect(errorsOf(' '.repeat(MAX_BACKUP_CHARS))).toEqual(['(file): the file is empty'])
  })

  it('refuses a file holding a single number or text, saying what it holds', () => {
    expect(errorsOf('42')).toEqual(['(file): expected an Eventide backup object, got 42'])
    expect(errorsOf('"eventide"')).toEqual(['(file): expected an Eventide backup object, got "eventide"'])
  })

  it('does not take a fractional or quoted version for a newer Eventide', () => {
    expect(errorsOf(withFields({ schemaVersion: 2.5 }))).toEqual(['schemaVersion: expected 1, got 2.5'])
    expect(errorsOf(withFields({ schemaVersion: '2' }))).toEqual(['schemaVersion: expected 1, got "2"'])
  })

  it('names a field given twice inside a night as a key, not as the night', () => {
    const data = empty()
    data.nights = { '2026-11-03': record({}) }
    const twice = serializeBackup(data).replace('"paused": false', '"paused": false, "paused": true')
    expect(errorsOf(twice)).toEqual([
      'nights["2026-11-03"].paused: this key appears twice in the file; each may appear only once',
    ])
  })

  it('refuses a list longer than any Eventide list before parsing it, naming the list or the file', () => {
    const list = `[${'1,'.repeat(40_000)}1]`
    const tooLong = 'a list of more than 40,000 items, longer than any Eventide list'
    expect(errorsOf(valid().replace('"labs": []', `"labs": ${list}`))).toEqual([`labs: ${tooLong}`])
    expect(errorsOf(list)).toEqual([`(file): ${tooLong}`])
  })

  it('says which kind each section should be', () => {
    const wrong = {
      nights: [],
      checkIns: 'x',
      labs: true,
      medicines: 1,
      dismissedPrompts: null,
      travelNights: 'x',
    }
    expect(errorsOf(withFields(wrong))).toEqual([
      'nights: expected an object, got a list',
      'checkIns: expected an object, got "x"',
      'labs: expected a list, got true',
      'medicines: expected a list, got 1',
      'dismissedPrompts: expected a list, got null',
      'travelNights: expected a list, got "x"',
    ])
  })

  it('accepts a dismissed prompt id of up to 120 characters, and refuses one that is not a prompt id', () => {
    const longest = 'a'.repeat(120)
    expect(parseBackup(withFields({ dismissedPrompts: [longest, 'severe-nights:2026-10-02'] })).ok).toBe(true)
    const bad = [42, 'X-kidney-disease', 'kidney disease', `${longest}a`]
    expect(errorsOf(withFields({ dismissedPrompts: bad }))).toEqual([
      'dismissedPrompts[0]: expected a prompt id, got 42',
      'dismissedPrompts[1]: expected a prompt id, got "X-kidney-disease"',
      'dismissedPrompts[2]: expected a prompt id, got "kidney disease"',
      `dismissedPrompts[3]: expected a prompt id, got "${'a'.repeat(57)}..."`,
    ])
  })

  it('refuses more labs, medicines or dismissed prompts than a backup can hold, naming the limit', () => {
    const labs = Array.from({ length: 5_001 }, (_, i) => ({
      id: `l${i}`,
      kind: 'tsat',
      value: 20,
      date: '2026-10-01',
    }))
    const medicines = Array.from({ length: 501 }, (_, i) => ({
      id: `m${i}`,
      name: 'Iron',
      kind: 'supplement',
    }))
    const dismissedPrompts = Array.from({ length: 1_001 }, (_, i) => `prompt-${i}`)
    expect(errorsOf(withFields({ labs, medicines, dismissedPrompts }))).toEqual([
      'labs: expected at most 5000 lab entries',
      'medicines: expected at most 500 medicines',
      'dismissedPrompts: expected at most 1000 dismissed prompts',
    ])
  })

  it('holds exactly as many nights as its limit, and refuses one more night, check-in or travel night by name', () => {
    const schema = backupSchemaFor(2) // the real limit, 40,000, is held to the night in backup-volume.test.ts
    const problems = (count: number) => {
      const keys = nightKeys(count)
      const result = schema.safeParse({
        ...JSON.parse(valid()),
        nights: Object.fromEntries(keys.map((key) => [key, record({})])),
        checkIns: Object.fromEntries(keys.map((key) => [key, checkIn(1)])),
        travelNights: keys,
      })
      return result.success
        ? []
        : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    }
    expect(problems(2)).toEqual([])
    expect(problems(3)).toEqual([
      'nights: expected at most 2 nights',
      'checkIns: expected at most 2 check-ins',
      'travelNights: expected at most 2 travel nights',
    ])
  })
})

describe('how many problems a refusal lists', () => {
  const badCheckIns = (count: number) =>
    withFields({
      checkIns: Object.fromEntries(nightKeys(count).map((key) => [key, { ...checkIn(1), onset: 'x' }])),
    })

  it('lists exactly 50 problems with no "more" line, and says when there is one more', () => {
    const fifty = errorsOf(badCheckIns(50))
    expect(fifty).toHaveLength(50)
    expect(fifty.at(-1)).toMatch(/^checkIns\["1950-02-19"\]\.onset: /)
    const fiftyOne = errorsOf(badCheckIns(51))
    expect(fiftyOne).toHaveLength(51)
    expect(fiftyOne.at(-1)).toBe('… and 1 more problem')
  })

  it('caps a list of repeated ids the same way, saying how many more', () => {
    const lab = { kind: 'tsat', value: 20, date: '2026-10-01', id: 'l1' }
    const errors = errorsOf(withFields({ labs: Array.from({ length: 53 }, () => lab) }))
    expect(errors).toHaveLength(51)
    expect(errors[49]).toBe('labs[50].id: the id "l1" is already used by labs[0]')
    expect(errors[50]).toBe('… and 2 more problems')
  })
})

describe('what a good file gives back', () => {
  it('previews the first and last night over nights and check-ins together', () => {
    const data = { ...empty(), nights: { '2026-11-10': record({}) }, checkIns: { '2026-11-01': checkIn(2) } }
    const result = parseBackup(serializeBackup(data))
    if (!result.ok) throw new Error(result.errors.map(problemText).join('\n'))
    expect(result.preview).toMatchObject({ nights: 1, checkIns: 1, from: '2026-11-01', to: '2026-11-10' })
  })

  it('writes travel nights in date order', () => {
    const text = serializeBackup({ ...empty(), travelNights: ['2026-11-05', '2026-10-30', '2026-11-01'] })
    expect(JSON.parse(text).travelNights).toEqual(['2026-10-30', '2026-11-01', '2026-11-05'])
  })

  it('writes the whole file as its place when a problem has no field, and quotes keys that are not names', () => {
    expect(recordPath([])).toBe('(file)')
    expect(recordPath(['nights', '2026-11-03', 'steps', 'warm-bath', 0])).toBe(
      'nights["2026-11-03"].steps["warm-bath"][0]',
    )
    expect(recordPath(['settings', Symbol('odd')])).toBe('settings["Symbol(odd)"]')
  })
})

describe('a backup file that is not UTF-8', () => {
  it('is refused with an error named for it that says where and what', () => {
    const latin1 = new Uint8Array([0x7b, 0x22, 0x6e, 0xfc, 0x22, 0x7d])
    expect(() => decodeBackupBytes(latin1)).toThrow(BackupEncodingError)
    try {
      decodeBackupBytes(latin1)
    } catch (error) {
      expect((error as Error).name).toBe('BackupEncodingError')
      expect((error as Error).message).toMatch(/^\(file\): not UTF-8 text\. /)
    }
  })
})

describe('the refusal for a file with too many values', () => {
  // backup-volume.test.ts builds the 2,000,000-value file; here the message alone, quick enough for mutation runs.
  it('speaks of the whole file and names the limit, wherever the scan stopped', () => {
    expect(problemText(scanMessage({ kind: 'too-many-values', path: ['extra', 'k11999', 7] }))).toBe(
      '(file): holds more than 2,000,000 values, far more than any Eventide backup',
    )
  })
})
