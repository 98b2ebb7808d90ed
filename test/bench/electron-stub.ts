// Lets the benchmarks load main-process modules under plain Node: 'electron' resolves to a tiny stub.
import { registerHooks } from 'node:module'

const STUB = `
const app = { getPath: () => process.env.EVENTIDE_BENCH_DIR ?? '/tmp', getVersion: () => '0.0.0', getName: () => 'Eventide',
  on() {}, isPackaged: false, getAppPath: () => process.cwd() };
const ipcMain = { handle() {}, on() {} };
const shell = {};
export { app, ipcMain, shell };
export default { app, ipcMain, shell };
`

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: 'eventide-bench:electron', shortCircuit: true }
    return next(specifier, context)
  },
  load(url, context, next) {
    if (url === 'eventide-bench:electron') return { format: 'module', source: STUB, shortCircuit: true }
    return next(url, context)
  },
})
