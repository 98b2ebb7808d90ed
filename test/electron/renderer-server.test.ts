// The file server the benches, the e2e tier and `npm run preview` share: by default nothing is kept by the
// browser; asked to revalidate, it answers with an ETag and a 304 for an unchanged file, which is what lets
// the bench's Chromium keep compiled code as the app's app:// scheme does.
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type StaticServer, serveDirectory } from '../../build/renderer-server.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-server-')
const servers: StaticServer[] = []

afterEach(async () => {
  for (const server of servers.splice(0)) await server.close()
})

async function serve(revalidate?: boolean) {
  const root = tempDir()
  fs.mkdirSync(path.join(root, 'assets'))
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)\n')
  const server = await serveDirectory(root, revalidate === undefined ? {} : { revalidate })
  servers.push(server)
  return { root, url: `${server.url}assets/app.js` }
}

describe('the renderer file server', () => {
  it('tells the browser to keep nothing unless asked to revalidate', async () => {
    const { url } = await serve()
    const response = await fetch(url)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('etag')).toBeNull()
    expect(await response.text()).toBe('console.log(1)\n')
  })

  it('revalidating, answers an unchanged file with 304 and no body, and a changed one in full', async () => {
    const { root, url } = await serve(true)
    const first = await fetch(url)
    const etag = first.headers.get('etag')
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/)
    expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8')

    const again = await fetch(url, { headers: { 'if-none-match': etag ?? '' } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')

    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(22)\n')
    const changed = await fetch(url, { headers: { 'if-none-match': etag ?? '' } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.text()).toBe('console.log(22)\n')
  })
})
