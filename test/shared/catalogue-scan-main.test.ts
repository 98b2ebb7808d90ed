// No user-facing English left in electron/ or shared/ outside the catalogue (shared/i18n). A heuristic scan:
// every string literal with two words of letters in a row is a sentence someone may read, unless its context
// shows it is for developers (a log line, a thrown developer error, a zod message) or it is named below.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const SCANNED_DIRS = ['electron', 'shared']

/** The catalogue itself. */
const CATALOGUE_DIR = 'shared/i18n/'

/**
 * Data tables of drug and brand names and where each watch-list entry comes from: names, not sentences,
 * never translated. The sentences shown about them (notes, reasons, group labels) are in the catalogue.
 */
const DATA_TABLES = ['shared/rls-treatments.ts', 'shared/watchlist-data.ts', 'shared/watchlist-substances.ts']

/**
 * Contexts whose strings are for developers, not for the person: log lines (the log is for whoever debugs,
 * and keeps field paths and error kinds), errors thrown for a programming or data-format fault (named
 * `path: expected …` Problems; the renderer maps field problems to plain text), zod messages of the same
 * kind, and the reasons a re-plan is logged with.
 */
const DEVELOPER_CONTEXT: readonly RegExp[] = [
  /\b(logger|log|console|deps\.logger|context\.logger)\.(info|warn|error|debug)\(/,
  /\blog\(/,
  /\bthrow new \w*Error\(/,
  /\bnew (Error|TypeError|RangeError|DocumentProblem|ValidationError|DecryptFailed|SealedUnreadable|CommitUnfinished)\(/,
  /\b(problem|fieldProblem)\(/,
  /\bmessage: /,
  /\berror: (\(iss\) => )?$/,
  /\.(replan|refine|superRefine)\(/,
  /\bfallingBack\(/,
]

/**
 * Literals that read like words but no person sees as text of ours, per file, each with why. Keep this
 * short; a sentence a person reads belongs in the catalogue instead.
 */
const NOT_USER_FACING: Record<string, { text: string; why: string }[]> = {
  'electron/app-protocol.ts': [
    { text: 'Method not allowed', why: 'HTTP status text of app://, read by Chromium, not shown' },
    { text: 'Not found', why: 'HTTP status text of app://, read by Chromium, not shown' },
  ],
  'electron/ipc.ts': [
    {
      text: 'Invalid {} request: {}',
      why: 'carries field Problems the renderer turns into plain messages (renderer/settings/validation.ts)',
    },
    { text: 'Unknown request {}', why: 'answer to a caller outside the typed contract: a programming fault' },
    {
      text: 'Refused: this request did not come from an Eventide window',
      why: 'answer to a sender that is not our window; no person of ours sees it',
    },
  ],
  'electron/login-item.ts': [{ text: '[Desktop Entry]', why: 'the .desktop file format header' }],
  'electron/log-redaction.ts': [{ text: 'got (value not logged)', why: 'redaction inside log lines' }],
  'electron/notified-log.ts': [
    {
      text: '{}: expected an entry {night, record} or {checkIn}',
      why: 'a damaged line of the crash log, reported to the log',
    },
  ],
  'electron/scheduler-outcome.ts': [
    { text: '{} for {} on night {}', why: 'a journal line for the log' },
    { text: 'second nudge for {} on night {}', why: 'a journal line for the log' },
    { text: 'check-in reminder for night {}', why: 'a journal line for the log' },
  ],
  'electron/scheduler.ts': [
    { text: 'it stays in the checklist and is not retried', why: 'the second half of a log line' },
  ],
  'electron/store-migrations.ts': [
    {
      text: 'schemaVersion: {} comes from a newer Eventide; this one reads up to {}',
      why: 'a DocumentProblem: logged, and shown only shortened inside a catalogue notice',
    },
  ],
  'shared/calendar-export.ts': [
    { text: 'Evening routine', why: 'the PRODID product name inside the .ics file, never displayed' },
  ],
  'shared/errors.ts': [{ text: 'a {}', why: 'describes a wrong input inside a Problem' }],
}

interface Literal {
  text: string
  /** The code before the literal on its line, and on the lines it continues. */
  context: string
}

/**
 * The string literals of a TypeScript source, comments and regular expressions skipped; `${…}` in a template
 * reads as `{}`.
 */
function stringLiterals(source: string): Literal[] {
  const found: Literal[] = []
  let i = 0
  let lastSignificant = ''
  const n = source.length
  while (i < n) {
    const c = source[i] as string
    const next = source[i + 1]
    if (c === '/' && next === '/') {
      while (i < n && source[i] !== '\n') i++
      continue
    }
    if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2)
      i = end < 0 ? n : end + 2
      continue
    }
    if (c === '/' && regexCanStart(source, i, lastSignificant)) {
      // A regular expression literal: skipped whole, classes and escapes included.
      i++
      let inClass = false
      while (i < n && source[i] !== '\n') {
        const r = source[i]
        if (r === '\\') i++
        else if (r === '[') inClass = true
        else if (r === ']') inClass = false
        else if (r === '/' && !inClass) break
        i++
      }
      i++
      lastSignificant = ')'
      continue
    }
    if (c === "'" || c === '"' || c === '`') {
      const start = i
      let text = ''
      i++
      while (i < n && source[i] !== c) {
        const s = source[i] as string
        if (s === '\\') {
          text += source[i + 1] ?? ''
          i += 2
          continue
        }
        if (c === '`' && s === '$' && source[i + 1] === '{') {
          // Skip the expression, braces balanced; strings inside it are code, not text.
          let depth = 0
          i++
          do {
            if (source[i] === '{') depth++
            else if (source[i] === '}') depth--
            i++
          } while (i < n && depth > 0)
          text += '{}'
          continue
        }
        text += s
        i++
      }
      i++
      found.push({ text, context: contextBefore(source, start) })
      lastSignificant = ')'
      continue
    }
    if (!/\s/.test(c)) lastSignificant = c
    i++
  }
  return found
}

/** A `/` starts a regular expression after an operator or a keyword such as `return`, not after a value. */
function regexCanStart(source: string, at: number, lastSignificant: string): boolean {
  if (lastSignificant === '' || '(,=:[!&|?{};+'.includes(lastSignificant)) return true
  const word = /(\w+)\s*$/.exec(source.slice(Math.max(0, at - 12), at))?.[1]
  return word !== undefined && ['return', 'typeof', 'case', 'in', 'of', 'void', 'else', 'do'].includes(word)
}

/**
 * The literal's line up to it, with the lines it continues (a call opened, a `+`, a `?` or `:` above).
 * Comment lines in between (a Stryker directive, a note) are looked through.
 */
function contextBefore(source: string, at: number): string {
  let lineStart = source.lastIndexOf('\n', at - 1) + 1
  let context = source.slice(lineStart, at)
  while (lineStart > 0) {
    const prevStart = source.lastIndexOf('\n', lineStart - 2) + 1
    const prev = source.slice(prevStart, lineStart - 1).trimEnd()
    if (/^\s*\/\//.test(prev)) {
      lineStart = prevStart
      continue
    }
    if (!/[(+?:]$|\|\||&&$/.test(prev)) break
    context = `${prev}\n${context}`
    lineStart = prevStart
  }
  return context
}

/** Words a person might read: two words of letters in a row (placeholders do not count as words). */
const WORDS = /[A-Za-zÀ-ÿ]{2,}[,;:.!?]? +[A-Za-zÀ-ÿ]{2,}/

/** What looks like code, not text: paths, selectors, import specifiers, CSS. */
function looksLikeCode(text: string): boolean {
  return /^[./@]|^[\w-]+\/[\w-]|^[\w.-]+\.(ts|tsx|js|json|css|html)$|[{;]\s*$|^(default-src|script-src)\b/.test(
    text,
  )
}

/** The literals of a source that read as words for a person and are not accounted for. */
function hardCodedText(source: string, allowed: readonly string[] = []): string[] {
  return (
    stringLiterals(source)
      .filter(({ text }) => WORDS.test(text.replaceAll('{}', ' ')) && !looksLikeCode(text))
      .filter(({ context }) => !DEVELOPER_CONTEXT.some((pattern) => pattern.test(context)))
      .filter(({ context }) => !/^\s*import\b|\bfrom $/.test(context))
      // shared/errors.ts's convention for developer Problems: `path: expected …, got …`.
      .filter(({ text }) => !/^expected\b/.test(text))
      .map(({ text }) => text)
      .filter((text) => !allowed.includes(text))
  )
}

function scannedFiles(): string[] {
  const skipped = new Set(DATA_TABLES)
  return SCANNED_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f.replaceAll('\\', '/')}`),
  ).filter((f) => !f.startsWith(CATALOGUE_DIR) && !skipped.has(f))
}

describe('electron/ and shared/ text comes from the catalogue', () => {
  it('the scan finds a planted hard-coded sentence, in a notice, a title and a template', () => {
    const planted = [
      "notify('Eventide could not save your settings.')",
      'export const TITLE = "How was last night?"',
      'const body = `Still to do: \u0024{step.title}`',
      "return { title: t('main.nudge.title'), body: 'Take it with food' }",
    ].join('\n')
    expect(hardCodedText(planted)).toEqual([
      'Eventide could not save your settings.',
      'How was last night?',
      'Still to do: {}',
      'Take it with food',
    ])
  })

  it('the scan passes over log lines, developer errors, comments, keys, paths and regular expressions', () => {
    const developerOnly = [
      "// A comment with 'quoted words in it'",
      "logger.info('store: saved the file')",
      'logger.warn(',
      '  `store: could not read \u0024{file}; ` +',
      "    'started with defaults',",
      ')',
      "throw new Error('stepId: expected a known step')",
      'throw new RangeError(',
      '  // Stryker disable next-line StringLiteral: a comment between the lines of one message.',
      '  `stepId: cannot be snoozed now; ` +',
      "    'a snooze must end before the step does',",
      ')',
      "const x = t('main.quit.unsaved')",
      "import { z } from 'zod'",
      "const page = './views/summary.html'",
      "const re = /don't match 'this one'/",
    ].join('\n')
    expect(hardCodedText(developerOnly)).toEqual([])
  })

  it('scans every file of electron/ and shared/ but the catalogue and the name tables', () => {
    const files = scannedFiles()
    for (const table of DATA_TABLES) expect(files).not.toContain(table)
    expect(files).toContain('shared/prompts.ts')
    expect(files).toContain('shared/checkin.ts')
    expect(files).toContain('electron/main.ts')
    expect(files.length).toBeGreaterThan(60)
  })

  it('every allowlisted literal is still in its file (a stale entry hides nothing)', () => {
    for (const [file, entries] of Object.entries(NOT_USER_FACING)) {
      const texts = stringLiterals(readFileSync(join(root, file), 'utf8')).map((l) => l.text)
      for (const entry of entries) expect(texts, `${file}: ${entry.text}`).toContain(entry.text)
    }
  })

  for (const file of scannedFiles()) {
    it(`${file} has no hard-coded words for people`, () => {
      const allowed = (NOT_USER_FACING[file] ?? []).map((entry) => entry.text)
      expect(hardCodedText(readFileSync(join(root, file), 'utf8'), allowed)).toEqual([])
    })
  }
})
