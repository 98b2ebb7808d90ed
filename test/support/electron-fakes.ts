// The one set of Electron window, tray, menu, image and theme fakes. Each records what main did with it in
// `fakes`, so a test reads the windows opened, the trays built and the menus set without a fake of its own.
// A fresh copy per test file (vitest isolates modules); call resetFakes() between tests.
import { type Mock, vi } from 'vitest'

type Call = (...args: unknown[]) => void
const spy = (): Mock<Call> => vi.fn<Call>()

export const fakes = {
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  images: [] as { path: string; template: boolean }[],
  /** Every template handed to Menu.buildFromTemplate, in order. */
  menus: [] as unknown[][],
}

export function resetFakes(): void {
  fakes.windows.length = 0
  fakes.trays.length = 0
  fakes.images.length = 0
  fakes.menus.length = 0
}

type Listener = (...args: unknown[]) => void

export class FakeWebContents {
  static nextId = 1
  id = FakeWebContents.nextId++
  handlers = new Map<string, unknown>()
  session: { setPermissionRequestHandler: Mock<Call>; setPermissionCheckHandler: Mock<Call> } = {
    setPermissionRequestHandler: spy(),
    setPermissionCheckHandler: spy(),
  }
  send = vi.fn<(channel: string, ...args: unknown[]) => void>()
  on(name: string, listener: unknown) {
    this.handlers.set(name, listener)
  }
  setWindowOpenHandler(handler: unknown) {
    this.handlers.set('window-open', handler)
  }
}

export class FakeBrowserWindow {
  webContents = new FakeWebContents()
  destroyed = false
  minimized = false
  listeners = new Map<string, Listener>()
  loaded: { file?: string; hash?: string; url?: string } = {}
  show: Mock<Call> = spy()
  focus: Mock<Call> = spy()
  restore: Mock<Call> = spy()
  constructor(readonly options: Record<string, unknown> = {}) {
    fakes.windows.push(this)
  }
  once(name: string, listener: Listener) {
    this.listeners.set(name, listener)
  }
  on(name: string, listener: Listener) {
    this.listeners.set(name, listener)
  }
  isDestroyed() {
    return this.destroyed
  }
  isMinimized() {
    return this.minimized
  }
  loadFile(file: string, opts: { hash: string }) {
    this.loaded = { file, hash: opts.hash }
    return Promise.resolve()
  }
  loadURL(url: string) {
    this.loaded = { url }
    return Promise.resolve()
  }
  /** The route the window shows ("/checklist"), however it was loaded. */
  route(): string | undefined {
    return this.loaded.url === undefined ? this.loaded.hash : new URL(this.loaded.url).hash.slice(1)
  }
  /** Where the person left the window: what it was opened with, unless a test moved it. */
  bounds: { x: number; y: number; width: number; height: number } | undefined
  getNormalBounds() {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options as Record<string, number | undefined>
    return this.bounds ?? { x, y, width, height }
  }
  close() {
    this.listeners.get('close')?.()
    this.destroyed = true
    this.listeners.get('closed')?.()
  }
}

export class FakeTray {
  tooltip = ''
  menu: unknown = null
  destroyed = false
  listeners = new Map<string, () => void>()
  constructor(public image: unknown) {
    fakes.trays.push(this)
  }
  setToolTip(text: string) {
    this.tooltip = text
  }
  setImage(image: unknown) {
    this.image = image
  }
  setContextMenu(menu: unknown) {
    this.menu = menu
  }
  on(name: string, listener: () => void) {
    this.listeners.set(name, listener)
  }
  isDestroyed() {
    return this.destroyed
  }
  destroy() {
    this.destroyed = true
  }
}

export const nativeTheme = {
  shouldUseDarkColors: false,
  listeners: new Map<string, () => void>(),
  on(name: string, listener: () => void) {
    this.listeners.set(name, listener)
  },
  removeListener(name: string) {
    this.listeners.delete(name)
  },
}

export const Menu: {
  buildFromTemplate(template: unknown[]): { template: unknown[] }
  setApplicationMenu: Mock<Call>
} = {
  buildFromTemplate: (template) => {
    fakes.menus.push(template)
    return { template }
  },
  setApplicationMenu: spy(),
}

export const nativeImage = {
  createFromPath: (path: string) => {
    const image = { path, template: false }
    fakes.images.push(image)
    return { isEmpty: () => false, setTemplateImage: (on: boolean) => (image.template = on) }
  },
}

/** The window, tray, menu, image and theme parts of the 'electron' mock. */
/** One 1920×1080 monitor with a 40 px panel at the top. */
export const screen = {
  getAllDisplays: () => [{ workArea: { x: 0, y: 40, width: 1920, height: 1040 } }],
}

export const uiFakes = {
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Menu,
  nativeImage,
  nativeTheme,
  screen,
}
