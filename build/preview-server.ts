// `npm run preview` without Electron: the built renderer on 127.0.0.1, its window.eventide bridged over HTTP
// to the real main-side services (createServices: store, scheduler, notifier, evening, the IPC handler
// table) on a data folder of your choice, with a clock you can set. The services import 'electron' (the
// notifier), so under plain Node load build/electron-stub.ts first (build/preview.ts does).
import { mkdir, readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import { invokeHandler } from '../electron/ipc.ts'
import type { Logger } from '../electron/services.ts'
import { createServices, type Services } from '../electron/services-factory.ts'
import { type AppInfo, METHODS, type View } from '../shared/ipc.ts'
import { BRIDGE_PATHS, bridgeScript } from './page-bridge.ts'
import { type PreviewClock, previewClock } from './preview-clock.ts'
import { LOOPBACK, serveDirectory } from './renderer-server.ts'

const ROOT = resolve(import.meta.dirname, '..')
/** Imports carry a whole backup; ten years of nights and check-ins stay well under this. */
const MAX_BODY_BYTES = 32 * 1024 * 1024

export interface PreviewOptions {
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Where the real store keeps its files. */
  dataDir: string
  port?: number
  timeZone?: string
  /** Wall-clock time (HH:MM) and night (YYYY-MM-DD) the clock starts from; the machine's time otherwise. */
  at?: string
  date?: string
  /** Starts the scheduler, so due steps are notified through the real notifier (default true). */
  scheduler?: boolean
  logger?: Logger
  /** Renders a view to PDF for "Save as PDF"; without one that button says the preview cannot print. */
  printViewToPdf?: (url: string) => Promise<Uint8Array>
}

export interface Preview {
  url: string
  address: AddressInfo
  clock: PreviewClock
  services: Services
  dataDir: string
  /** Files the data section saved (exports, the summary PDF), in order. */
  savedPaths: string[]
  close(): Promise<void>
}

const consoleLogger: Logger = {
  info: (...args) => console.info('[main]', ...args),
  warn: (...args) => console.warn('[main]', ...args),
  error: (...args) => console.error('[main]', ...args),
}

/** Loads the bridge before the renderer's own module script (a classic script runs before deferred modules). */
export function withBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATHS.script}"></script>`
  if (!html.includes('</head>'))
    throw new Error('preview: out/renderer/index.html has no </head> to load the bridge in')
  return html.replace('</head>', `    ${tag}\n  </head>`)
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body: expected at most ${MAX_BODY_BYTES} bytes`))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify(value))
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const logger = options.logger ?? consoleLogger
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const clock = previewClock({ timeZone })
  // Set before anything reads the clock, so the scheduler's first look happens at the chosen time.
  if (options.at !== undefined) clock.setWallTime(options.at, options.date)
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 })
  const savedPaths: string[] = []
  const streams = new Set<ServerResponse>()
  let baseUrl = ''

  const sendEvent = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
    for (const stream of streams) stream.write(frame)
  }
  let services: Services | null = null
  const pushState = () => {
    if (services) sendEvent('state', services.evening.snapshot())
  }

  services = createServices({
    dataDir: options.dataDir,
    platform: process.platform,
    iconPath: join(ROOT, 'build', 'notification.png'),
    clock,
    logger,
    appInfo: (): AppInfo => ({
      name: 'Eventide (preview)',
      version: pkg.version,
      logPath: '(the preview logs to its terminal)',
      dataPath: options.dataDir,
      platform: process.platform,
    }),
    openWindow: (view: View) => sendEvent('open-view', view),
    setLaunchAtLogin: (enabled) =>
      logger.info(`preview: launch at login ${enabled ? 'on' : 'off'} is stored, not applied to this system`),
    // No save dialog in a browser: every save lands in the data folder under its suggested name.
    chooseSavePath: async (defaultName) => {
      await mkdir(join(options.dataDir, 'saved'), { recursive: true })
      const target = join(options.dataDir, 'saved', defaultName)
      savedPaths.push(target)
      logger.info(`preview: saving to ${target}`)
      return target
    },
    printViewToPdf: async (view) => {
      if (!options.printViewToPdf) {
        throw new Error(
          'The preview cannot print to PDF here; open the summary view and use the browser’s Print',
        )
      }
      return options.printViewToPdf(`${baseUrl}index.html#/${view}`)
    },
    onStateChange: pushState,
  })
  const { handlers, scheduler } = services

  // Only pages this server sent may call it: the Host header guards against DNS rebinding, and requiring
  // JSON (plus a matching Origin) makes a cross-site form or fetch fail its CORS preflight.
  let allowedHosts: string[] = []
  const trusted = (request: IncomingMessage): boolean => {
    if (!allowedHosts.includes(request.headers.host ?? '')) return false
    const origin = request.headers.origin
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return false
    if (request.method === 'POST')
      return (request.headers['content-type'] ?? '').startsWith('application/json')
    return true
  }

  const route = (request: IncomingMessage, response: ServerResponse): boolean => {
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    if (!path.startsWith('/__eventide/')) return false
    if (!trusted(request)) {
      response
        .writeHead(403, { 'content-type': 'text/plain' })
        .end('preview: refused a request from another origin')
      return true
    }
    if (path === BRIDGE_PATHS.script && request.method === 'GET') {
      response.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-store',
      })
      response.end(bridgeScript(METHODS))
      return true
    }
    if (path === BRIDGE_PATHS.events && request.method === 'GET') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      })
      response.write(': connected\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
      return true
    }
    if (path.startsWith(BRIDGE_PATHS.invoke) && request.method === 'POST') {
      const method = decodeURIComponent(path.slice(BRIDGE_PATHS.invoke.length))
      readBody(request)
        .then((text) => {
          const body = JSON.parse(text) as { payload?: unknown }
          // The same wrapper ipcMain.handle runs: payload validation, then the handler; never throws.
          return invokeHandler(handlers, method, 'payload' in body ? body.payload : undefined, logger)
        })
        .then(
          (envelope) => sendJson(response, 200, envelope),
          (error: unknown) => sendJson(response, 400, { ok: false, error: String(error), problems: [] }),
        )
      return true
    }
    if (path === BRIDGE_PATHS.clock && request.method === 'POST') {
      readBody(request)
        .then((text) => {
          const { at, date } = JSON.parse(text) as { at?: unknown; date?: unknown }
          clock.setWallTime(String(at), date === undefined || date === null ? undefined : String(date))
          logger.info(`preview: clock set to ${new Date(clock.now()).toISOString()} (${timeZone})`)
          scheduler.replan('clock set')
          pushState()
          response.writeHead(204).end()
        })
        .catch((error: unknown) => {
          response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
          response.end(error instanceof Error ? error.message : String(error))
        })
      return true
    }
    response.writeHead(404).end()
    return true
  }

  const server = await serveDirectory(options.rendererDir, {
    port: options.port ?? 0,
    route,
    transformIndex: withBridge,
  })
  const port = server.address.port
  allowedHosts = [`${LOOPBACK}:${port}`, `localhost:${port}`]
  baseUrl = server.url
  if (options.scheduler !== false) scheduler.start()

  return {
    url: server.url,
    address: server.address,
    clock,
    services,
    dataDir: options.dataDir,
    savedPaths,
    close: async () => {
      services?.dispose()
      for (const stream of streams) stream.end()
      streams.clear()
      await server.close()
    },
  }
}
