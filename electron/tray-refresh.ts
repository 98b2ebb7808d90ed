// The tray's headline moves on when a step starts or ends, even with notifications (and so reminders)
// off: one timer for the snapshot's next change, and none while nothing is coming. A sleep stalls it, but
// the scheduler reports every sleep it notices (resume, or a late wake-up) as a change, which re-arms it.
import { instantMs } from '../shared/night.ts'
import type { Clock } from './services.ts'

/** setTimeout fires at once for anything longer than this. */
const MAX_TIMER_MS = 2 ** 31 - 1
/** Never sooner than this, so a change instant that has just passed cannot spin. */
export const MIN_REFRESH_MS = 1_000

export interface TrayRefresh {
  /** Re-arms for the snapshot just pushed: its changesAt, or nothing. */
  update(changesAt: string | null): void
  stop(): void
}

export function createTrayRefresh(refresh: () => void, clock: Pick<Clock, 'now'>): TrayRefresh {
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }
  return {
    update(changesAt) {
      stop()
      if (changesAt === null) return
      const waitMs = instantMs(changesAt) - clock.now()
      timer = setTimeout(
        () => {
          timer = undefined
          refresh()
        },
        Math.min(Math.max(waitMs, MIN_REFRESH_MS), MAX_TIMER_MS),
      )
    },
    stop,
  }
}
