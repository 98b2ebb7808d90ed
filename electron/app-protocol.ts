// The renderer is served from app://eventide/ (a privileged standard scheme) instead of file://, so the
// page has a real origin for its CSP, file:// needs no extra privileges (the fuse is off), and only files
// inside the built renderer folder can be loaded at all.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { View } from '../shared/ipc.ts'

export const APP_SCHEME = 'app'
export const APP_HOST = 'eventide'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/**
 * For protocol.registerSchemesAsPrivileged, before the app is ready. No bypassCSP, no service workers.
 * codeCache (it needs standard) keeps V8's compiled code for the window's scripts, so a window opened
 * again does not parse its bundle afresh: on a 2-core machine that parse is most of the wait before the
 * checklist's first frame (about 12 ms of the 60; `npm run bench`).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const

export const appPageUrl = (view: View) => `${APP_ORIGIN}/index.html#/${view}`

/**
 * The file an app:// URL names inside the renderer folder, or null for anything else: another host or
 * scheme, an encoded separator or NUL, a path that climbs out of the folder.
 */
export function resolveAppFile(url: string, rendererDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  if (/%2f|%5c|%00/i.test(parsed.pathname)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return null
  const root = resolve(rendererDir)
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`)
  const rel = relative(root, file)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return file
}

/** The parts of Electron's protocol and net modules the handler uses. */
export interface ProtocolLike {
  handle(
    scheme: string,
    handler: (request: { url: string; method: string }) => Promise<Response> | Response,
  ): void
}
export interface NetLike {
  fetch(url: string): Promise<Response>
}

/** Serves GET requests for files in the renderer folder; everything else gets a 404 or 405. */
export function serveAppProtocol(protocol: ProtocolLike, net: NetLike, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 })
    const file = resolveAppFile(request.url, rendererDir)
    if (!file) return new Response('Not found', { status: 404 })
    return net.fetch(pathToFileURL(file).toString())
  })
}
