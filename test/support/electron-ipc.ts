// The IPC half of the one Electron mock: ipcMain, ipcRenderer and contextBridge joined the way Electron joins
// them, so the real preload and the real registerIpc talk to each other in a test. Every payload and answer
// is structured-cloned, as it is between processes, so nothing is shared by reference across the bridge.
// A fresh copy per test file (vitest isolates modules); call resetIpc() between tests.

type InvokeListener = (event: RendererEvent, payload: unknown) => unknown
type RendererListener = (event: { sender: unknown }, ...args: unknown[]) => void

/** The event main's handlers see: one window, showing the app's own page in its top frame. */
export interface RendererEvent {
  sender: { id: number }
  senderFrame: { url: string; parent: null }
}

/** The URL the one renderer window shows; main's sender check must accept it. */
export const RENDERER_URL = 'app://eventide/index.html'
const RENDERER_ID = 901

const invokeHandlers = new Map<string, InvokeListener>()
const rendererListeners = new Map<string, Set<RendererListener>>()

/** What the preload put on the page with contextBridge.exposeInMainWorld, by key. */
export const exposed = new Map<string, unknown>()

export function resetIpc(): void {
  invokeHandlers.clear()
  rendererListeners.clear()
}

export const ipcMain = {
  // electron-store registers a listener for renderer-side stores; tests have none, and main removes it.
  on: () => undefined,
  removeAllListeners: (_channel: string) => undefined,
  handle(channel: string, listener: InvokeListener): void {
    // Electron refuses a second handler on one channel; so does this, so a test cannot wire main twice.
    if (invokeHandlers.has(channel))
      throw new Error(`ipcMain.handle: attempted to register a second handler for '${channel}'`)
    invokeHandlers.set(channel, listener)
  },
  removeHandler(channel: string): void {
    invokeHandlers.delete(channel)
  },
}

const event: RendererEvent = { sender: { id: RENDERER_ID }, senderFrame: { url: RENDERER_URL, parent: null } }

export const ipcRenderer = {
  async invoke(channel: string, payload?: unknown): Promise<unknown> {
    const handler = invokeHandlers.get(channel)
    if (!handler) throw new Error(`Error invoking remote method '${channel}': No handler registered`)
    return structuredClone(await handler(event, structuredClone(payload)))
  },
  on(channel: string, listener: RendererListener): void {
    const set = rendererListeners.get(channel) ?? new Set()
    set.add(listener)
    rendererListeners.set(channel, set)
  },
  removeListener(channel: string, listener: RendererListener): void {
    rendererListeners.get(channel)?.delete(listener)
  },
  send(channel: string): void {
    throw new Error(`ipcRenderer.send('${channel}'): Eventide's renderer only invokes`)
  },
}

/** The renderer window's webContents as main sees it: send() reaches the page's ipcRenderer listeners. */
export const rendererContents = {
  id: RENDERER_ID,
  send(channel: string, ...args: unknown[]): void {
    for (const listener of rendererListeners.get(channel) ?? [])
      listener({ sender: 'main' }, ...args.map((a) => structuredClone(a)))
  },
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    exposed.set(key, api)
  },
}

export const ipcFakes = { ipcMain, ipcRenderer, contextBridge }
