// The process map, enforced by the linter: each folder may import only what its process can load.
// Each probe is written for a moment inside the folder it tests, so Biome's overrides for that folder apply.
import { spawnSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../..')
const biome = resolve(root, 'node_modules/.bin/biome')

/** The lint rules that fired for `source` placed at `file`. */
function lint(file: string, source: string): string[] {
  const probe = file.replace(/probe\.ts$/, `lint-probe-${process.pid}.ts`)
  writeFileSync(resolve(root, probe), source)
  try {
    const run = spawnSync(biome, ['lint', '--config-path=build', probe], { cwd: root, encoding: 'utf8' })
    const out = `${run.stdout}\n${run.stderr}`
    return [...out.matchAll(/lint\/(\w+\/\w+)/g)].map((m) => m[1] ?? '')
  } finally {
    rmSync(resolve(root, probe), { force: true })
  }
}

const cases: { file: string; source: string; refused: boolean }[] = [
  { file: 'renderer/probe.ts', source: "import { ipcRenderer } from 'electron'", refused: true },
  { file: 'renderer/probe.ts', source: "import Store from 'electron-store'", refused: true },
  { file: 'renderer/probe.ts', source: "import notifier from 'node-notifier'", refused: true },
  { file: 'renderer/probe.ts', source: "import fs from 'node:fs'", refused: true },
  {
    file: 'renderer/views/probe.ts',
    source: "import { createStore } from '../../electron/store.ts'",
    refused: true,
  },
  { file: 'renderer/probe.ts', source: "import { planNight } from '../shared/timeline.ts'", refused: false },
  { file: 'electron/probe.ts', source: "import { useState } from 'react'", refused: true },
  { file: 'electron/probe.ts', source: "import { api } from '../renderer/api.ts'", refused: true },
  { file: 'electron/probe.ts', source: "import { app } from 'electron'", refused: false },
  { file: 'shared/probe.ts', source: "import { app } from 'electron'", refused: true },
  { file: 'shared/probe.ts', source: "import path from 'node:path'", refused: true },
]

describe('the process map (Biome)', () => {
  for (const { file, source, refused } of cases) {
    it(`${refused ? 'refuses' : 'allows'} ${source} in ${file}`, () => {
      const rules = lint(file, `${source}\nexport const probe = 1\n`)
      const restricted = rules.filter(
        (r) => r === 'style/noRestrictedImports' || r === 'correctness/noNodejsModules',
      )
      if (refused) expect(restricted.length).toBeGreaterThan(0)
      else expect(restricted).toEqual([])
    })
  }
})
