// What a person or a form reads when input is refused: each field named by its path, and what was expected.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { fieldPath, formatIssues, parseOrThrow, ValidationError } from '../../shared/errors.ts'

describe('naming the field', () => {
  it('names the input as a whole "(value)" when the problem is not inside it', () => {
    expect(fieldPath([])).toBe('(value)')
    const error = z.string().safeParse(5).error as z.ZodError
    expect(formatIssues(error).map((p) => p.path)).toEqual(['(value)'])
  })

  it('writes list positions in brackets and fields with dots', () => {
    expect(fieldPath(['steps', 2, 'offsetMinutes'])).toBe('steps[2].offsetMinutes')
  })

  it('puts a prefix in front of every field it names', () => {
    const schema = z.object({ bedtime: z.string() })
    const error = schema.safeParse({ bedtime: 1 }).error as z.ZodError
    expect(formatIssues(error, 'settings').map((p) => p.path)).toEqual(['settings.bedtime'])
    expect(formatIssues(error).map((p) => p.path)).toEqual(['bedtime'])
  })
})

describe('a validation failure', () => {
  it('lists every bad field in its message, separated by semicolons, and keeps them apart', () => {
    const schema = z.object({ bedtime: z.string(), minutes: z.number() })
    let caught: unknown
    try {
      parseOrThrow(schema, { bedtime: 1, minutes: 'x' }, 'settings')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ValidationError)
    const failure = caught as ValidationError
    expect(failure.name).toBe('ValidationError')
    expect(failure.problems.map((p) => p.path)).toEqual(['settings.bedtime', 'settings.minutes'])
    expect(failure.message).toBe(
      `settings.bedtime: ${failure.problems[0]?.message}; settings.minutes: ${failure.problems[1]?.message}`,
    )
    expect(failure.message).toMatch(
      /^settings\.bedtime: .*expected string.*; settings\.minutes: .*expected number/i,
    )
  })

  it('returns the parsed value when nothing is wrong', () => {
    expect(parseOrThrow(z.number(), 3)).toBe(3)
  })
})
