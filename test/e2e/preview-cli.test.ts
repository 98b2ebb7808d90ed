// The README's `npm run preview` path on the built app: start the command, fetch a view, call main, stop.
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ensureRendererBuilt } from './harness/suite.ts'

// The harness's suite module reaches electron-store, which imports 'electron'.

const ROOT = resolve(import.meta.dirname, '../..')
let child: ChildProcess | undefined
let dataDir: string | undefined

beforeAll(() => ensureRendererBuilt())
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** Starts build/preview.ts as `npm run preview` does after its build, and waits for the URL it prints. */
function startCli(args: string[]): Promise<{ url: string; output: () => string }> {
  let output = ''
  child = spawn(process.execPath, ['build/preview.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolvePromise, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /Eventide preview: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)
      if (match?.[1]) resolvePromise({ url: match[1], output: () => output })
    }
    child?.stdout?.on('data', onData)
    child?.stderr?.on('data', onData)
    child?.on('exit', (code) =>
      reject(new Error(`preview exited with ${code} before printing its URL:\n${output}`)),
    )
  })
}

describe('npm run preview (build/preview.ts)', () => {
  it('has the npm scripts the README names', () => {
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts
    expect(scripts.preview).toBe('npm run build && node build/preview.ts')
    expect(scripts.dev).toBe('node build/run-electron.ts dev')
  })

  it('prints its 127.0.0.1 URL, serves a view wired to main, and stops cleanly on Ctrl+C', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'eventide-preview-cli-'))
    const { url, output } = await startCli([
      '--data',
      dataDir,
      '--at',
      '21:55',
      '--date',
      '2026-11-24',
      '--no-scheduler',
    ])
    expect(output()).toContain(`${url}?at=21:55&date=2026-11-24#/history`)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('/__eventide/bridge.js')
    const state = await fetch(`${url}__eventide/invoke/getState`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).then((r) => r.json())
    expect(state).toMatchObject({ ok: true, value: { night: '2026-11-24' } })
    expect(state.value.now).toMatch(/T21:55:/)
    // A change goes to the real store, in the data folder the person chose.
    const paused = await fetch(`${url}__eventide/invoke/setPaused`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload: { paused: true } }),
    }).then((r) => r.json())
    expect(paused).toMatchObject({ ok: true, value: { paused: true } })
    expect(existsSync(join(dataDir, 'nights-2026.json'))).toBe(true)

    const exited = new Promise<number | null>((r) => child?.on('exit', (code) => r(code)))
    child?.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(output()).toContain('preview: stopped')
    // A folder the person chose is theirs: stopping keeps it.
    expect(existsSync(dataDir)).toBe(true)
    await expect(fetch(url)).rejects.toThrow()
  })

  it('names the bad option and exits non-zero', async () => {
    await expect(startCli(['--at', '9pm'])).rejects.toThrow(/at: expected HH:MM/)
    expect(child?.exitCode).toBe(2)
  })
})
