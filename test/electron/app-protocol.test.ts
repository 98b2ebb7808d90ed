// The app:// scheme the renderer is served from: only files inside the built renderer folder, GET only.
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import {
  APP_SCHEME_PRIVILEGES,
  appPageUrl,
  resolveAppFile,
  serveAppProtocol,
} from '../../electron/app-protocol.ts'

const root = path.resolve('/opt/eventide/out/renderer')

describe('resolveAppFile', () => {
  it('maps our pages and assets to files inside the renderer folder', () => {
    expect(resolveAppFile(appPageUrl('checklist'), root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://eventide/', root)).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile('app://eventide/assets/index-3f9a.js?v=1', root)).toBe(
      path.join(root, 'assets', 'index-3f9a.js'),
    )
  })

  it('refuses other hosts and schemes, and every way out of the folder', () => {
    for (const url of [
      'app://other/index.html',
      'file:///opt/eventide/out/renderer/index.html',
      'https://eventide/index.html',
      'app://eventide/assets/..%2f..%2fmain%2findex.js',
      'app://eventide/assets%5c..%5c..%5cmain.js',
      'app://eventide/index.html%00.png',
      'app://eventide/%E0%A4%A',
      'not a url',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull()
    }
  })

  it('keeps dot segments inside the folder: the URL parser removes them before any path is built', () => {
    for (const url of ['app://eventide/../main/index.js', 'app://eventide/%2e%2e/%2e%2e/etc/passwd']) {
      expect(resolveAppFile(url, root)?.startsWith(root + path.sep), url).toBe(true)
    }
  })

  it('asks for a standard, secure scheme that does not bypass the CSP, with V8 code caching', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    })
  })
})

describe('serveAppProtocol', () => {
  function serve() {
    let handler: ((request: { url: string; method: string }) => Promise<Response> | Response) | null = null
    const net = { fetch: vi.fn(async (url: string) => new Response(`file at ${url}`)) }
    const protocol = {
      handle: (_scheme: string, h: NonNullable<typeof handler>) => {
        handler = h
      },
    }
    serveAppProtocol(protocol, net, root)
    const request = async (url: string, method = 'GET') => {
      if (!handler) throw new Error('no handler registered')
      return handler({ url, method })
    }
    return { net, request }
  }

  it('serves a file of the renderer folder through a file URL', async () => {
    const { net, request } = serve()
    const response = await request('app://eventide/index.html#/settings')
    expect(response.status).toBe(200)
    expect(net.fetch).toHaveBeenCalledWith(expect.stringMatching(/^file:\/\/.*\/renderer\/index\.html$/))
  })

  it('answers 404 outside the folder and 405 to anything but GET, without touching the disk', async () => {
    const { net, request } = serve()
    expect((await request('app://eventide/..%2f..%2fetc%2fpasswd')).status).toBe(404)
    expect((await request('app://eventide/index.html', 'POST')).status).toBe(405)
    expect(net.fetch).not.toHaveBeenCalled()
  })
})
