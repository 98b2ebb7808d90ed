// The pre-parse scan at small limits, so each bound is pinned exactly at its edge (the real limits are in
// backup.test.ts): a hostile backup must be refused before JSON.parse does the work it asks for.
import { describe, expect, it } from 'vitest'
import { type ScanLimits, scanJson } from '../../shared/json-scan.ts'

const limits: ScanLimits = {
  maxDepth: 3,
  maxValues: 10,
  maxListItems: 4,
  forbiddenKeys: new Set(['__proto__']),
}
const scan = (text: string, overrides: Partial<ScanLimits> = {}) =>
  scanJson(text, { ...limits, ...overrides })

describe('scanJson', () => {
  it('passes a file within every limit', () => {
    expect(scan('{"a": [1, 2, 3, 4], "b": {"c": "x"}}')).toBeNull()
  })

  it('counts every value (objects, lists, strings, numbers, literals) up to exactly the limit', () => {
    // 1 object + 1 list + 4 items + 1 string + 1 true + 1 null + 1 number = 10 values.
    const ten = '{"a": [1, 2, 3, 4], "s": "x", "t": true, "n": null, "m": -1.5e3}'
    expect(scan(ten)).toBeNull()
    expect(scan(ten, { maxValues: 9 })).toEqual({ kind: 'too-many-values', path: ['m'] })
  })

  it('refuses a list one item longer than allowed, naming the list', () => {
    expect(scan('{"a": {"b": [1, 2, 3, 4]}}')).toBeNull()
    expect(scan('{"a": {"b": [1, 2, 3, 4, 5]}}')).toEqual({ kind: 'list-too-long', path: ['a', 'b'] })
  })

  it('counts objects and lists inside a list as its items, and as values', () => {
    expect(scan('[{}, [], {}, []]')).toBeNull()
    expect(scan('[{}, [], {}, [], {}]')).toEqual({ kind: 'list-too-long', path: [] })
    expect(scan('{"a": [], "b": {}}', { maxValues: 2 })).toEqual({ kind: 'too-many-values', path: ['b'] })
  })

  it('refuses nesting one level deeper than allowed', () => {
    expect(scan('[[[1]]]')).toBeNull()
    expect(scan('[[[[1]]]]')).toEqual({ kind: 'too-deep', path: [0, 0, 0] })
  })

  it('refuses a key given twice in one object, but not the same key in two objects', () => {
    expect(scan('{"a": {"k": 1}, "b": {"k": 2}}')).toBeNull()
    expect(scan('{"a": {"k": 1, "k": 2}}')).toEqual({ kind: 'duplicate-key', path: ['a', 'k'] })
  })

  it('sees a key written with escapes as the key it spells', () => {
    expect(scan('{"k": 1, "\\u006b": 2}')).toEqual({ kind: 'duplicate-key', path: ['k'] })
    expect(scan('{"\\u005f_proto__": {}}')).toEqual({ kind: 'forbidden-key', path: ['__proto__'] })
  })

  it('reads strings holding quotes, brackets and commas as one value', () => {
    expect(scan('{"a": "x\\"],{y", "b": "}"}', { maxValues: 3 })).toBeNull()
    expect(scan('{"a": "x\\"],{y", "b": "}"}', { maxValues: 2 })).toEqual({
      kind: 'too-many-values',
      path: ['b'],
    })
  })

  it('leaves malformed text to JSON.parse: an unclosed string or a stray bracket is not its problem', () => {
    expect(scan('{"a": "never closed')).toBeNull()
    expect(scan(']')).toBeNull()
    expect(scan('{"\\u00zz": 1}')).toBeNull()
  })

  it('skips a byte order mark and whitespace of every kind', () => {
    expect(scan('\uFEFF{\r\n\t"a" :\t[1,\n2]\r\n}', { maxValues: 4 })).toBeNull()
  })

  it('counts no whitespace character as a value, whichever kind it is', () => {
    for (const space of [' ', '\t', '\n', '\r', '\uFEFF']) {
      expect(scan(`[1,${space}2${space}]`, { maxValues: 3 })).toBeNull()
    }
  })

  it('ends a number at the brace that closes its object, so the next key belongs to the outer object', () => {
    expect(scan('{"a": {"k": 1}, "k": 2}')).toBeNull()
    expect(scan('{"a": {"k": true}, "k": false}')).toBeNull()
    expect(scan('{"a": {"k": 1}, "a": 2}')).toEqual({ kind: 'duplicate-key', path: ['a'] })
  })

  it('counts a string, number or literal standing alone as the whole file', () => {
    expect(scan('"x"', { maxValues: 1 })).toBeNull()
    expect(scan('"x"', { maxValues: 0 })).toEqual({ kind: 'too-many-values', path: [] })
    expect(scan('7', { maxValues: 0 })).toEqual({ kind: 'too-many-values', path: [] })
  })

  it('leaves a key cut off at the end of the text to JSON.parse, even one that repeats or is forbidden', () => {
    expect(scan('{"a": 1, "a')).toBeNull()
    expect(scan('{"a": 1, "__proto__')).toBeNull()
    expect(scan('{"a": 1, "a\\')).toBeNull()
  })

  it('gives up on a key whose escape is malformed instead of reading it raw', () => {
    expect(scan('{"\\u00zz": 1, "\\u00zz": 2}')).toBeNull()
  })

  it('gives up quietly on a comma outside any object or list', () => {
    expect(scan(',')).toBeNull()
    expect(scan('1, 2')).toBeNull()
  })
})
