// The electron-builder configuration, checked without packaging: schema, identity, hardening,
// targets, and every file the installers, the tray and the notifier rely on.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, matchesGlob, relative, resolve } from 'node:path'
import Ajv from 'ajv'
import type { Configuration, FileSet, TargetConfiguration } from 'app-builder-lib'
import { getConfig } from 'app-builder-lib/out/util/config/load.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { APP_ID, APP_NAME } from '../../electron/app-id.ts'
import { trayIconPath } from '../../electron/tray.ts'
import { readIcnsPngEntries, readIcoSizes, readPngSize } from './icon-files.ts'

const root = resolve(import.meta.dirname, '../..')
const CONFIG_PATH = 'build/electron-builder.yml'

let config: Configuration

beforeAll(async () => {
  console.info(
    'packaging: electron-builder itself is not run by these tests. It downloads Electron and its ' +
      'packaging tools, which is impossible on machines without network access; the configuration, ' +
      'schema and resources are checked instead.',
  )
  // electron-builder's own loader, so the YAML is read exactly as `electron-builder --config` reads it.
  const loaded = await getConfig<Configuration>(
    { packageKey: 'build', configFilename: 'electron-builder', projectDir: root, packageMetadata: null },
    CONFIG_PATH,
  )
  if (!loaded) throw new Error(`${CONFIG_PATH}: electron-builder found no configuration`)
  config = loaded.result
})

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)))
}

function asArray<T>(value: T | readonly T[] | null | undefined): T[] {
  if (value === null || value === undefined) return []
  return Array.isArray(value) ? [...value] : [value as T]
}

/** Target names with their archs, whatever shape (string, object, list) the config uses. */
function targets(value: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const target of asArray(value as string | TargetConfiguration)) {
    if (typeof target === 'string') out.set(target, [])
    else out.set(target.target, asArray(target.arch))
  }
  return out
}

/** Where a path under resources/ comes from in the project, following extraResources. */
function shippedFrom(resource: string): string | undefined {
  for (const entry of asArray<string | FileSet>(config.extraResources)) {
    const set: FileSet = typeof entry === 'string' ? { from: entry, to: entry } : entry
    const from = set.from ?? ''
    const to = set.to ?? from
    if (resource === to) return from
    if (!resource.startsWith(`${to}/`)) continue
    const rest = resource.slice(to.length + 1)
    const filters = asArray(set.filter)
    if (filters.length === 0 || filters.some((pattern) => matchesGlob(rest, pattern)))
      return `${from}/${rest}`
  }
  return undefined
}

async function pngSize(path: string): Promise<number> {
  const { width, height } = readPngSize(await readFile(join(root, path)), path)
  if (width !== height) throw new Error(`${path}: expected a square icon, got ${width}x${height}`)
  return width
}

