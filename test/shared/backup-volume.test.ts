// A backup hostile by sheer size is refused, at the product's real limits. Kept apart from backup.test.ts
// because scanning millions of values is slow when Stryker instruments every step of the scan: mutation
// runs leave this file out (build/vitest.mutation.config.ts), and test/shared/json-scan.test.ts pins the
// same bounds at small limits for them.
import { describe, expect, it } from 'vitest'
import {
  MAX_BACKUP_CHARS,
  type ParseBackupResult,
  parseBackup,
  serializeBackup,
} from '../../shared/backup.ts'
import { problemText } from '../../shared/errors.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { checkIn, record } from './fixtures/journal.ts'

const valid = serializeBackup({
  exportedAt: '2026-11-25T09:00:00+01:00',
  settings: defaultSettings(),
  nights: { '2026-11-03': record({ magnesium: 'done' }) },
  checkIns: {},
  labs: [{ id: 'l1', kind: 'ferritin', value: 42.5, date: '2026-10-01' }],
  medicines: [],
  dismissedPrompts: [],
})

function errorsOf(result: ParseBackupResult): string[] {
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.errors.map(problemText)
}

describe('the 20 MB limit', () => {
  it('a file of exactly 20 MB is read (and judged on its content), one more character is refused unread', () => {
    const file = valid
    const atLimit = file + ' '.repeat(MAX_BACKUP_CHARS - file.length)
    expect(atLimit.length).toBe(20 * 1024 * 1024)
    expect(parseBackup(atLimit).ok).toBe(true)
    expect(errorsOf(parseBackup(`${atLimit} `))).toEqual(['(file): expected at most 20 MB, got 20.0 MB'])
  })
})

describe('bounded work', () => {
  it('refuses an 18 MB file holding a list of 9 million numbers, naming the list', () => {
    // The shape from the bug report; the time it takes is measured in `npm run bench`, never here.
    const text = valid.replace(/"labs": \[[\s\S]*?\n {2}\],/, `"labs": [${'1,'.repeat(9_000_000)}1],`)
    expect(text.length).toBeGreaterThan(17 * 1024 * 1024)
    expect(errorsOf(parseBackup(text))).toEqual([
      'labs: a list of more than 40,000 items, longer than any Eventide list',
    ])
  })

  it('refuses a file with more values than any Eventide backup, before parsing it', () => {
    const night = JSON.stringify((JSON.parse(valid) as { nights: unknown }).nights)
    const many = Array.from({ length: 12_000 }, (_, i) => `"k${i}": ${JSON.stringify(Array(200).fill(1))}`)
    const text = `{"app":"eventide","extra":{${many.join(',')}},"nights":${night}}`
    expect(errorsOf(parseBackup(text))).toEqual([
      expect.stringMatching(/^\(file\): holds more than 2,000,000 values/),
    ])
  })
})

describe('the 40,000-night limit', () => {
  const empty = {
    exportedAt: '2026-11-25T09:00:00+01:00',
    settings: defaultSettings(),
    nights: {},
    checkIns: {},
    labs: [],
    medicines: [],
    dismissedPrompts: [],
  }
  const keys = Array.from({ length: 40_001 }, (_, i) => dateFromDayNumber(dayNumber('1950-01-01') + i))

  it('holds exactly 40,000 nights, and refuses one more night, check-in or travel night by name', () => {
    const night = record({})
    const atLimit = Object.fromEntries(keys.slice(1).map((key) => [key, night]))
    expect(serializeBackup({ ...empty, nights: atLimit })).toContain('"1950-01-02"')
    const over = Object.fromEntries(keys.map((key) => [key, night]))
    expect(() => serializeBackup({ ...empty, nights: over })).toThrow(
      /^nights: expected at most 40000 nights$/,
    )
    const checkIns = Object.fromEntries(keys.map((key) => [key, checkIn(1)]))
    expect(() => serializeBackup({ ...empty, checkIns })).toThrow(
      /^checkIns: expected at most 40000 check-ins$/,
    )
    expect(() => serializeBackup({ ...empty, travelNights: keys })).toThrow(
      /^travelNights: expected at most 40000 travel nights$/,
    )
  })
})
