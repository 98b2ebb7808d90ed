// Electron's security checklist in one place: webPreferences, navigation, new windows and permissions.
import { resolveAppFile } from './app-protocol.ts'

export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webviewTag: false
  experimentalFeatures: false
  allowRunningInsecureContent: false
  navigateOnDragDrop: false
  spellcheck: false
}

/** The only webPreferences a window gets. webSecurity is left out so it keeps its default, true. */
export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    experimentalFeatures: false,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** Our renderer: app://eventide/ naming a file inside the built renderer folder, or the dev server's origin. */
export function createAppUrlCheck(opts: {
  rendererDir: string
  devServerUrl?: string | undefined
}): (url: string) => boolean {
  let devOrigin: string | null = null
  if (opts.devServerUrl) devOrigin = new URL(opts.devServerUrl).origin
  return (url) => {
    if (devOrigin !== null) {
      try {
        if (new URL(url).origin === devOrigin) return true
      } catch {
        return false
      }
    }
    return resolveAppFile(url, opts.rendererDir) !== null
  }
}

/** The pieces of webContents the hardening touches; Electron's own WebContents satisfies it. */
export interface HardenableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void; url: string }) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  session: {
    setPermissionRequestHandler(
      handler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
    ): void
    setPermissionCheckHandler(handler: ((contents: unknown, permission: string) => boolean) | null): void
  }
}

export function hardenWebContents(
  contents: HardenableContents,
  isAllowedUrl: (url: string) => boolean,
  log: (message: string) => void = () => {},
): void {
  const guard = (event: { preventDefault(): void; url: string }) => {
    if (!isAllowedUrl(event.url)) {
      event.preventDefault()
      log(`blocked navigation to ${event.url}`)
    }
  }
  contents.on('will-navigate', guard)
  contents.on('will-redirect', guard)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    log(`denied window.open for ${url}`)
    return { action: 'deny' }
  })
  // Eventide needs no camera, microphone, location, notifications-from-web or anything else.
  contents.session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`)
    callback(false)
  })
  contents.session.setPermissionCheckHandler(() => false)
}
