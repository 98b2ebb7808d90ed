// The preview's clock: the machine's time, or a wall-clock time you set (`?at=21:55&date=2026-11-24`,
// or --at / --date), from which it keeps running, so steps come due and the scheduler fires as they would.
import type { Clock } from '../electron/services.ts'
import { parseHHMM } from '../shared/hhmm.ts'
import { nightOf, parseNight, wallTimeOnNight } from '../shared/night.ts'

export interface PreviewClock extends Clock {
  /**
   * Moves the clock to `at` (HH:MM) on the night `date` (YYYY-MM-DD, default: the night it is now). As
   * everywhere in Eventide, a time before 12:00 lies on the morning after the night's date.
   */
  setWallTime(at: string, date?: string): void
  /** Back to the machine's own time. */
  reset(): void
}

export function previewClock(options: { timeZone: string; realNow?: () => number }): PreviewClock {
  const realNow = options.realNow ?? (() => Date.now())
  const zone = options.timeZone
  let offsetMs = 0
  const now = () => realNow() + offsetMs
  return {
    now,
    timeZone: () => zone,
    setWallTime(at, date) {
      const minutes = parseHHMM(at, 'at')
      const night = parseNight(date ?? nightOf(now(), zone), 'date')
      offsetMs = wallTimeOnNight(night, minutes, zone).epochMilliseconds - realNow()
    },
    reset() {
      offsetMs = 0
    },
  }
}
