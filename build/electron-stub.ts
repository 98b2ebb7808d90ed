// Lets main-process modules load under plain Node (the preview): 'electron' resolves to a tiny stub.
// The services reach it only through electron/notifier.ts, which asks for Electron's Notification lazily.
import { registerHooks } from 'node:module'

const STUB = 'export default {}\n'

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: 'eventide-stub:electron', shortCircuit: true }
    return next(specifier, context)
  },
  load(url, context, next) {
    if (url === 'eventide-stub:electron') return { format: 'module', source: STUB, shortCircuit: true }
    return next(url, context)
  },
})
