// Turns schema failures into sentences that name the field and what was expected.
import type { z } from 'zod'

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out || '(value)'
}

export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing'
  if (typeof input === 'string') return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input)
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input)
  if (Array.isArray(input)) return 'a list'
  // "an object", "a function": the article follows the word.
  return /^[aeiou]/.test(typeof input) ? `an ${typeof input}` : `a ${typeof input}`
}

/**
 * One input problem: the field's path ("steps[2].offsetMinutes", "" for the input as a whole) and what was
 * expected. Validation makes these, the IPC envelope carries them, forms put each next to its field.
 */
export interface Problem {
  readonly path: string
  readonly message: string
}

export function problem(path: string, message: string): Problem {
  return { path, message }
}

/** A problem as one line a person reads: "bedtime: expected HH:MM", or just the message without a path. */
export function problemText(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message
}

export function formatIssues(error: z.ZodError, prefix = ''): Problem[] {
  return error.issues.map((issue) =>
    problem(fieldPath([...(prefix ? [prefix] : []), ...issue.path]), issue.message),
  )
}

/** A validation failure whose message lists each bad field; `problems` keeps them apart for UIs. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[]
  constructor(problems: readonly Problem[]) {
    super(problems.map(problemText).join('; '))
    this.name = 'ValidationError'
    this.problems = problems
  }
}

/** Parses with a schema and throws a ValidationError that names each bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, prefix = ''): T {
  const result = schema.safeParse(value)
  if (!result.success) throw new ValidationError(formatIssues(result.error, prefix))
  return result.data
}
