// `npm run smoke` where the Electron binary is absent (always, on our build machines): one line, and the
// exit code depends on CI. The smoke itself needs the real binary and is run by hand before a release.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
// An empty folder as "the local Electron": absent for certain, even on a machine that has one.
const empty = mkdtempSync(join(tmpdir(), 'eventide-no-electron-'))
afterAll(() => rmSync(empty, { recursive: true, force: true }))

function smoke(ci: boolean) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    ELECTRON_OVERRIDE_DIST_PATH: empty,
    CI: ci ? 'true' : '',
  }
  delete env.ELECTRON_EXEC_PATH
  return spawnSync(process.execPath, ['build/smoke.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('npm run smoke without the Electron binary', () => {
  it('says so in one line and exits 0 outside CI, 1 under CI', () => {
    const local = smoke(false)
    expect(local.stdout.trim().split('\n')).toEqual([
      'smoke: skipped, no Electron binary here (npm start fetches it once; or set ELECTRON_OVERRIDE_DIST_PATH)',
    ])
    expect(local.status).toBe(0)
    expect(smoke(true).status).toBe(1)
  })

  it('is the npm script the README names, and is not part of npm test', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts
    expect(scripts.smoke).toBe('npm run build && node build/smoke.ts')
    expect(scripts.test).not.toContain('smoke')
  })
})
