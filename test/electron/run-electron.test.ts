// `npm start` without the Electron binary: one clear message naming what failed and what still works.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { causeOf, type EnsureDeps, ensureElectron, executableIn } from '../../build/run-electron.ts'

const ELECTRON_DIR = '/project/node_modules/electron'
const DIST_EXE = join(ELECTRON_DIR, 'dist', 'electron')

function deps(overrides: Partial<EnsureDeps> & { files?: string[] } = {}): EnsureDeps & { installs: number } {
  const files = new Set(overrides.files ?? [])
  const result = {
    env: {},
    platform: 'linux' as NodeJS.Platform,
    arch: 'x64',
    electronVersion: '45.4.1',
    electronDir: ELECTRON_DIR,
    exists: (path: string) => files.has(path),
    readText: (path: string) =>
      path === join(ELECTRON_DIR, 'path.txt') && files.has(path) ? 'electron' : null,
    installs: 0,
    install: () => {
      result.installs += 1
      return {
        ok: false,
        output:
          'TypeError: fetch failed\n    at node:internal/deps/undici/undici:13510:13\n    at async get()',
      }
    },
    ...overrides,
  }
  return result
}

describe('build/run-electron.ts', () => {
  it('says the Electron binary download failed, why, what works without it, and how to use a local one', () => {
    const d = deps()
    const result = ensureElectron(d)
    expect(d.installs).toBe(1)
    if (result.ok) throw new Error('expected a failure')
    expect(result.message).toContain('could not get the Electron binary (Electron 45.4.1 for linux-x64)')
    expect(result.message).toContain('cause: TypeError: fetch failed')
    expect(result.message).not.toContain('undici')
    for (const command of ['npm test', 'npm run build', 'npm run bench', 'npm run preview']) {
      expect(result.message).toContain(command)
    }
    expect(result.message).toMatch(/ELECTRON_OVERRIDE_DIST_PATH=\S+ npm start/)
  })

  it('uses a binary that is already installed without downloading', () => {
    const d = deps({ files: [join(ELECTRON_DIR, 'path.txt'), DIST_EXE] })
    expect(ensureElectron(d)).toEqual({ ok: true, executable: DIST_EXE })
    expect(d.installs).toBe(0)
  })

  it('uses the binary that install-electron fetched', () => {
    const files = new Set<string>()
    const d = deps({
      exists: (p) => files.has(p),
      readText: (p) => (files.has(p) ? 'electron' : null),
      install: () => {
        files.add(join(ELECTRON_DIR, 'path.txt'))
        files.add(DIST_EXE)
        return { ok: true, output: '' }
      },
    })
    expect(ensureElectron(d)).toEqual({ ok: true, executable: DIST_EXE })
  })

  it('takes a local Electron from ELECTRON_OVERRIDE_DIST_PATH, and names it when nothing is there', () => {
    const exe = executableIn('/opt/electron', 'linux')
    const found = deps({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, files: [exe] })
    expect(ensureElectron(found)).toEqual({ ok: true, executable: exe })
    expect(found.installs).toBe(0)
    const wrong = ensureElectron(deps({ env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/nothing' } }))
    expect(wrong.ok ? '' : wrong.message).toContain(
      'cause: ELECTRON_OVERRIDE_DIST_PATH is set to /opt/nothing, but /opt/nothing/electron does not exist',
    )
    expect(executableIn('/x', 'darwin')).toBe('/x/Electron.app/Contents/MacOS/Electron')
    expect(executableIn('/x', 'win32')).toBe(join('/x', 'electron.exe'))
  })

  it('does not try the network when ELECTRON_SKIP_BINARY_DOWNLOAD=1 and says so', () => {
    const d = deps({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } })
    const result = ensureElectron(d)
    expect(d.installs).toBe(0)
    expect(result.ok ? '' : result.message).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD=1')
  })

  it('keeps the first meaningful line of the installer output as the cause', () => {
    expect(causeOf('\n\nError: getaddrinfo ENOTFOUND github.com\n    at GetAddrInfoReqWrap')).toBe(
      'Error: getaddrinfo ENOTFOUND github.com',
    )
    expect(causeOf('')).toMatch(/printed nothing/)
  })
})
