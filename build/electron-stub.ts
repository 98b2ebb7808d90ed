// Lets main-process modules load under plain Node (the preview): 'electron' resolves to a tiny stub.
// Only electron-store imports it (the store always passes an absolute folder).
import { registerHooks } from 'node:module'

// No app and no ipcMain: electron-store then runs as plain conf on the absolute folder it is given.
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
