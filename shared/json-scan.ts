// One pass over raw JSON text before it is parsed: bounds the work a file can cause (depth, values, list
// lengths) and finds what JSON.parse hides (a key given twice keeps only its last value; a "__proto__" key).
// It stops at the first problem, so a hostile file is refused after reading only as far as that problem.
// Syntax is left to JSON.parse: on malformed text the scan gives up quietly and reports nothing.

export interface ScanLimits {
  maxDepth: number
  maxValues: number
  maxListItems: number
  /** Keys refused anywhere in the file. */
  forbiddenKeys: ReadonlySet<string>
}

/** Where in the file: keys and list indexes from the top. */
export type ScanPath = (string | number)[]

export type ScanProblem =
  | { kind: 'too-deep'; path: ScanPath }
  | { kind: 'too-many-values'; path: ScanPath }
  | { kind: 'list-too-long'; path: ScanPath }
  | { kind: 'duplicate-key'; path: ScanPath }
  | { kind: 'forbidden-key'; path: ScanPath }

interface Frame {
  list: boolean
  /** Objects: keys seen so far. */
  keys: Set<string> | null
  /** Objects: the current key; lists: the current index. */
  at: string | number
  count: number
  expectingKey: boolean
}

const QUOTE = 34
const BACKSLASH = 92

function isDelimiter(c: number): boolean {
  // , ] } and JSON whitespace end a number or literal.
  if (c === 44 || c === 93 || c === 125) return true
  // Stryker disable next-line ConditionalExpression,LogicalOperator: in valid JSON, space after a value is followed by , ] } or the end, which stop the skip too.
  return c === 32 || c === 10 || c === 13 || c === 9
}

export function scanJson(text: string, limits: ScanLimits): ScanProblem | null {
  const stack: Frame[] = []
  let values = 0
  const pathHere = (): ScanPath => stack.map((f) => f.at)

  /** A value begins here; returns a problem when it is one too many. */
  const begin = (): ScanProblem | null => {
    values++
    const top = stack.at(-1)
    if (top?.list) {
      top.at = top.count
      top.count++
      if (top.count > limits.maxListItems) return { kind: 'list-too-long', path: pathHere().slice(0, -1) }
    }
    if (values > limits.maxValues) return { kind: 'too-many-values', path: pathHere() }
    return null
  }

  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 58 /* : */ || c === 0xfeff) continue
    if (c === QUOTE) {
      let j = i + 1
      // Stryker disable next-line BooleanLiteral: only skips decoding; a key without a backslash decodes to itself (raw control characters are JSON.parse's to refuse).
      let escaped = false
      // Stryker disable next-line EqualityOperator: at j = n the code is NaN, so j steps past n; j >= n below catches both.
      while (j < n) {
        const d = text.charCodeAt(j)
        if (d === BACKSLASH) {
          escaped = true
          j += 2
          continue
        }
        if (d === QUOTE) break
        j++
      }
      if (j >= n) return null
      const top = stack.at(-1)
      if (top && !top.list && top.expectingKey) {
        let key = text.slice(i + 1, j)
        // Stryker disable next-line ConditionalExpression: only skips decoding; a key without a backslash decodes to itself.
        if (escaped) {
          try {
            key = JSON.parse(`"${key}"`) as string
          } catch {
            return null
          }
        }
        top.at = key
        top.expectingKey = false
        if (limits.forbiddenKeys.has(key)) return { kind: 'forbidden-key', path: pathHere() }
        // Stryker disable next-line OptionalChaining: an object's frame always has its key set (only lists have none).
        if (top.keys?.has(key)) return { kind: 'duplicate-key', path: pathHere() }
        // Stryker disable next-line OptionalChaining: an object's frame always has its key set (only lists have none).
        top.keys?.add(key)
      } else {
        const problem = begin()
        if (problem) return problem
      }
      i = j
      continue
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      const problem = begin()
      if (problem) return problem
      const list = c === 91
      // Stryker disable next-line StringLiteral: a path is read only once an object's key is set, or cut to 3 levels by too-deep (the real MAX_DEPTH is 32).
      stack.push({ list, keys: list ? null : new Set(), at: list ? 0 : '', count: 0, expectingKey: !list })
      if (stack.length > limits.maxDepth) return { kind: 'too-deep', path: pathHere().slice(0, 3) }
      continue
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      if (stack.pop() === undefined) return null
      continue
    }
    if (c === 44 /* , */) {
      const top = stack.at(-1)
      if (top && !top.list) top.expectingKey = true
      continue
    }
    // A number or literal: one value, skipped to its end.
    const problem = begin()
    if (problem) return problem
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: past the end the code is NaN, not a delimiter; the loop above ends at n either way.
    while (i + 1 < n && !isDelimiter(text.charCodeAt(i + 1))) i++
  }
  return null
}
