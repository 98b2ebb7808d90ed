// `npm run preview [-- --at 21:55 --date 2026-11-24 --data DIR --port N --open]`: every window of the
// built app in a browser on 127.0.0.1, wired to the real main-side services. No Electron binary needed.
import './electron-stub.ts'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = resolve(import.meta.dirname, '..')
const RENDERER = join(ROOT, 'out', 'renderer')
const CHROMIUM = process.env.EVENTIDE_CHROMIUM ?? '/usr/bin/chromium'
const VIEWS = ['checklist', 'settings', 'first-run', 'history', 'check-in', 'health', 'summary']

const { values } = parseArgs({
  options: {
    at: { type: 'string' },
    date: { type: 'string' },
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
    'time-zone': { type: 'string' },
    'no-scheduler': { type: 'boolean', default: false },
    open: { type: 'boolean', default: false },
  },
})

if (!existsSync(join(RENDERER, 'index.html'))) {
  console.error(
    'preview: out/renderer/index.html is missing; run `npm run build` first (npm run preview does)',
  )
  process.exit(1)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`preview: --port: expected a port number 0–65535, got ${JSON.stringify(values.port)}`)
  process.exit(2)
}

if (values.date !== undefined && values.at === undefined) {
  console.error('preview: --date: expected --at as well (the time on that night, e.g. --at 21:55)')
  process.exit(2)
}

const temporary = values.data === undefined
const dataDir = values.data ? resolve(values.data) : await mkdtemp(join(tmpdir(), 'eventide-preview-'))
// Loaded after the stub above is registered: the notifier imports 'electron'.
const { startPreview } = await import('./preview-server.ts')
const { printWithChromium } = await import('./preview-print.ts')
let preview: Awaited<ReturnType<typeof startPreview>>
try {
  preview = await startPreview({
    rendererDir: RENDERER,
    dataDir,
    port,
    scheduler: !values['no-scheduler'],
    ...(values.at ? { at: values.at } : {}),
    ...(values.date ? { date: values.date } : {}),
    ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
    ...(existsSync(CHROMIUM) ? { printViewToPdf: (url: string) => printWithChromium(CHROMIUM, url) } : {}),
  })
} catch (error) {
  console.error(`preview: ${error instanceof Error ? error.message : String(error)}`)
  if (temporary) await rm(dataDir, { recursive: true, force: true })
  process.exit(2)
}

const clockQuery = values.at ? `?at=${values.at}${values.date ? `&date=${values.date}` : ''}` : ''
const start = `${preview.url}${clockQuery}#/checklist`
console.info(
  [
    '',
    `Eventide preview: ${start}`,
    '',
    `  serving out/renderer on ${preview.address.address}:${preview.address.port} (this computer only)`,
    `  data folder: ${dataDir}${temporary ? ' (temporary, removed when you stop the preview)' : ''}`,
    `  clock: ${new Date(preview.clock.now()).toString()}; set it with ?at=21:55 (and &date=YYYY-MM-DD)`,
    '  views:',
    ...VIEWS.map((view) => `    ${preview.url}${clockQuery}#/${view}`),
    '',
    'Press Ctrl+C to stop.',
  ].join('\n'),
)

if (values.open) {
  if (existsSync(CHROMIUM)) {
    spawn(CHROMIUM, [`--app=${start}`], { stdio: 'ignore', detached: true }).unref()
  } else {
    console.warn(`preview: --open: no Chromium at ${CHROMIUM} (set EVENTIDE_CHROMIUM); open the URL yourself`)
  }
}

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  await preview.close()
  if (temporary) await rm(dataDir, { recursive: true, force: true })
  console.info('preview: stopped')
  process.exit(0)
}
process.on('SIGINT', () => void stop())
process.on('SIGTERM', () => void stop())
