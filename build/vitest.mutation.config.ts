// The Vitest configuration Stryker runs per mutant: only the `shared` and `electron` projects, because the
// mutated code lives there and the renderer (jsdom) and e2e (Chromium, D-Bus) tiers would make every mutant
// cost minutes. Everything else comes from the one test configuration, so the two cannot drift apart.
// MUTATION_PROJECTS=shared narrows it further (a quick, conservative score for a shared/ file), and
// MUTATION_TESTS (comma-separated globs) runs only those test files: a main-process service measured against
// its own tests in minutes instead of the whole electron suite per mutant. Both give floors, never more.
import type { TestProjectInlineConfiguration, ViteUserConfig } from 'vitest/config'
import base from '../test/vitest.config.ts'

const wanted = new Set((process.env.MUTATION_PROJECTS ?? 'shared,electron').split(','))
const onlyTests = process.env.MUTATION_TESTS?.split(',').filter(Boolean)

/**
 * Left out of mutation runs only. Scanning millions of values instrumented takes minutes per mutant
 * (json-scan.test.ts pins the same bounds at small limits). The scans read the source files as text, and in
 * Stryker's sandbox those are the instrumented copies: they would fail on Stryker's own code and cannot
 * catch a changed behaviour anyway. All of them run in `npm test`.
 */
const NOT_FOR_MUTANTS = [
  'test/shared/backup-volume.test.ts',
  'test/shared/catalogue-scan-main.test.ts',
  'test/shared/catalogue-keys-used.test.ts',
  'test/shared/purity.test.ts',
]

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
  .map((p) => ({
    ...p,
    test: {
      ...p.test,
      testTimeout: 120_000,
      exclude: [...(p.test?.exclude ?? []), ...NOT_FOR_MUTANTS],
      // Each project keeps only the named files under its own folder (the electron ones need its mocks).
      ...(onlyTests ? { include: onlyTests.filter((glob) => glob.startsWith(`test/${p.test?.name}/`)) } : {}),
    },
  }))
  .filter((p) => (p.test?.include?.length ?? 0) > 0)

const config: ViteUserConfig = { ...base, test: { ...base.test, projects } }
export default config
