// The one vocabulary of fields: what each accepts, and a refusal that names what was expected and what came
// in, since that sentence is what a person (or the import preview's plain wording) works from.
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  dateField,
  entryId,
  hhmmField,
  nightKey,
  stepIdField,
  text,
  wholeNumber,
} from '../../shared/fields.ts'

/** The messages a field gives for a value, or [] when it is accepted. */
function refusal(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value)
  return result.success ? [] : result.error.issues.map((issue) => issue.message)
}

describe('fields', () => {
  it('a whole number in its range, refusing text, fractions and both edges past', () => {
    const field = wholeNumber(0, 10)
    expect(refusal(field, 0)).toEqual([])
    expect(refusal(field, 10)).toEqual([])
    for (const bad of ['5', 2.5, -1, 11]) {
      expect(refusal(field, bad)[0]).toMatch(/^expected a whole number from 0 to 10, got /)
    }
    expect(refusal(field, '5')).toEqual(['expected a whole number from 0 to 10, got "5"'])
  })

  it('text up to its length, naming a number given instead and the length of a long one', () => {
    expect(refusal(text(5), 7)).toEqual(['expected text, got 7'])
    expect(refusal(text(5), 'abcdef')).toEqual(['expected at most 5 characters, got 6 characters'])
    expect(refusal(text(5, true), '  ')).toEqual(['expected some text, got an empty value'])
  })

  it('a clock time as HH:MM', () => {
    expect(refusal(hhmmField(), '22:30')).toEqual([])
    expect(refusal(hhmmField(), 2230)).toEqual(['expected HH:MM (00:00–23:59), got 2230'])
    expect(refusal(hhmmField(), '10.30pm')).toEqual(['expected HH:MM (00:00–23:59), got "10.30pm"'])
  })

  it('a date that exists on the calendar', () => {
    expect(refusal(dateField(), '2026-02-28')).toEqual([])
    expect(refusal(dateField(), 20260228)).toEqual(['expected a real date as YYYY-MM-DD, got 20260228'])
    expect(refusal(dateField(), '2026-02-30')).toEqual([
      'expected a real date as YYYY-MM-DD, got "2026-02-30"',
    ])
  })

  it('a night key: a real date from the year 1000 on, with one message for an impossible date', () => {
    expect(refusal(nightKey(), '1000-01-01')).toEqual([])
    expect(refusal(nightKey(), '0999-12-31')).toEqual([
      'expected a night from the year 1000 on, got "0999-12-31"',
    ])
    expect(refusal(nightKey(), '2026-02-30')).toEqual([
      'expected a night as a real date YYYY-MM-DD, got "2026-02-30"',
    ])
    expect(refusal(nightKey(), 5)).toEqual(['expected a night as a real date YYYY-MM-DD, got 5'])
    // Not a date at all, or impossible in a year before 1000: still the one message, not a second on the year.
    expect(refusal(nightKey(), 'tonight')).toEqual([
      'expected a night as a real date YYYY-MM-DD, got "tonight"',
    ])
    expect(refusal(nightKey(), '0999-02-30')).toEqual([
      'expected a night as a real date YYYY-MM-DD, got "0999-02-30"',
    ])
  })

  it('a step id: lowercase letters, digits and dashes, 1 to 40, the whole value', () => {
    expect(refusal(stepIdField(), 'warm-bath')).toEqual([])
    expect(refusal(stepIdField(), 'a'.repeat(40))).toEqual([])
    for (const bad of ['Warm-bath', 'warm bath', '-bath', 'bath!', 'a'.repeat(41)]) {
      expect(refusal(stepIdField(), bad)).toEqual([
        `expected lowercase letters, digits and dashes (1–40), got ${JSON.stringify(bad)}`,
      ])
    }
    expect(refusal(stepIdField(), 3)).toEqual(['expected a step id, got 3'])
  })

  it('an entry id: letters, digits, "-" and "_", 1 to 64, the whole value (a backup’s lab_1 included)', () => {
    expect(refusal(entryId(), 'lab_1')).toEqual([])
    expect(refusal(entryId(), 'A'.repeat(64))).toEqual([])
    for (const bad of ['_lab', 'lab 1', 'lab/1']) {
      expect(refusal(entryId(), bad)).toEqual([
        `expected an id of letters, digits, "-" and "_" (1–64), got ${JSON.stringify(bad)}`,
      ])
    }
    // A long value is shown cut short.
    expect(refusal(entryId(), 'A'.repeat(65))).toEqual([
      `expected an id of letters, digits, "-" and "_" (1–64), got "${'A'.repeat(57)}..."`,
    ])
    expect(refusal(entryId(), null)).toEqual(['expected an id, got null'])
  })
})
