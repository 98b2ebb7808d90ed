// Readers for the image containers we ship (PNG, ICO, ICNS), enough to check sizes and pixels.
import { inflateSync } from 'node:zlib'

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export interface PngSize {
  width: number
  height: number
}

export interface DecodedPng extends PngSize {
  /** Straight (not premultiplied) RGBA, 4 bytes a pixel, rows top to bottom. */
  rgba: Uint8Array
}

export function isPng(data: Uint8Array): boolean {
  return Buffer.from(data.subarray(0, 8)).equals(PNG_SIGNATURE)
}

/** Width and height from the IHDR chunk, which the PNG spec requires to come first. */
export function readPngSize(data: Buffer, name = 'PNG'): PngSize {
  if (!isPng(data)) throw new Error(`${name}: not a PNG (bad signature)`)
  if (data.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${name}: first chunk is not IHDR`)
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  if (pa <= pb && pa <= pc) return a
  return pb <= pc ? b : c
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }

/** Decodes 8-bit grey, grey+alpha, RGB and RGBA PNGs without interlacing: what our renderer writes. */
export function decodePng(data: Buffer, name = 'PNG'): DecodedPng {
  const { width, height } = readPngSize(data, name)
  const bitDepth = data[24]
  const colorType = data[25] ?? -1
  const interlace = data[28]
  const channels = CHANNELS[colorType]
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(
      `${name}: expected 8-bit non-interlaced grey/RGB(A), got depth ${bitDepth} type ${colorType}`,
    )
  }
  const idat: Buffer[] = []
  for (let at = 8; at < data.length; ) {
    const length = data.readUInt32BE(at)
    const type = data.toString('latin1', at + 4, at + 8)
    if (type === 'IDAT') idat.push(data.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const pixels = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0
      const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? -1]
      if (predictor === undefined) throw new Error(`${name}: unknown filter ${filter} on row ${y}`)
      pixels[y * stride + x] = ((row[x] ?? 0) + predictor) & 0xff
    }
  }
  const rgba = new Uint8Array(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    const p = pixels.subarray(i * channels, (i + 1) * channels)
    const grey = channels <= 2
    rgba[i * 4] = p[0] ?? 0
    rgba[i * 4 + 1] = (grey ? p[0] : p[1]) ?? 0
    rgba[i * 4 + 2] = (grey ? p[0] : p[2]) ?? 0
    rgba[i * 4 + 3] = channels === 2 || channels === 4 ? (p[channels - 1] ?? 0) : 255
  }
  return { width, height, rgba }
}

/** Edge lengths of the images in an .ico file (a 0 byte in the directory means 256). */
export function readIcoSizes(data: Buffer): number[] {
  if (data.readUInt16LE(0) !== 0 || data.readUInt16LE(2) !== 1) throw new Error('ICO: bad header')
  const count = data.readUInt16LE(4)
  const sizes: number[] = []
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i
    const width = data[entry] || 256
    const height = data[entry + 1] || 256
    if (width !== height) throw new Error(`ICO: entry ${i} is not square (${width}x${height})`)
    sizes.push(width)
  }
  return sizes
}

/** ICNS entries that hold a PNG, keyed by their OSType (ic07 = 128 px ... ic10 = 1024 px). */
export function readIcnsPngEntries(data: Buffer): Map<string, PngSize> {
  if (data.toString('latin1', 0, 4) !== 'icns') throw new Error('ICNS: bad magic')
  if (data.readUInt32BE(4) !== data.length) throw new Error('ICNS: header length does not match the file')
  const entries = new Map<string, PngSize>()
  for (let at = 8; at < data.length; ) {
    const type = data.toString('latin1', at, at + 4)
    const length = data.readUInt32BE(at + 4)
    if (length < 8) throw new Error(`ICNS: entry ${type} has impossible length ${length}`)
    const body = data.subarray(at + 8, at + length)
    if (isPng(body)) entries.set(type, readPngSize(body, `ICNS ${type}`))
    at += length
  }
  return entries
}
