// The Vitest configuration Stryker runs per mutant: only the `shared` and `electron` projects, because the
// mutated code lives there and the renderer (jsdom) and e2e (Chromium, D-Bus) tiers would make every mutant
// cost minutes. Everything else comes from the one test configuration, so the two cannot drift apart.
// MUTATION_PROJECTS=shared narrows it further (a quick, conservative score for a shared/ file).
import type { TestProjectInlineConfiguration, ViteUserConfig } from 'vitest/config'
import base from '../test/vitest.config.ts'

const wanted = new Set((process.env.MUTATION_PROJECTS ?? 'shared,electron').split(','))

const projects = (base.test?.projects ?? [])
  .filter(
    (p): p is TestProjectInlineConfiguration =>
      typeof p === 'object' && 'test' in p && wanted.has(p.test?.name as string),
  )
  // shared/ is pure and its tests use no mocks, so its test files may share one worker and its module
  // cache: a fresh process per file per mutant would cost most of a mutation run. The electron tests
  // mock modules per file and keep their isolation.
  .map((p) => (p.test?.name === 'shared' ? { ...p, test: { ...p.test, isolate: false } } : p))
  // Instrumented code on a shared machine runs several times slower; a slow test is not a failed one.
  // Scanning millions of values instrumented takes minutes per mutant: json-scan.test.ts pins the same
  // bounds at small limits, so the real-limit file runs in `npm test` only.
  .map((p) => ({
    ...p,
    test: { ...p.test, testTimeout: 120_000, exclude: [...(p.test?.exclude ?? []), 'test/shared/backup-volume.test.ts'] },
  }))

const config: ViteUserConfig = { ...base, test: { ...base.test, projects } }
export default config
