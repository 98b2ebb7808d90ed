// Renderer bytes shipped to each window, raw and gzip.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './run.ts'

export async function benchBundle(): Promise<Figure[]> {
  const dir = resolve(import.meta.dirname, '../../out/renderer/assets')
  const files = readdirSync(dir)
  const sum = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce(
        (acc, f) => {
          const bytes = readFileSync(join(dir, f))
          return { raw: acc.raw + bytes.length, gz: acc.gz + gzipSync(bytes, { level: 9 }).length }
        },
        { raw: 0, gz: 0 },
      )
  const js = sum('.js')
  const css = sum('.css')
  // One page serves every window (hash-routed), so each window loads the same bytes.
  return [
    { group: 'renderer', name: 'JS per window (gzip)', value: js.gz, unit: 'bytes', note: `${js.raw} raw` },
    {
      group: 'renderer',
      name: 'CSS per window (gzip)',
      value: css.gz,
      unit: 'bytes',
      note: `${css.raw} raw`,
    },
  ]
}
