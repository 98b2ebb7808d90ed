// Renderer bytes each window loads (gzip), from Vite's build manifest: the entry chunk and its imports, plus
// the view's lazy chunk and what that pulls in (charts included, since they draw as soon as the view opens).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './run.ts'

interface Chunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

const VIEWS: [window: string, chunk: string | null][] = [
  ['checklist', null],
  ['settings', 'views/Settings.tsx'],
  ['first run', 'views/FirstRun.tsx'],
  ['check-in', 'views/CheckIn.tsx'],
  ['history', 'views/History.tsx'],
  ['health', 'views/Health.tsx'],
  ['summary', 'views/Summary.tsx'],
]

/** Views renderer/view-loader.ts loads without zod's switch: they build no schemas. */
const NO_SCHEMA_VIEWS = new Set(['views/History.tsx'])

export async function benchBundle(): Promise<Figure[]> {
  const out = resolve(import.meta.dirname, '../../out/renderer')
  const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>
  const gz = new Map<string, number>()
  const gzipOf = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(out, file)), { level: 9 }).length)
    return gz.get(file) ?? 0
  }
  // Static imports always load; a view's dynamic imports load once it draws (the charts).
  const collect = (key: string, files: Set<string>, followDynamic: boolean) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const next of chunk.imports ?? []) collect(next, files, followDynamic)
    if (followDynamic) for (const next of chunk.dynamicImports ?? []) collect(next, files, true)
  }
  return VIEWS.map(([window, view]) => {
    const files = new Set<string>()
    collect('index.html', files, false)
    // Each lazy view that builds schemas first loads zod's jitless switch (renderer/view-loader.ts).
    if (view) {
      if (!NO_SCHEMA_VIEWS.has(view)) collect('zod-jitless.ts', files, false)
      collect(view, files, true)
      // And the English text only the lazy views read (shared/i18n/view-keys.ts), fetched with them.
      const viewText = Object.keys(manifest).find((key) => key.endsWith('eventide-catalogue/en-views'))
      if (viewText) collect(viewText, files, false)
    }
    const js = [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipOf(f), 0)
    const css = [...files].filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gzipOf(f), 0)
    return {
      group: 'renderer',
      name: `${window}: JS + CSS (gzip)`,
      value: js + css,
      unit: 'bytes',
      note: `JS ${js}, CSS ${css}`,
    }
  })
}
