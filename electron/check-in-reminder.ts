// When to send the one "How was last night?" notification: the scheduler asks this on every wake-up.
import { checkInDueAtMs, checkInNightFor } from '../shared/checkin.ts'
import { isCheckInDue } from '../shared/history-view.ts'
import { t } from '../shared/i18n/index.ts'
import type { Journal } from '../shared/journal.ts'
import { nightOf } from '../shared/night.ts'
import type { Settings } from '../shared/settings.ts'
import type { Notification } from './services.ts'

/** The reminder's title in the person's language; tests and the drill find the reminder by it. */
export function checkInTitle(): string {
  return t('main.checkIn.title')
}

export interface CheckInReminder {
  /** The night to ask about with a notification now; null when nothing is to be sent. */
  askNow: string | null
  /** The check-in is waiting (the checklist shows a banner), whether or not a notification goes out. */
  due: boolean
  /** The next instant a check-in falls due, so the timer wakes right at the check-in time. */
  nextWakeMs: number | null
}

export function checkInNotification(sound: boolean): Notification {
  return {
    title: checkInTitle(),
    body: t('main.checkIn.body'),
    stepIds: [],
    actions: false,
    sound,
    view: 'check-in',
  }
}

/**
 * From the check-in time on the morning after a night until noon, the night gets one notification, unless
 * it already has a check-in or was asked about before (also across restarts: the journal remembers).
 * A machine that wakes up or is unlocked later that morning gets it then; after noon it is not sent.
 */
export function checkInReminder(
  settings: Settings,
  journal: Journal,
  nowMs: number,
  timeZone: string,
): CheckInReminder {
  if (!settings.checkInEnabled) return { askNow: null, due: false, nextWakeMs: null }
  const night = checkInNightFor(nowMs, timeZone)
  const due = isCheckInDue(settings, journal, { nowMs, timeZone })
  const canNotify = settings.notifications.enabled
  const askNow = due && canNotify && !journal.checkInAsked.includes(night) ? night : null

  let nextWakeMs: number | null = null
  if (canNotify) {
    for (const candidate of new Set([night, nightOf(nowMs, timeZone)])) {
      if (journal.checkInAsked.includes(candidate) || journal.checkIns[candidate]) continue
      const at = checkInDueAtMs(candidate, settings.checkInTime, timeZone)
      if (at <= nowMs) continue
      nextWakeMs = nextWakeMs === null ? at : Math.min(nextWakeMs, at)
    }
  }
  return { askNow, due, nextWakeMs }
}
