// The icon script: deterministic output, every size the installers and the tray need,
// a monochrome macOS template, and tray variants that stay legible on light and dark panels.
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DecodedPng, decodePng, readIcnsPngEntries, readIcoSizes, readPngSize } from './icon-files.ts'

const root = resolve(import.meta.dirname, '../..')
const buildDir = join(root, 'build')
const run = promisify(execFile)

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
const TRAY_SIZES: Record<string, number> = {
  'trayTemplate.png': 16,
  'trayTemplate@2x.png': 32,
  'tray-light.png': 16,
  'tray-light@2x.png': 32,
  'tray-light-22.png': 22,
  'tray-light-22@2x.png': 44,
  'tray-dark.png': 16,
  'tray-dark@2x.png': 32,
  'tray-dark-22.png': 22,
  'tray-dark-22@2x.png': 44,
}
const PNG_SIZES: Record<string, number> = {
  'icon.png': 1024,
  'notification.png': 256,
  ...Object.fromEntries(LINUX_SIZES.map((size) => [`icons/${size}x${size}.png`, size])),
  ...Object.fromEntries(Object.entries(TRAY_SIZES).map(([file, size]) => [`tray/${file}`, size])),
}
const EXPECTED_FILES = [...Object.keys(PNG_SIZES), 'icon.icns', 'icon.ico'].sort()

// Typical panel colours: white/Windows light/GNOME light; black/Windows 11 dark/KDE Breeze dark.
const LIGHT_PANELS = ['#ffffff', '#f3f3f3', '#dadada']
const DARK_PANELS = ['#000000', '#202020', '#31363b']

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

function channelLuminance(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function luminance(r: number, g: number, b: number): number {
  return 0.2126 * channelLuminance(r) + 0.7152 * channelLuminance(g) + 0.0722 * channelLuminance(b)
}

function hex(colour: string): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16)
  return [(n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff]
}

function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/** WCAG contrast of each pixel composited over the panel, averaged with the pixel's alpha as weight. */
function inkContrast(image: DecodedPng, panel: string): number {
  const [pr, pg, pb] = hex(panel)
  const panelLuminance = luminance(pr, pg, pb)
  let weighted = 0
  let weights = 0
  for (let i = 0; i < image.rgba.length; i += 4) {
    const alpha = (image.rgba[i + 3] ?? 0) / 255
    if (alpha === 0) continue
    const over = (ink: number, back: number) => ink * alpha + back * (1 - alpha)
    const r = over(image.rgba[i] ?? 0, pr)
    const g = over(image.rgba[i + 1] ?? 0, pg)
    const b = over(image.rgba[i + 2] ?? 0, pb)
    weighted += alpha * contrastRatio(luminance(r, g, b), panelLuminance)
    weights += alpha
  }
  return weights === 0 ? 1 : weighted / weights
}

/** Share of the square covered by ink, counting partial alpha. */
function coverage(image: DecodedPng): number {
  let sum = 0
  for (let i = 3; i < image.rgba.length; i += 4) sum += image.rgba[i] ?? 0
  return sum / 255 / (image.width * image.height)
}

let firstRun = ''
let secondRun = ''

beforeAll(async () => {
  firstRun = await mkdtemp(join(tmpdir(), 'eventide-icons-a-'))
  secondRun = await mkdtemp(join(tmpdir(), 'eventide-icons-b-'))
  // Run the script the way a maintainer does (node strips the types), once into each directory.
  for (const out of [firstRun, secondRun]) {
    await run(process.execPath, [join(buildDir, 'make-icons.ts'), out], { cwd: root })
  }
}, 120_000)

afterAll(async () => {
  await Promise.all(
    [firstRun, secondRun].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })),
  )
})

