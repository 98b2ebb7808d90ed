// One type scale and one spacing scale: every font size, margin, padding and gap in renderer/ stylesheets
// comes from the --text-* and --space-* custom properties defined once in styles.css, and headings step up
// that scale. A literal size is allowed only where a comment says why (`scale-exempt: …`).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const rendererDir = resolve(import.meta.dirname, '../../renderer')
const SIZE_PROPS =
  /(?<![\w-])(font-size|margin(?:-[a-z]+)?|padding(?:-[a-z]+)?|gap|row-gap|column-gap)\s*:\s*([^;{}]+);([ \t]*\/\*[^*]*\*\/)?/g

function cssFiles(): string[] {
  return readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.css'))
    .map((f) => join(rendererDir, f))
}

/** Declarations whose value has a length that is not 0 and not inside var(): `file: prop: value`. */
function literalSizes(css: string, file = 'css'): string[] {
  const found: string[] = []
  for (const m of css.replace(/\/\*(?![^*]*scale-exempt)[\s\S]*?\*\//g, '').matchAll(SIZE_PROPS)) {
    const [, prop, value = '', comment = ''] = m
    if (comment.includes('scale-exempt')) continue
    const bare = value.replace(/var\(--[\w-]+\)/g, '')
    if (/\d*\.?\d+(px|rem|em|pt|mm|cm|in|%|vh|vw|ch|ex)\b/.test(bare))
      found.push(`${file}: ${prop}: ${value.trim()}`)
  }
  return found
}

const styles = readFileSync(join(rendererDir, 'styles.css'), 'utf8')

/** A scale step's value in rem, read from styles.css. */
function step(name: string): number {
  const m = new RegExp(`--${name}:\\s*([\\d.]+)rem;`).exec(styles)
  if (!m) throw new Error(`styles.css: expected --${name} in rem`)
  return Number(m[1])
}

describe('the type and spacing scales', () => {
  it('finds the stylesheets to scan', () => {
    expect(cssFiles().map((f) => relative(rendererDir, f))).toEqual(
      expect.arrayContaining(['styles.css', 'views.css', 'journal.css', 'summary.css']),
    )
  })

  it('every font size, margin, padding and gap in renderer/ CSS uses the scale', () => {
    const found = cssFiles().flatMap((f) => literalSizes(readFileSync(f, 'utf8'), relative(rendererDir, f)))
    expect(found).toEqual([])
  })

  it('the scan sees a literal, and lets through the scale, 0, auto and an explained exception', () => {
    expect(literalSizes('.a { margin: 0 0 0.6rem; font-size: 13px; gap: 1em; }')).toEqual([
      'css: margin: 0 0 0.6rem',
      'css: font-size: 13px',
      'css: gap: 1em',
    ])
    expect(
      literalSizes(
        '.b { margin: 0 auto; padding: var(--space-sm) 0; font-size: var(--text-lg); gap: calc(var(--space-xs) * 2) }\n' +
          '.c { margin: -1px; /* scale-exempt: visually hidden */\n}',
      ),
    ).toEqual([])
  })

  it('is defined once, in styles.css, and each step is larger than the one before', () => {
    const defined = cssFiles().filter((f) => /--(text|space)-[\w]+\s*:/.test(readFileSync(f, 'utf8')))
    expect(defined.map((f) => relative(rendererDir, f))).toEqual(['styles.css'])
    const text = ['xs', 'sm', 'base', 'md', 'lg', 'xl', '2xl'].map((n) => step(`text-${n}`))
    const space = ['3xs', '2xs', 'xs', 'sm', 'md', 'lg', 'xl', '2xl', '3xl', '4xl'].map((n) =>
      step(`space-${n}`),
    )
    for (const scale of [text, space]) expect(scale).toEqual([...scale].sort((a, b) => a - b))
    expect(new Set(text).size).toBe(text.length)
    expect(new Set(space).size).toBe(space.length)
  })

  it('headings are larger than body text, and each level larger than the next', () => {
    const size = (selector: string) => {
      const m = new RegExp(`(?:^|\\n)${selector} \\{[^}]*font-size: var\\(--text-([\\w]+)\\)`).exec(styles)
      if (!m) throw new Error(`styles.css: expected ${selector} to take its font size from the type scale`)
      return step(`text-${m[1]}`)
    }
    const body = step('text-base')
    expect(size('h1')).toBeGreaterThan(size('h2'))
    expect(size('h2')).toBeGreaterThan(size('h3'))
    expect(size('h3')).toBeGreaterThan(body)
  })
})
