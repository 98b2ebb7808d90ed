// shared/ must run anywhere: no electron, no node built-ins, no DOM or React.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const sharedDir = resolve(import.meta.dirname, '../../shared')
const FORBIDDEN =
  /^(electron|node:.*|fs|path|os|child_process|react|react-dom(\/.*)?|electron-store|node-notifier)$/
const DOM_GLOBALS = /\b(window|document|localStorage|navigator)\s*\./

function sources(): string[] {
  return readdirSync(sharedDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(sharedDir, f))
}

function forbiddenImports(source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  )
  return specifiers.filter((s) => FORBIDDEN.test(s))
}

describe('shared/ purity', () => {
  it('finds the shared sources it checks', () => {
    expect(sources().length).toBeGreaterThan(5)
  })

  it('the checker itself flags electron, node:* and DOM imports', () => {
    expect(
      forbiddenImports(
        `import { app } from 'electron'\nimport x from "node:fs"\nconst r = require('react-dom/client')`,
      ),
    ).toEqual(['electron', 'node:fs', 'react-dom/client'])
    expect(forbiddenImports(`import { z } from 'zod'`)).toEqual([])
  })

  for (const file of sources()) {
    it(`${file.slice(sharedDir.length + 1)} imports nothing platform-bound`, () => {
      const source = readFileSync(file, 'utf8')
      expect(forbiddenImports(source)).toEqual([])
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '')
      expect(code).not.toMatch(DOM_GLOBALS)
    })
  }
})
