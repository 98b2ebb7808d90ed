// The built renderer on 127.0.0.1: the same file server `npm run preview` uses (build/renderer-server.ts).
export { type StaticServer, serveDirectory } from '../../../build/renderer-server.ts'
