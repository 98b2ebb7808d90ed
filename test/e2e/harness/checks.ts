// Page checks shared by the journeys: axe-core, visible focus, reflow, and screenshots for people to look at.
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../../test-output/screenshots')

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface AxeFinding {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

/**
 * Runs axe-core in the page. The source goes in through the DevTools protocol (page.evaluate), which the
 * page's CSP (script-src 'self') does not govern, so the CSP under test stays exactly as shipped.
 */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<AxeResults> } }).axe
    interface AxeResults {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: unknown[]; failureSummary?: string }[]
      }[]
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map(
        (n) =>
          `${n.target.map(String).join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ')})` : ''}`,
      ),
    }))
  }, AXE_TAGS)
}

export function describeFindings(findings: AxeFinding[]): string {
  return findings.map((f) => `${f.id} [${f.impact}] ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n')
}

/** How the focused element shows its focus: its outline and box-shadow, or null when nothing is focused. */
export async function focusIndicator(
  page: Page,
): Promise<{ tag: string; text: string; outline: string; boxShadow: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const outline =
      style.outlineStyle === 'none' || style.outlineWidth === '0px'
        ? 'none'
        : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      outline,
      boxShadow: style.boxShadow,
    }
  })
}

/** Elements wider than the viewport, which at 200 % zoom means sideways scrolling (WCAG 1.4.10). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const out: string[] = []
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect()
      if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
        const name = el.id
          ? `#${el.id}`
          : el.className && typeof el.className === 'string'
            ? `.${el.className.split(' ')[0]}`
            : ''
        out.push(
          `${el.tagName.toLowerCase()}${name} spans ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`,
        )
      }
    }
    return out
  })
}

/** Saves the whole page as `<name>.png` and what the window shows on opening as `<name>-window.png`. */
export async function screenshot(page: Page, name: string): Promise<string[]> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const full = join(SCREENSHOT_DIR, `${name}.png`)
  const windowShot = join(SCREENSHOT_DIR, `${name}-window.png`)
  await page.screenshot({ path: full, fullPage: true, animations: 'disabled' })
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: windowShot, animations: 'disabled' })
  return [full, windowShot]
}