describe('make-icons.ts', () => {
  it('writes every expected icon file and nothing else', async () => {
    expect(await listFiles(firstRun)).toEqual(EXPECTED_FILES)
  })

  it('is deterministic: a second run gives byte-identical files', async () => {
    for (const file of EXPECTED_FILES) {
      const [a, b] = await Promise.all([readFile(join(firstRun, file)), readFile(join(secondRun, file))])
      expect(a.equals(b), `${file} differs between two runs`).toBe(true)
    }
  })

  it('matches the checked-in icons, so build/ is regenerated after a drawing changes', async () => {
    for (const file of Object.keys(PNG_SIZES)) {
      const fresh = decodePng(await readFile(join(firstRun, file)), `fresh ${file}`)
      const committed = decodePng(await readFile(join(buildDir, file)), `build/${file}`)
      expect([committed.width, committed.height], `build/${file} size`).toEqual([fresh.width, fresh.height])
      // Allow rounding noise between CPU architectures; an edited drawing moves far more than this.
      let worst = 0
      for (let i = 0; i < fresh.rgba.length; i++) {
        worst = Math.max(worst, Math.abs((fresh.rgba[i] ?? 0) - (committed.rgba[i] ?? 0)))
      }
      expect(worst, `build/${file} is stale: run node build/make-icons.ts`).toBeLessThanOrEqual(2)
    }
  })
})

describe('shipped icons in build/', () => {
  it('has every PNG at its size', async () => {
    for (const [file, size] of Object.entries(PNG_SIZES)) {
      const { width, height } = readPngSize(await readFile(join(buildDir, file)), `build/${file}`)
      expect([width, height], `build/${file} should be ${size}x${size}`).toEqual([size, size])
    }
  })

  it('has a macOS .icns with the retina sizes up to 1024 px', async () => {
    const entries = readIcnsPngEntries(await readFile(join(buildDir, 'icon.icns')))
    const expected: Record<string, number> = {
      ic07: 128,
      ic08: 256,
      ic09: 512,
      ic10: 1024,
      ic13: 256,
      ic14: 512,
    }
    for (const [type, size] of Object.entries(expected)) {
      expect(entries.get(type), `icon.icns entry ${type}`).toEqual({ width: size, height: size })
    }
  })

  it('has a Windows .ico from 16 to 256 px (the installer needs 256)', async () => {
    const sizes = readIcoSizes(await readFile(join(buildDir, 'icon.ico')))
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]))
  })

  it('has a macOS template tray icon that is pure black with alpha', async () => {
    for (const file of ['trayTemplate.png', 'trayTemplate@2x.png']) {
      const image = decodePng(await readFile(join(buildDir, 'tray', file)), file)
      for (let i = 0; i < image.rgba.length; i += 4) {
        if (image.rgba[i + 3] === 0) continue
        const rgb = [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]]
        expect(rgb, `${file} pixel ${i / 4} must be black`).toEqual([0, 0, 0])
      }
      expect(coverage(image), `${file} ink coverage`).toBeGreaterThan(0.15)
    }
  })

  it.each([
    ['tray-light', LIGHT_PANELS],
    ['tray-dark', DARK_PANELS],
  ])('%s stays legible on its panels at 16 and 22 px', async (variant, panels) => {
    for (const suffix of ['', '@2x', '-22', '-22@2x']) {
      const file = `${variant}${suffix}.png`
      const image = decodePng(await readFile(join(buildDir, 'tray', file)), file)
      expect(coverage(image), `${file} ink coverage`).toBeGreaterThan(0.15)
      for (const panel of panels) {
        expect(inkContrast(image, panel), `${file} on ${panel}`).toBeGreaterThanOrEqual(4.5)
      }
    }
  })

  it('pairs each tray variant with the right theme (dark ink on light panels, light ink on dark)', async () => {
    const light = decodePng(await readFile(join(buildDir, 'tray', 'tray-light.png')))
    const dark = decodePng(await readFile(join(buildDir, 'tray', 'tray-dark.png')))
    // Swapped variants would vanish: the light-panel glyph on a dark panel has almost no contrast.
    expect(inkContrast(light, '#202020')).toBeLessThan(2)
    expect(inkContrast(dark, '#f3f3f3')).toBeLessThan(2)
  })
})
