// Serves the built renderer (out/renderer) on 127.0.0.1, never on another interface. Files only, unless
// the caller adds routes (the preview's bridge) or rewrites index.html (to load that bridge first).
// Shared by `npm run preview`, the e2e harness and the benchmarks.
import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

export const LOOPBACK = '127.0.0.1'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
}

export interface StaticServer {
  /** Base URL ending in a slash, e.g. http://127.0.0.1:41234/ */
  url: string
  /** What the socket is bound to, as the OS reports it. */
  address: AddressInfo
  close(): Promise<void>
}

export interface ServeOptions {
  /** 0 (the default) picks a free port. */
  port?: number
  /** Answers a request itself (true) or leaves it to the file server (false). */
  route?: (request: IncomingMessage, response: ServerResponse) => boolean
  /** Rewrites index.html before it is sent. */
  transformIndex?: (html: string) => string
  /**
   * Lets Chromium keep files and asks it to check them on every load (an ETag, `no-cache`), so its V8 code
   * cache applies as in the app, whose app:// scheme has the codeCache privilege. Off: `no-store`.
   */
  revalidate?: boolean
}

/** Resolves a URL path inside `root`, or null when it would escape it. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  } catch {
    return null
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(root, relative))
  return full === root || full.startsWith(root + sep) ? full : null
}

export async function serveDirectory(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = normalize(root)
  const indexFile = join(base, 'index.html')
  const server: Server = createServer((request, response) => {
    // Chromium asks an http origin for its icon; Electron's file:// windows never do, so this is no app error.
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    if (options.route?.(request, response)) return
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? fileFor(base, request.url ?? '/') : null
    if (!file) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 403 : 405).end()
      return
    }
    let etag = ''
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' })
        etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
        return readFile(file)
      })
      .then(
        (body) => {
          const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
          const sent =
            file === indexFile && options.transformIndex
              ? Buffer.from(options.transformIndex(body.toString('utf8')))
              : body
          if (!options.revalidate) {
            response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
            response.end(request.method === 'HEAD' ? undefined : sent)
            return
          }
          const headers = { 'content-type': type, 'cache-control': 'no-cache', etag }
          if (request.headers['if-none-match'] === etag) response.writeHead(304, headers).end()
          else response.writeHead(200, headers).end(request.method === 'HEAD' ? undefined : sent)
        },
        (error: NodeJS.ErrnoException) => {
          // A missing file is the page's problem (and shows up as a console error); anything else is ours.
          if (error.code !== 'ENOENT') console.error(`renderer server: could not read ${file}`, error)
          response.writeHead(error.code === 'ENOENT' ? 404 : 500).end()
        },
      )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${LOOPBACK}:${address.port}/`,
    address,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
