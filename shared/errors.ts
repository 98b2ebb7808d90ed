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
  return `a ${typeof input}`
}

export function formatIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = fieldPath([...(prefix ? [prefix] : []), ...issue.path])
    return `${path}: ${issue.message}`
  })
}

/** A validation failure whose message lists each bad field; `problems` keeps them apart for UIs. */
export class ValidationError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(problems.join('; '))
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
