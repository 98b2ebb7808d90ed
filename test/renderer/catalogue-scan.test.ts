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
  for (const m of code.matchAll(/(?<![=-])>([^<>{}]*[A-Za-zÀ-ÿ]{2,}[^<>{}]*)</g)) {
    const text = (m[1] ?? '').trim()
    // Type parameters and arrow functions also put letters between > and <; JSX text has no => or ;.
    // TypeScript puts letters between > and < too (generics, props types); JSX text has none of these marks.
    if (text && !/[=;()|]|\?[:.]|\w:\s*\w+\s*$|\n\s*\w+\??:/.test(text) && !/^(&[a-z]+;|\s)+$/.test(text))
      found.push(text)
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

  for (const file of tsxFiles()) {
    it(`${file.slice(rendererDir.length + 1)} has no hard-coded words`, () => {
      expect(hardCodedText(readFileSync(file, 'utf8'))).toEqual([])
    })
  }
})
