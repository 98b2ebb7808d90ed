// No user-facing English left in renderer/ JSX outside the catalogue: JSX text nodes and string literals in
// aria-label, title, placeholder and alt props. Text must come from the string modules (shared/i18n).
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const rendererDir = resolve(import.meta.dirname, '../../renderer')

function tsxFiles(): string[] {
  return readdirSync(rendererDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => join(rendererDir, f))
}

/** Words in JSX text (between > and <, not an expression) and in labelled props given as string literals. */
function hardCodedText(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
  const found: string[] = []
  // A run of JSX children: text and {expressions} (one level of nested braces) between > and <. The text
  // beside an expression counts too: `{title}, by week` is as hard-coded as `Save settings`.
  for (const m of code.matchAll(/(?<![=-])>((?:[^<>{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)</g)) {
    for (const piece of (m[1] ?? '').split(/\{(?:[^{}]|\{[^{}]*\})*\}/)) {
      const text = piece.trim()
      if (!/[A-Za-zÀ-ÿ]{2,}/.test(text)) continue
      // TypeScript puts letters between > and < too (generics, props types, arrow functions); JSX text has
      // none of these marks.
      if (!/[=;()|]|\?[:.]|\w:\s*\w+\s*$|\n\s*\w+\??:/.test(text) && !/^(&[a-z]+;|\s)+$/.test(text))
        found.push(text)
    }
  }
  for (const m of code.matchAll(/\b(aria-label|title|placeholder|alt)=(["'])([^"']*[A-Za-z]{2,}[^"']*)\2/g)) {
    found.push(`${m[1]}="${m[3]}"`)
  }
  return found
}

describe('renderer text comes from the catalogue', () => {
  it('the scan sees JSX text and labelled props', () => {
    expect(hardCodedText('<p className="x">Save settings</p><b>{strings.a}</b>')).toEqual(['Save settings'])
    expect(hardCodedText('<button aria-label="Close window" title={s.x} />')).toEqual([
      'aria-label="Close window"',
    ])
    expect(hardCodedText('const f = <T,>(a: Array<T>) => a')).toEqual([])
    expect(hardCodedText('load: () => Promise<void>; x?.querySelector<HTMLElement>(s)')).toEqual([])
  })

  it('the scan sees words written beside an expression in JSX text', () => {
    expect(hardCodedText('<figcaption>{title}, by week ending on the date shown</figcaption>')).toEqual([
      ', by week ending on the date shown',
    ])
    expect(hardCodedText("<p>{count} nights and {t('x', { n })} more</p>")).toEqual(['nights and', 'more'])
    expect(hardCodedText("<figcaption>{t('forms.weekCaption', { title })}</figcaption>")).toEqual([])
    expect(hardCodedText('<p>{a} – {b}</p>')).toEqual([])
  })

  for (const file of tsxFiles()) {
    it(`${file.slice(rendererDir.length + 1)} has no hard-coded words`, () => {
      expect(hardCodedText(readFileSync(file, 'utf8'))).toEqual([])
    })
  }
})
