// WCAG contrast of text as painted: the text colour against the background the eye sees behind it, which is
// the element's own background laid over its ancestors' (a translucent fill counts only as much as it covers).
import type { Locator } from 'playwright-core'

export type Rgba = [number, number, number, number]

/** "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)" or "color(srgb 0.1 0.2 0.3 / 0.5)" as 0–255 channels and alpha. */
export function parseColour(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(text)
  if (srgb) {
    const [r, g, b] = [srgb[1], srgb[2], srgb[3]].map((v) => Number(v) * 255) as [number, number, number]
    return [r, g, b, srgb[4] === undefined ? 1 : Number(srgb[4])]
  }
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(text)
  if (!rgb) throw new Error(`colour: expected rgb(), rgba() or color(srgb …), got "${text}"`)
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])]
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3]
  return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat(1) as Rgba
}

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number) => {
    const c = v / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * The contrast of `text`'s colour against what is painted behind it: every background from the element up to
 * the root, the innermost on top, over the canvas white a page starts from.
 */
export async function paintedContrast(
  text: Locator,
): Promise<{ colour: string; backgrounds: string[]; ratio: number }> {
  const { colour, backgrounds } = await text.evaluate((el) => {
    const out: string[] = []
    for (let node: Element | null = el; node; node = node.parentElement) {
      out.push(getComputedStyle(node).backgroundColor)
    }
    return { colour: getComputedStyle(el).color, backgrounds: out }
  })
  let painted: Rgba = [255, 255, 255, 1]
  for (const layer of [...backgrounds].reverse()) painted = over(parseColour(layer), painted)
  const ink = over(parseColour(colour), painted)
  return { colour, backgrounds, ratio: contrastRatio(ink, painted) }
}
