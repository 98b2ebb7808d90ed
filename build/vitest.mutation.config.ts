// The Vitest configuration Stryker runs per mutant: only the `shared` and `electron` projects, because the
// mutated code lives there and the renderer (jsdom) and e2e (Chromium, D-Bus) tiers would make every mutant
// cost minutes. Everything else comes from the one test configuration, so the two cannot drift apart.
import type { TestProjectInlineConfiguration, ViteUserConfig } from 'vitest/config'
import base from '../test/vitest.config.ts'

const MUTATION_PROJECTS = new Set(['shared', 'electron'])

const projects = (base.test?.projects ?? []).filter(
  (p): p is TestProjectInlineConfiguration =>
    typeof p === 'object' && 'test' in p && MUTATION_PROJECTS.has(p.test?.name as string),
)

const config: ViteUserConfig = { ...base, test: { ...base.test, projects } }
export default config