describe('build/electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema (app-builder-lib/scheme.json)", async () => {
    const schema = JSON.parse(await readFile(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'))
    // Same engine and options electron-builder validates with, minus type coercion, so "true" is not a boolean.
    // strict: false because the schema uses a non-standard "typeof" keyword, which electron-builder also ignores.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(config)
    const problems = (validate.errors ?? []).map(
      (e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`,
    )
    expect(problems).toEqual([])
    expect(valid).toBe(true)
  })

  it('uses the app id and name main sets at run time (Windows AppUserModelID)', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    expect(config.appId).toBe(APP_ID)
    expect(config.productName).toBe(APP_NAME)
    expect(pkg.productName).toBe(APP_NAME)
  })

  it('packs only the built app, including the entry point package.json names', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    const patterns = asArray<string | FileSet>(config.files)
    expect(patterns.every((p) => typeof p === 'string')).toBe(true)
    const included = (patterns as string[]).filter((p) => !p.startsWith('!'))
    for (const pattern of included) {
      expect(pattern === 'package.json' || pattern.startsWith('out/'), `files pattern ${pattern}`).toBe(true)
    }
    expect(included.some((p) => matchesGlob(pkg.main, p))).toBe(true)
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' })
  })

  it('unpacks every node-notifier helper program from the asar so the OS can run it', async () => {
    expect(config.asar).not.toBe(false)
    const unpack = asArray(config.asarUnpack)
    const vendor = 'node_modules/node-notifier/vendor'
    const helpers = await listFiles(join(root, vendor))
    expect(helpers.length, `${vendor} should hold the helper programs`).toBeGreaterThan(0)
    for (const file of helpers) {
      const path = `${vendor}/${file}`
      expect(
        unpack.some((p) => matchesGlob(path, p)),
        `${path} must match asarUnpack`,
      ).toBe(true)
    }
  })

  it('ships every icon main resolves from resources/ outside the asar', async () => {
    // main.ts resolves resourcePath(...parts) to build/<parts> in development and
    // process.resourcesPath/<parts> when packaged, so each one must be in extraResources.
    const source = await readFile(join(root, 'electron/main.ts'), 'utf8')
    const calls = [...source.matchAll(/(?<!function )resourcePath\(([^)]*)\)/g)].map((m) => m[1] ?? '')
    expect(calls.length, 'electron/main.ts should resolve icons with resourcePath()').toBeGreaterThan(0)
    for (const args of calls) {
      const parts = args.split(',').map((a) => /^\s*'([^']+)'\s*$/.exec(a)?.[1])
      if (parts.some((p) => p === undefined))
        throw new Error(`resourcePath(${args}): expected string literals`)
      const resource = parts.join('/')
      const dev = join(root, 'build', resource)
      expect(await exists(dev), `build/${resource} (resourcePath in development)`).toBe(true)
      const files = (await stat(dev)).isDirectory()
        ? (await listFiles(dev)).map((f) => `${resource}/${f}`)
        : [resource]
      for (const file of files) {
        expect(shippedFrom(file), `resources/${file} must come from extraResources`).toBe(`build/${file}`)
      }
    }
    expect(await pngSize('build/notification.png')).toBeGreaterThanOrEqual(256)
  })

  it('ships the tray icon the tray loads, with its @2x twin', async () => {
    const icon = relative(root, trayIconPath(join(root, 'build', 'tray')))
    const twin = icon.replace(/\.png$/, '@2x.png')
    expect(await pngSize(icon)).toBe(16)
    expect(await pngSize(twin)).toBe(32)
    for (const path of [icon, twin]) {
      const resource = relative('build', path)
      expect(shippedFrom(resource), `resources/${resource}`).toBe(path)
    }
  })

  it('points each platform at an icon of the sizes its installer needs', async () => {
    const icns = readIcnsPngEntries(await readFile(join(root, String(config.mac?.icon))))
    expect(icns.get('ic10'), 'mac.icon needs a 1024 px entry').toEqual({ width: 1024, height: 1024 })
    expect(icns.get('ic09'), 'mac.icon needs a 512 px entry').toEqual({ width: 512, height: 512 })
    const ico = readIcoSizes(await readFile(join(root, String(config.win?.icon))))
    expect(ico, 'win.icon needs 16 to 256 px').toEqual(expect.arrayContaining([16, 32, 48, 256]))
    const linuxDir = String(config.linux?.icon)
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(await pngSize(`${linuxDir}/${size}x${size}.png`), `${linuxDir}/${size}x${size}.png`).toBe(size)
    }
  })

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The renderer comes from app://, so file:// keeps no extra privileges.
      grantFileProtocolExtraPrivileges: false,
    })
  })

  it('builds AppImage, deb and rpm with a desktop entry that GNOME lists under notifications', () => {
    expect([...targets(config.linux?.target).keys()]).toEqual(['AppImage', 'deb', 'rpm'])
    expect(config.linux?.category).toBe('Utility')
    expect(config.linux?.maintainer).toMatch(/<[^@>]+@[^>]+>/)
    const entry = config.linux?.desktop?.entry ?? {}
    expect(entry.Name).toBe(APP_NAME)
    // Desktops match windows to the entry by WM_CLASS, which Electron sets from the product name.
    expect(entry.StartupWMClass).toBe(APP_NAME)
    expect(entry['X-GNOME-UsesNotifications']).toBe('true')
  })

  it('installs AppStream metainfo that names this app and its desktop entry', async () => {
    const metainfo = `build/linux/${APP_ID}.metainfo.xml`
    const xml = await readFile(join(root, metainfo), 'utf8')
    expect(xml).toContain(`<id>${APP_ID}</id>`)
    expect(xml).toContain(
      `<launchable type="desktop-id">${config.linux?.executableName}.desktop</launchable>`,
    )
    expect(xml).toContain('<metadata_license>CC0-1.0</metadata_license>')
    for (const target of ['deb', 'rpm'] as const) {
      expect(asArray(config[target]?.fpm), `${target}.fpm`).toContain(
        `${metainfo}=/usr/share/metainfo/${APP_ID}.metainfo.xml`,
      )
    }
  })

  it('names every installer explicitly, with its version and architecture and without spaces', () => {
    const named: [string, string | null | undefined][] = [
      ['appImage', config.appImage?.artifactName],
      ['deb', config.deb?.artifactName],
      ['rpm', config.rpm?.artifactName],
      ['dmg', config.dmg?.artifactName],
      ['mac (zip)', config.mac?.artifactName],
      ['nsis', config.nsis?.artifactName],
    ]
    for (const [target, name] of named) {
      expect(name, `${target}.artifactName`).toMatch(/^\S+\.\$\{ext\}$/)
      expect(name, `${target}.artifactName`).toMatch(/\$\{arch\}/)
      expect(name, `${target}.artifactName`).toMatch(/\$\{version\}/)
    }
  })

  it('finds every project file the configuration names', async () => {
    const paths: string[] = []
    const walk = (value: unknown) => {
      if (typeof value === 'string') {
        // fpm's "src=dest" names a project file on the left.
        const path = value.split('=')[0] ?? ''
        if (/^build\/[^*${}]+$/.test(path)) paths.push(path)
      } else if (Array.isArray(value)) value.forEach(walk)
      else if (value && typeof value === 'object') Object.values(value).forEach(walk)
    }
    walk(config)
    expect(paths).toEqual(
      expect.arrayContaining(['build/entitlements.mac.plist', `build/linux/${APP_ID}.metainfo.xml`]),
    )
    for (const path of paths) expect(await exists(join(root, path)), path).toBe(true)
  })

  it('builds a dmg and the zip updates use, for Intel and Apple silicon, with no Dock icon', () => {
    expect(targets(config.mac?.target).get('dmg')?.sort()).toEqual(['arm64', 'x64'])
    expect(targets(config.mac?.target).get('zip')?.sort()).toEqual(['arm64', 'x64'])
    expect(config.mac?.extendInfo?.LSUIElement).toBe(true)
    expect(config.mac?.category).toMatch(/^public\.app-category\./)
  })

  it('signs macOS builds with the hardened runtime and notarizes them once a Developer ID is given', async () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true })
    const entitlements = await readFile(join(root, String(config.mac?.entitlements)), 'utf8')
    expect(entitlements).toContain('com.apple.security.cs.allow-jit')
    // Credentials come from the environment at build time, never from this file.
    const text = await readFile(join(root, CONFIG_PATH), 'utf8')
    expect(text).not.toMatch(/^\s*(cscLink|cscKeyPassword|certificatePassword|certificateFile)\s*:/m)
  })

  it('checks for updates on a read-only server, and on Windows installs only signed updates', () => {
    const publish = asArray(config.publish as unknown)
    expect(publish).toHaveLength(1)
    expect(publish[0]).toMatchObject({ provider: 'generic' })
    expect(String((publish[0] as { url?: string }).url)).toMatch(/^https:\/\//)
    expect(config.win?.signtoolOptions?.publisherName).toEqual(['Eventide developers'])
    expect(config.win?.verifyUpdateCodeSignature).not.toBe(false)
  })

  it('builds a per-user NSIS installer for Windows that keeps the user data on uninstall', () => {
    expect([...targets(config.win?.target).keys()]).toEqual(['nsis'])
    expect(targets(config.win?.target).get('nsis')).toEqual(['x64'])
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, deleteAppDataOnUninstall: false })
  })

  it('has npm scripts that build the installers with this configuration', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    const script = (name: string): string => String(pkg.scripts?.[name] ?? `(no script "${name}")`)
    const builder = `electron-builder --config ${CONFIG_PATH}`
    expect(script('dist'), 'scripts.dist').toContain(builder)
    expect(script('dist'), 'scripts.dist builds the app first').toMatch(/npm run build/)
    const platforms: [string, string][] = [
      ['dist:linux', '--linux'],
      ['dist:mac', '--mac'],
      ['dist:win', '--win'],
    ]
    for (const [name, flag] of platforms) {
      expect(script(name), `scripts.${name}`).toContain(builder)
      expect(script(name), `scripts.${name}`).toContain(flag)
    }
  })

  it('npm start and npm run dev go through the wrapper that fetches Electron or says why it cannot', async () => {
    // Electron 45 downloads its binary on first use, but electron-vite only looks for it, so the wrapper
    // (build/run-electron.ts) runs install-electron first and explains a failed download.
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    expect(String(pkg.scripts?.start)).toBe('npm run build && node build/run-electron.ts preview')
    expect(String(pkg.scripts?.dev)).toBe('node build/run-electron.ts dev')
    const wrapper = await readFile(join(root, 'build/run-electron.ts'), 'utf8')
    expect(wrapper).toContain("join(electronDir, 'install.js')")
  })
})
