// Serves the built renderer (out/renderer) on 127.0.0.1 with an ephemeral port: files only, nothing else.
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

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
  close(): Promise<void>
}

/** Resolves a URL path inside `root`, or null when it would escape it. */
function fileFor(root: string, urlPath: string): string | null {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const full = normalize(join(root, relative))
  return full === root || full.startsWith(root + sep) ? full : null
}

export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = normalize(root)
  const server: Server = createServer((request, response) => {
    // Chromium asks an http origin for its icon; Electron's file:// windows never do, so this is no app error.
    if (request.url === '/favicon.ico') {
      response.writeHead(204).end()
      return
    }
    const file =
      request.method === 'GET' || request.method === 'HEAD' ? fileFor(base, request.url ?? '/') : null
    if (!file) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 403 : 405).end()
      return
    }
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'ENOENT' })
        return readFile(file)
      })
      .then(
        (body) => {
          const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
          response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
          response.end(request.method === 'HEAD' ? undefined : body)
        },
        (error: NodeJS.ErrnoException) => {
          // A missing file is the page's problem (and shows up as a console error); anything else is ours.
          if (error.code !== 'ENOENT') console.error(`e2e server: could not read ${file}`, error)
          response.writeHead(error.code === 'ENOENT' ? 404 : 500).end()
        },
      )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
