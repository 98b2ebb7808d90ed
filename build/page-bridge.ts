// window.eventide for the built renderer outside Electron, used by `npm run preview` and the e2e harness.
// One bridge, two transports: 'http' calls the preview server (fetch + an EventSource for pushes), 'exposed'
// calls a function Playwright exposed (page.exposeFunction('__eventideInvoke')) and is pushed to directly.

/** Paths the preview server answers besides the renderer's files. */
export const BRIDGE_PATHS = {
  script: '/__eventide/bridge.js',
  invoke: '/__eventide/invoke/',
  events: '/__eventide/events',
  clock: '/__eventide/clock',
} as const

export type BridgeTransport = 'exposed' | 'http'

/**
 * Runs in the page before any of its scripts and builds the preload's window.eventide from the contract's
 * method names. Serialised with toString() (addInitScript, or the preview's bridge.js), so it must not
 * refer to anything outside itself.
 */
export function installBridge(
  methods: readonly string[],
  transport: BridgeTransport,
  paths: { invoke: string; events: string; clock: string },
): void {
  const w = window as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>
  const listeners = new Set<(snapshot: unknown) => void>()
  const push = (snapshot: unknown) => {
    for (const listener of [...listeners]) listener(snapshot)
  }
  let invoke: (method: string, args: unknown[]) => unknown
  if (transport === 'http') {
    // ?at=21:55 (and &date=2026-11-24) sets main's clock before the first request is answered.
    const query = new URLSearchParams(window.location.search)
    const at = query.get('at')
    const ready: Promise<unknown> = at
      ? fetch(paths.clock, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ at, date: query.get('date') ?? undefined }),
        }).then(async (response) => {
          if (!response.ok) throw new Error(`preview clock: ${await response.text()}`)
        })
      : Promise.resolve()
    invoke = (method, args) =>
      ready
        .then(() =>
          fetch(paths.invoke + encodeURIComponent(method), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            // A method without a payload sends none, as ipcRenderer.invoke would.
            body: JSON.stringify(args.length > 0 ? { payload: args[0] } : {}),
          }),
        )
        .then(async (response) => {
          if (!response.ok) throw new Error(`preview bridge: ${method} answered ${response.status}`)
          return response.json()
        })
    void ready.then(
      () => {
        const events = new EventSource(paths.events)
        events.addEventListener('state', (event) => push(JSON.parse((event as MessageEvent).data)))
        // Main opening a window: here the one page shows that view instead.
        events.addEventListener('open-view', (event) => {
          window.location.hash = `#/${JSON.parse((event as MessageEvent).data)}`
        })
      },
      (error: unknown) => console.error(error),
    )
  } else {
    invoke = (method, args) => w.__eventideInvoke?.(method, ...args)
    Object.defineProperty(window, '__eventidePush', { value: push })
  }
  const bridge: Record<string, unknown> = {
    onState(listener: (snapshot: unknown) => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
  for (const method of methods) bridge[method] = (...args: unknown[]) => invoke(method, args)
  Object.defineProperty(window, 'eventide', { value: Object.freeze(bridge), enumerable: true })
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}:${event.lineNumber} ${event.sample}`
    if (w.__eventideProblem) w.__eventideProblem(text)
    else console.error(text)
  })
}

/** The installer above as a script calling it: the preview's /__eventide/bridge.js, or an e2e init script. */
export function bridgeScript(methods: readonly string[], transport: BridgeTransport = 'http'): string {
  const paths = { invoke: BRIDGE_PATHS.invoke, events: BRIDGE_PATHS.events, clock: BRIDGE_PATHS.clock }
  return `(${installBridge.toString()})(${JSON.stringify(methods)}, '${transport}', ${JSON.stringify(paths)});\n`
}
