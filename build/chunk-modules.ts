// Renderer build only: writes .vite/chunk-modules.json, the source modules each output chunk holds (paths
// relative to the repository, packages by name), next to Vite's manifest. The manifest says which chunks a
// window loads; this says what is inside them, so a test can check that a window loads no zod or Temporal.
import { relative, resolve } from 'node:path'
import type { Plugin } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')
export const CHUNK_MODULES_FILE = '.vite/chunk-modules.json'

/** A module id as a stable name: "node_modules/zod/…" → "zod/…", a source file relative to the repo. */
export function moduleName(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const nodeModules = clean.lastIndexOf('node_modules/')
  if (nodeModules >= 0) return clean.slice(nodeModules + 'node_modules/'.length)
  return clean.startsWith('/') ? relative(ROOT, clean) : clean
}

export function chunkModules(): Plugin {
  return {
    name: 'eventide-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      const map: Record<string, string[]> = {}
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') map[output.fileName] = Object.keys(output.modules).map(moduleName).sort()
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_MODULES_FILE, source: `${JSON.stringify(map, null, 1)}\n` })
    },
  }
}
