// `npm start` / `npm run dev`: makes sure an Electron binary is there, then runs electron-vite with it.
// Electron 45 fetches its binary on first use; without network that fetch fails with one bare line
// ("TypeError: fetch failed"), so this wrapper says what was being fetched and what still works without it.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const ROOT = resolve(import.meta.dirname, '..')

/** The executable inside an Electron distribution folder, as electron's own install.js names it. */
export function executableIn(distDir: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return join(distDir, 'Electron.app', 'Contents', 'MacOS', 'Electron')
  return join(distDir, platform === 'win32' ? 'electron.exe' : 'electron')
}

export interface InstallResult {
  ok: boolean
  /** What the installer wrote to stderr, for the cause line. */
  output: string
}

export interface EnsureDeps {
  env: NodeJS.ProcessEnv
  platform: NodeJS.Platform
  arch: string
  electronVersion: string
  /** Folder of the electron npm package (its dist/ and path.txt). */
  electronDir: string
  exists: (path: string) => boolean
  readText: (path: string) => string | null
  /** Runs electron's install-electron (downloads the binary unless already there). */
  install: () => InstallResult
}

export type EnsureResult = { ok: true; executable: string } | { ok: false; message: string }

/** The first line of the installer's output that says what went wrong, without the stack. */
export function causeOf(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at '))
  return lines[0] ?? 'the installer exited with an error and printed nothing'
}

export function missingBinaryMessage(deps: EnsureDeps, cause: string): string {
  const target = `Electron ${deps.electronVersion} for ${deps.platform}-${deps.arch}`
  const example = deps.platform === 'win32' ? 'C:\\electron-v45' : `$HOME/electron-v${deps.electronVersion}`
  return [
    `Eventide: could not get the Electron binary (${target}).`,
    `  cause: ${cause}`,
    '',
    'Electron 45 downloads its binary from GitHub the first time the app is launched, not at npm install.',
    'Everything except launching the real app works without it:',
    '  npm test          typecheck, lint, build and every test tier',
    '  npm run build     main, preload and renderer into out/',
    '  npm run bench     the benchmarks',
    '  npm run preview   every window in your browser on 127.0.0.1, wired to the real services',
    '',
    `To use an Electron ${deps.electronVersion.split('.')[0]} you already have, point at the folder that holds it:`,
    `  ELECTRON_OVERRIDE_DIST_PATH=${example} npm start`,
    '(or set ELECTRON_EXEC_PATH to the executable itself). Or retry `npm start` with network access.',
  ].join('\n')
}

/**
 * Finds the Electron executable, downloading it if needed. Order: ELECTRON_EXEC_PATH (electron-vite's
 * own variable), ELECTRON_OVERRIDE_DIST_PATH (electron's), the package's dist/, then install-electron.
 */
export function ensureElectron(deps: EnsureDeps): EnsureResult {
  const fail = (cause: string): EnsureResult => ({ ok: false, message: missingBinaryMessage(deps, cause) })
  const execPath = deps.env.ELECTRON_EXEC_PATH
  if (execPath) {
    return deps.exists(execPath)
      ? { ok: true, executable: execPath }
      : fail(`ELECTRON_EXEC_PATH is set to ${execPath}, but no file is there`)
  }
  const override = deps.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const executable = executableIn(override, deps.platform)
    return deps.exists(executable)
      ? { ok: true, executable }
      : fail(`ELECTRON_OVERRIDE_DIST_PATH is set to ${override}, but ${executable} does not exist`)
  }
  const installed = (): string | null => {
    const relative = deps.readText(join(deps.electronDir, 'path.txt'))?.trim()
    const executable = relative ? join(deps.electronDir, 'dist', relative) : null
    return executable && deps.exists(executable) ? executable : null
  }
  const present = installed()
  if (present) return { ok: true, executable: present }
  if (deps.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1') {
    return fail(
      'the download is turned off here (ELECTRON_SKIP_BINARY_DOWNLOAD=1) and no binary is installed',
    )
  }
  const result = deps.install()
  const after = result.ok ? installed() : null
  if (after) return { ok: true, executable: after }
  return fail(result.ok ? 'install-electron finished but left no executable behind' : causeOf(result.output))
}

/** The machine's own answers; `install` really downloads, so callers that must not fetch replace it. */
export function realDeps(): EnsureDeps {
  const electronDir = dirname(require.resolve('electron/package.json'))
  return {
    env: process.env,
    platform: process.platform,
    arch: process.arch,
    electronVersion: JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version,
    electronDir,
    exists: existsSync,
    readText: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null),
    install: () => {
      console.info('Eventide: fetching the Electron binary (first launch only)…')
      const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
        stdio: ['ignore', 'inherit', 'pipe'],
        encoding: 'utf8',
      })
      if (run.error) return { ok: false, output: run.error.message }
      return { ok: run.status === 0, output: run.stderr ?? '' }
    },
  }
}

const MODES: Record<string, string[]> = {
  preview: ['preview'],
  dev: ['dev', '--watch'],
}

async function main(): Promise<void> {
  const mode = process.argv[2] ?? ''
  const command = MODES[mode]
  if (!command) {
    console.error(`usage: node build/run-electron.ts <${Object.keys(MODES).join('|')}>, got "${mode}"`)
    process.exit(2)
  }
  const found = ensureElectron(realDeps())
  if (!found.ok) {
    console.error(found.message)
    process.exit(1)
  }
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  const child = spawn(
    process.execPath,
    [cli, ...command, '--config', 'build/electron.vite.config.ts', ...process.argv.slice(3)],
    { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: found.executable } },
  )
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main()
