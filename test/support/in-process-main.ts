// The one in-process main for tests: the app's own service wiring (assembleServices, which createServices
// also runs) around a store the test chooses, a notifier that only records, and no Electron. The IPC tests
// drive its handler table directly; the e2e backend bridges a browser page to it.

import type { Notifier } from '../../electron/services.ts'
import { type AssemblyDeps, assembleServices, type Services } from '../../electron/services-factory.ts'
import type { AppInfo } from '../../shared/ipc.ts'

export interface InProcessMainDeps
  extends Pick<AssemblyDeps, 'store' | 'clock' | 'logger' | 'openWindow' | 'setLaunchAtLogin'>,
    Partial<
      Pick<AssemblyDeps, 'chooseSavePath' | 'printViewToPdf' | 'newId' | 'onStateChange' | 'notifier'>
    > {
  appInfo?: () => AppInfo
}

/** A notifier that accepts every notification and reports no actions: the tests that need more bring one. */
export function silentNotifier(): Notifier {
  return { notify: async () => {}, onAction: () => () => {} }
}

export function inProcessMain(deps: InProcessMainDeps): Services {
  return assembleServices({
    notifier: silentNotifier(),
    // Cancelled by default: nothing is written unless a test chooses where.
    chooseSavePath: async () => null,
    printViewToPdf: async () => new TextEncoder().encode('%PDF-1.4\n%fake\n'),
    onStateChange: () => {},
    appInfo: () => ({ name: 'Eventide', version: '0.1.0', logPath: '/l', dataPath: '/d', platform: 'linux' }),
    ...deps,
  })
}
