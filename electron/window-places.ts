// Remembers where each window was left and reopens it there. The places are not health data and are kept
// apart from the encrypted store, in electron-store (window-places-store.ts), behind this small interface.
import { z } from 'zod'
import type { View } from '../shared/ipc.ts'
import { type Bounds, placeWindow, type Size } from '../shared/window-place.ts'
import type { Logger } from './services.ts'

/** The slice of electron-store used here, so tests can hand in a Map. */
export interface PlaceStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
}

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
})

export interface WindowPlaces {
  /** Bounds to open `view` with, or null for the default size and place. */
  restore(view: View, workAreas: readonly Bounds[], minimum: Size): Bounds | null
  /** Called when a window closes or is moved; maximised and minimised windows keep their last normal place. */
  remember(view: View, bounds: Bounds): void
}

export function createWindowPlaces(store: PlaceStore, logger: Logger): WindowPlaces {
  return {
    restore(view, workAreas, minimum) {
      const saved = store.get(view)
      if (saved === undefined) return null
      const parsed = boundsSchema.safeParse(saved)
      if (!parsed.success) {
        // A hand-edited or old file: open at the default place rather than somewhere odd.
        logger.warn(
          `window places: ${view}: expected {x, y, width, height} in whole pixels; using the default`,
        )
        return null
      }
      return placeWindow(parsed.data, workAreas, minimum)
    },
    remember(view, bounds) {
      const parsed = boundsSchema.safeParse(bounds)
      if (parsed.success) store.set(view, parsed.data)
      else logger.warn(`window places: ${view}: not remembered, expected whole-pixel bounds`)
    },
  }
}
