// What the log file may hold: field paths and error kinds, never health values or where the person lives on
// disk. Every line passes through here before it is written, whichever module logged it.
import { inspect } from 'node:util'

export interface RedactionContext {
  /** The home folder, written as `~`. */
  home: string
  /** The account name, written as `<user>` where it appears as a path segment. */
  user: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Problems read `field: expected …, got <value>` (shared/errors.ts describeInput): the value is dropped.
 * A quoted value may hold escaped quotes; an unquoted one runs to the next separator.
 */
const GOT_VALUE = /\bgot (?:"(?:[^"\\]|\\.)*"|[^\s;,)\]]+)/g

export function redactText(text: string, context: RedactionContext): string {
  let out = text.replace(GOT_VALUE, 'got (value not logged)')
  for (const home of homeForms(context.home)) out = out.split(home).join('~')
  if (context.user.length > 0) {
    const segment = new RegExp(`(^|[\\\\/])${escapeRegExp(context.user)}(?=[\\\\/]|$|[\\s:'"),])`, 'g')
    out = out.replace(segment, '$1<user>')
  }
  return out
}

/** The home folder as paths and file URLs spell it, longest first so a URL is not half replaced. */
function homeForms(home: string): string[] {
  if (home.length < 2) return []
  const forms = new Set([home, home.replace(/\\/g, '/'), encodeURI(home.replace(/\\/g, '/'))])
  // encodeURI escapes every character that makes the forms differ, so no form occurs inside another: the order
  // is kept for readers, it cannot change the result.
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: no form is a substring of another
  return [...forms].sort((a, b) => b.length - a.length)
}

/** Redacts each argument of a log call; errors keep their name, message and stack, each redacted. */
export function redactLogData(data: readonly unknown[], context: RedactionContext): unknown[] {
  return data.map((item) => redactItem(item, context))
}

function redactItem(item: unknown, context: RedactionContext): unknown {
  if (typeof item === 'string') return redactText(item, context)
  if (item instanceof Error) {
    const copy = new Error(redactText(item.message, context))
    copy.name = item.name
    copy.stack = item.stack === undefined ? undefined : redactText(item.stack, context)
    return copy
  }
  if (Array.isArray(item)) return item.map((inner) => redactItem(inner, context))
  if (item !== null && typeof item === 'object') return redactText(inspect(item, { depth: 4 }), context)
  return item
}
