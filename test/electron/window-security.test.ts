// Electron's security checklist as it applies to Eventide's windows, asserted item by item.
import { describe, expect, it, vi } from 'vitest'
import {
  createAppUrlCheck,
  type HardenableContents,
  hardenWebContents,
  secureWebPreferences,
} from '../../electron/window-security.ts'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs') as unknown as Record<string, unknown>

  it('isolates the context, sandboxes the renderer and keeps Node out', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    })
  })

  it('leaves webSecurity at its default (true) and allows no insecure content', () => {
    expect(prefs).not.toHaveProperty('webSecurity')
    expect(prefs.allowRunningInsecureContent).toBe(false)
  })

  it('enables no experimental features, no webview tag and no spellcheck', () => {
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.spellcheck).toBe(false)
  })
})

describe('createAppUrlCheck', () => {
  const isApp = createAppUrlCheck({ rendererDir: '/opt/eventide/out/renderer' })

  it('accepts our renderer page from app://eventide with or without a route', () => {
    expect(isApp('app://eventide/index.html')).toBe(true)
    expect(isApp('app://eventide/index.html#/settings')).toBe(true)
    expect(isApp('app://eventide/assets/index-3f9a.js')).toBe(true)
  })

  it('refuses anything else', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      // The page is served from app:// now; file:// is never ours, even inside the renderer folder.
      'file:///opt/eventide/out/renderer/index.html',
      'app://other/index.html',
      'app://eventide/..%2fmain%2findex.js',
      'app://eventide/assets%5c..%5c..%5cmain.js',
      'file:///opt/eventide/out/renderer',
      'file:///opt/eventide/out/renderer/../main/index.js',
      'file:///opt/eventide/out/renderer-evil/index.html',
      'file:///etc/passwd',
      'file://remote-host/opt/eventide/out/renderer/index.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isApp(url), url).toBe(false)
    }
  })

  it('accepts the dev server origin only when one is given', () => {
    const dev = createAppUrlCheck({ rendererDir: '/r', devServerUrl: 'http://localhost:5173' })
    expect(dev('http://localhost:5173/#/checklist')).toBe(true)
    expect(dev('http://localhost:5174/')).toBe(false)
    expect(dev('https://localhost:5173/')).toBe(false)
  })
})

function fakeContents() {
  const listeners = new Map<string, ((event: { preventDefault(): void; url: string }) => void)[]>()
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null
  let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null
  let checkHandler: ((c: unknown, p: string) => boolean) | null = null
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void; url: string }) => void) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener])
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
    session: {
      setPermissionRequestHandler: (handler: typeof requestHandler) => {
        requestHandler = handler
      },
      setPermissionCheckHandler: (handler: typeof checkHandler) => {
        checkHandler = handler
      },
    },
  }
  const emit = (name: string, url = '') => {
    const event = { url, preventDefault: vi.fn() }
    for (const listener of listeners.get(name) ?? []) listener(event)
    return event
  }
  return {
    contents: contents as unknown as HardenableContents,
    emit,
    open: (url: string) => openHandler?.({ url }),
    request: (permission: string) => {
      const cb = vi.fn()
      requestHandler?.(null, permission, cb)
      return cb
    },
    check: (permission: string) => checkHandler?.(null, permission),
  }
}

describe('hardenWebContents', () => {
  const isAllowed = (url: string) => url.startsWith('file:///app/out/renderer/')

  it('prevents navigation and redirects away from our page, allows our own', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, isAllowed)
    expect(fake.emit('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(fake.emit('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled()
    expect(fake.emit('will-navigate', 'file:///etc/passwd').preventDefault).toHaveBeenCalled()
    expect(
      fake.emit('will-navigate', 'file:///app/out/renderer/index.html').preventDefault,
    ).not.toHaveBeenCalled()
  })

  it('denies window.open for every URL, ours included', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, isAllowed)
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' })
    expect(fake.open('file:///app/out/renderer/index.html')).toEqual({ action: 'deny' })
  })

  it('blocks <webview> attachment', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents, isAllowed)
    expect(fake.emit('will-attach-webview').preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const fake = fakeContents()
    const log = vi.fn()
    hardenWebContents(fake.contents, isAllowed, log)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = fake.request(permission)
      expect(cb).toHaveBeenCalledWith(false)
      expect(fake.check(permission)).toBe(false)
    }
    expect(log).toHaveBeenCalledWith(expect.stringContaining('media'))
  })
})
