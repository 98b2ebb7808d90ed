// Renders every icon Eventide ships from the two source drawings in build/:
//   icon.svg -> app icons (PNG sizes, .icns, .ico) and the notification icon
//   tray.svg -> tray glyphs (macOS template images, light/dark panel variants)
// Usage: node build/make-icons.ts [outDir]   (outDir defaults to build/)
// The output is deterministic: resvg writes no timestamps or text chunks, and png2icons
// derives every entry from the same 1024 px PNG, so a re-run gives byte-identical files.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { BICUBIC2, createICNS, createICO } from 'png2icons'

const sourceDir = import.meta.dirname

export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const
export const NOTIFICATION_ICON_SIZE = 256

// Ink for each tray variant. The file name says which panel theme it is for:
// tray-light sits on light panels (dark ink), tray-dark on dark panels (light ink).
const TRAY_INKS = { light: '#202020', dark: '#f2f2f2' } as const
const TEMPLATE_INK = '#000000'

interface Job {
  readonly file: string
  readonly data: () => Buffer
}

function render(svg: string, size: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    // No text in our drawings; skipping system fonts keeps output independent of the machine.
    font: { loadSystemFonts: false },
  })
  const image = resvg.render()
  if (image.width !== size || image.height !== size) {
    throw new Error(`render: expected ${size}x${size}, resvg produced ${image.width}x${image.height}`)
  }
  return image.asPng()
}

function inked(traySvg: string, ink: string): string {
  const placeholder = `color="${TEMPLATE_INK}"`
  if (!traySvg.includes(placeholder)) {
    throw new Error(`tray.svg: root element must carry ${placeholder} so each variant can set its ink`)
  }
  return traySvg.replace(placeholder, `color="${ink}"`)
}

function nonNull(buffer: Buffer | null, what: string): Buffer {
  if (buffer === null) throw new Error(`png2icons could not create ${what}`)
  return buffer
}

function trayJobs(traySvg: string): Job[] {
  const template = inked(traySvg, TEMPLATE_INK)
  const jobs: Job[] = [
    // macOS picks the @2x file by itself; "Template" in the name makes it follow the menu bar colour.
    { file: 'tray/trayTemplate.png', data: () => render(template, 16) },
    { file: 'tray/trayTemplate@2x.png', data: () => render(template, 32) },
  ]
  for (const [theme, ink] of Object.entries(TRAY_INKS)) {
    const svg = inked(traySvg, ink)
    // 16 px is the Windows notification area; 22 px is the usual Linux panel size.
    jobs.push(
      { file: `tray/tray-${theme}.png`, data: () => render(svg, 16) },
      { file: `tray/tray-${theme}@2x.png`, data: () => render(svg, 32) },
      { file: `tray/tray-${theme}-22.png`, data: () => render(svg, 22) },
      { file: `tray/tray-${theme}-22@2x.png`, data: () => render(svg, 44) },
    )
  }
  return jobs
}

function appIconJobs(iconSvg: string): Job[] {
  let master: Buffer | undefined
  const master1024 = (): Buffer => {
    master ??= render(iconSvg, 1024)
    return master
  }
  return [
    { file: 'icon.png', data: master1024 },
    ...LINUX_ICON_SIZES.map((size) => ({
      file: `icons/${size}x${size}.png`,
      data: () => render(iconSvg, size),
    })),
    { file: 'notification.png', data: () => render(iconSvg, NOTIFICATION_ICON_SIZE) },
    // 0 colours = lossless. forWinExe stores sizes >= 64 as PNG and smaller ones as BMP,
    // which every Windows version shows correctly in Explorer and the installer.
    { file: 'icon.icns', data: () => nonNull(createICNS(master1024(), BICUBIC2, 0), 'icon.icns') },
    { file: 'icon.ico', data: () => nonNull(createICO(master1024(), BICUBIC2, 0, false, true), 'icon.ico') },
  ]
}

/** Renders every icon into outDir and returns the written paths, relative to outDir. */
export async function makeIcons(outDir: string): Promise<string[]> {
  const [iconSvg, traySvg] = await Promise.all([
    readFile(join(sourceDir, 'icon.svg'), 'utf8'),
    readFile(join(sourceDir, 'tray.svg'), 'utf8'),
  ])
  const jobs = [...appIconJobs(iconSvg), ...trayJobs(traySvg)]
  for (const job of jobs) {
    const target = join(outDir, job.file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, job.data())
  }
  return jobs.map((job) => job.file)
}

if (import.meta.main) {
  const outDir = resolve(process.argv[2] ?? sourceDir)
  const written = await makeIcons(outDir)
  console.info(`make-icons: wrote ${written.length} files to ${outDir}`)
}
