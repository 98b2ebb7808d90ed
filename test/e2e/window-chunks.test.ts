// What the History window loads (issue 18): it shows dates and charts and validates nothing, so none of its
// script may carry zod, the Temporal polyfill or the schema modules. Checked twice over the built renderer:
// in the build's manifest (every chunk History imports, statically or lazily) and in Chromium (every script
// the open window actually fetched, the view loader's own choices included). Sizes and timings belong in
// `npm run bench`; this checks structure only.
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHUNK_MODULES_FILE } from '../../build/chunk-modules.ts'
import { browserTierSkip } from './harness/browser.ts'
import { seedYear } from './harness/seed.ts'
import { ensureRendererBuilt, expectNoProblems, RENDERER, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
}

/** Source modules a window showing dates and charts has no use for: schema code and the Temporal polyfill. */
const VALIDATION_ONLY = [
  /^zod\//,
  /^temporal-polyfill\//,
  /^temporal-utils\//,
  /^shared\/(fields|labs|medicines)\.ts$/,
]
const isValidationOnly = (module: string) => VALIDATION_ONLY.some((pattern) => pattern.test(module))

function readBuild() {
  ensureRendererBuilt()
  const manifest = JSON.parse(readFileSync(join(RENDERER, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const modules = JSON.parse(readFileSync(join(RENDERER, CHUNK_MODULES_FILE), 'utf8')) as Record<
    string,
    string[]
  >
  return { manifest, modules }
}

/**
 * Output files a window loads: the entry's static imports, then the view's static and lazy ones. The entry
 * is walked first so that a view importing back into it does not pull in every other view's lazy import.
 */
function windowFiles(manifest: Record<string, ManifestChunk>, before: string[], view: string): Set<string> {
  const files = new Set<string>()
  const visit = (key: string, lazy: boolean) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`manifest: expected an entry "${key}", found none`)
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const next of chunk.imports ?? []) visit(next, lazy)
    if (lazy) for (const next of chunk.dynamicImports ?? []) visit(next, lazy)
  }
  for (const key of before) visit(key, false)
  visit(view, true)
  return files
}

/** The validation-only modules inside the given output files, as "file: module". */
function validationIn(files: Iterable<string>, modules: Record<string, string[]>): string[] {
  return [...files].flatMap((file) =>
    (modules[file] ?? []).filter(isValidationOnly).map((module) => `${file}: ${module}`),
  )
}

describe('the History window in the build output', () => {
  it('imports no chunk holding zod, Temporal or the schema modules, statically or lazily', () => {
    const { manifest, modules } = readBuild()
    const history = windowFiles(manifest, ['index.html'], 'views/History.tsx')
    // The chart chunk is among them: the walk follows the lazy imports History makes as it opens.
    expect([...history].flatMap((file) => modules[file] ?? [])).toContain('renderer/charts/uplot-chart.ts')
    expect(validationIn(history, modules)).toEqual([])
  })

  it("leaves the views' shared modules out of what the checklist loads", () => {
    const { manifest, modules } = readBuild()
    // Visited statically first, the entry is not walked again lazily: this is what every window loads.
    const checklist = windowFiles(manifest, ['index.html'], 'index.html')
    const loaded = [...checklist].flatMap((file) => modules[file] ?? [])
    expect(loaded).toContain('renderer/views/Checklist.tsx')
    expect(loaded.filter((module) => /^renderer\/(use-load|strings-history)\.ts$/.test(module))).toEqual([])
  })

  it('still gives the forms their validation: Settings loads zod through the same walk', () => {
    const { manifest, modules } = readBuild()
    const settings = windowFiles(manifest, ['index.html', 'zod-jitless.ts'], 'views/Settings.tsx')
    expect(validationIn(settings, modules).some((hit) => hit.includes(': zod/'))).toBe(true)
  })
})

const skip = browserTierSkip('test/e2e/window-chunks.test.ts (scripts the History window fetches)')

describe.skipIf(skip !== null)(`scripts fetched in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  /** The built chunks the page fetched, by file name under assets/. */
  async function fetchedChunks(route: 'history' | 'settings'): Promise<string[]> {
    const backend = await tier.backend()
    seedYear(backend)
    const w = await tier.open({ backend })
    const urls: string[] = []
    w.page.on('request', (request) => {
      urls.push(new URL(request.url()).pathname)
    })
    await w.open(route)
    await whenReady(w.page, route)
    if (route === 'history') await w.page.locator('canvas').nth(1).waitFor({ state: 'attached' })
    await expectNoProblems(w)
    return urls.filter((path) => path.endsWith('.js')).map((path) => `assets/${basename(path)}`)
  }

  it('the open History window, charts drawn, has fetched no zod or Temporal', async () => {
    const { modules } = readBuild()
    const fetched = await fetchedChunks('history')
    expect(fetched.flatMap((file) => modules[file] ?? [])).toContain('renderer/views/History.tsx')
    expect(validationIn(fetched, modules)).toEqual([])
  })

  it('the Settings window, which validates its form, has fetched zod', async () => {
    const { modules } = readBuild()
    const fetched = await fetchedChunks('settings')
    expect(validationIn(fetched, modules).some((hit) => hit.includes(': zod/'))).toBe(true)
  })
})
