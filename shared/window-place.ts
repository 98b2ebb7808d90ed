// Where a window reopens: where the person left it, as long as that place is still on a screen they have.
// Monitors come and go (a laptop leaves its dock), so a remembered place is checked against today's screens.

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface Size {
  width: number
  height: number
}

/** How much of the top edge must lie on a screen for the person to grab the title bar and move the window. */
export const GRAB_WIDTH = 120
export const GRAB_HEIGHT = 32

function overlap(a: Bounds, b: Bounds): Size {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/**
 * The bounds to open a window with: the remembered ones when their title bar can still be grabbed on one of
 * the screens' work areas, moved and shrunk to lie wholly on that screen (never below the window's minimum
 * size); otherwise none, and the window opens at its default size, centred by the OS.
 */
export function placeWindow(
  saved: Bounds | undefined,
  workAreas: readonly Bounds[],
  minimum: Size,
): Bounds | null {
  if (!saved) return null
  const titleBar: Bounds = { x: saved.x, y: saved.y, width: saved.width, height: GRAB_HEIGHT }
  const screen = workAreas.find((area) => {
    const seen = overlap(titleBar, area)
    return seen.width >= Math.min(GRAB_WIDTH, saved.width) && seen.height >= GRAB_HEIGHT
  })
  if (!screen) return null
  const width = Math.max(minimum.width, Math.min(saved.width, screen.width))
  const height = Math.max(minimum.height, Math.min(saved.height, screen.height))
  const x = Math.min(Math.max(saved.x, screen.x), screen.x + screen.width - Math.min(width, screen.width))
  const y = Math.min(Math.max(saved.y, screen.y), screen.y + screen.height - Math.min(height, screen.height))
  return { x, y, width, height }
}
