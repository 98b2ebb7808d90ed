// Backup files on their edges: "cut off" versus merely malformed, each key that could reach a prototype.
// The size limit to the byte is in backup-volume.test.ts.
import { describe, expect, it } from 'vitest'
import { DANGEROUS_KEYS, parseBackup, serializeBackup } from '../../shared/backup.ts'
import { problemText } from '../../shared/errors.ts'
import { defaultSettings } from '../../shared/settings.ts'

/** The refusal as the person reads it: "path: message" per problem. */
const errorsOf = (text: string): string[] => {
  const result = parseBackup(text)
  if (result.ok) throw new Error('expected the file to be rejected')
  return result.errors.map(problemText)
}

const valid = () =>
  serializeBackup({
    exportedAt: '2026-11-25T09:00:00+01:00',
    settings: defaultSettings(),
    nights: {},
    checkIns: {},
    labs: [],
    medicines: [],
    dismissedPrompts: [],
  })

describe('cut off versus malformed', () => {
  it.each([
    ['a trailing comma', '{ "app": "eventide", }'],
    ['a closing bracket too many', '{"app": "eventide"}}'],
    ['brackets inside a string', '{"note": "legs { [ restless", }'],
    ['an escaped quote before a bracket inside a string', '{"note": "said \\"{\\" then", }'],
    ['an escaped backslash ending a string', '{"note": "C:\\\\", }'],
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
