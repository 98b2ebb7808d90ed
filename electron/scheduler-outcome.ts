// What one scheduler wake-up at a given instant would do, worked out without doing any of it: the
// scheduler prepares this when it arms a timer, so the timer only has to send and record.
import { checkInDue, checkInDueAtMs, checkInNightFor } from '../shared/checkin.ts'
import { escalationNudge } from '../shared/escalation.ts'
import { eveningNight, liveNights, nightReach } from '../shared/lifecycle.ts'
import { nightOf } from '../shared/night.ts'
import { type AwayReason, notificationTextWithCautions } from '../shared/notification-text.ts'
import type { NightRecord } from '../shared/records.ts'
import { decide, FOLLOW_UP_MS } from '../shared/schedule.ts'
import type { Settings } from '../shared/settings.ts'
import { type NightPlan, planNight, usualBedtime } from '../shared/timeline.ts'
import { type CheckInReminder, checkInNotification, checkInReminder } from './check-in-reminder.ts'
import type { NotifiedEntry } from './notified-log.ts'
import type { EventideStore, Notification } from './services.ts'

export interface Outcome {
  /** The instant it was worked out for. */
  atMs: number
  timeZone: string
  away: AwayReason
  /** Night records to store (nothing else changes a record). */
  writes: { night: string; record: NightRecord }[]
  /** The one notification of this wake-up, with its notified-log entry and its log line. */
  send: { notification: Notification; entry: NotifiedEntry; line: string } | null
  /** Whether the morning check-in is waiting (for the checklist's banner); undefined when unknown. */
  checkInDue: boolean | undefined
  /** The night the checklist shows; undefined when it could not be worked out. */
  shownNight: string | undefined
  nextWakeMs: number | null
  /** Failures to log when this outcome is carried out (never when it is dropped by a re-plan). */
  errors: { message: string; error: unknown }[]
}

export interface OutcomeInput {
  store: EventideStore
  nowMs: number
  timeZone: string
  away: AwayReason
  /** When the last notification went out, so the next keeps FOLLOW_UP_MS away from it. */
  lastSentMs: number | null
}

/** A night's plan with its one-night bedtime if it has one; planned once per wake-up. */
function planFor(store: EventideStore, settings: Settings, timeZone: string) {
  const plans = new Map<string, NightPlan>()
  const reachOf = (night: string) => {
    const override = store.getNight(night).bedtimeOverride
    return nightReach(settings, override ?? usualBedtime(settings, night).clock)
  }
  const planOf = (night: string) => {
    let plan = plans.get(night)
    // Stryker disable next-line ConditionalExpression: a cache only; planNight is pure, so a fresh plan is equal
    if (plan === undefined) {
      const record = store.getNight(night)
      const tonight = record.bedtimeOverride ? { bedtime: record.bedtimeOverride } : undefined
      plan = planNight(settings, night, timeZone, tonight)
      // Stryker disable next-line all: a cache only (see above)
      plans.set(night, plan)
    }
    return plan
  }
  return { planOf, reachOf }
}

/**
 * The check-in reminder, reading the journal (a large read with years stored) only inside the morning
 * window; outside it nothing can be due, and the timer wakes at the next check-in time whatever was asked.
 */
function checkInAt(
  store: EventideStore,
  settings: Settings,
  nowMs: number,
  timeZone: string,
): CheckInReminder {
  const { checkInTime, checkInEnabled } = settings
  if (checkInEnabled && checkInDue({ checkInTime, nowMs, timeZone, alreadyCheckedIn: false })) {
    // Recent years only: whether last night has a check-in never needs the old ones.
    return checkInReminder(settings, store.recentJournal(), nowMs, timeZone)
  }
  if (!checkInEnabled || !settings.notifications.enabled)
    return { askNow: null, due: false, nextWakeMs: null }
  const nights = new Set([checkInNightFor(nowMs, timeZone), nightOf(nowMs, timeZone)])
  const times = [...nights]
    .map((night) => checkInDueAtMs(night, checkInTime, timeZone))
    // Stryker disable next-line EqualityOperator: at == nowMs is the check-in time itself, answered by checkInDue above
    .filter((at) => at > nowMs)
  // Never empty: the coming night's check-in is always ahead. The guard keeps an empty list from waking at Infinity.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: times always holds the coming night's instant
  return { askNow: null, due: false, nextWakeMs: times.length > 0 ? Math.min(...times) : null }
}

/** How soon a wake-up that failed is tried again. */
export const RETRY_AFTER_ERROR_MS = 60_000

export function workOutOutcome({ store, nowMs, timeZone, away, lastSentMs }: OutcomeInput): Outcome {
  const outcome: Outcome = {
    atMs: nowMs,
    timeZone,
    away,
    writes: [],
    send: null,
    checkInDue: undefined,
    shownNight: undefined,
    nextWakeMs: null,
    errors: [],
  }
  const wakeAt = (ms: number | null) => {
    if (ms !== null) outcome.nextWakeMs = outcome.nextWakeMs === null ? ms : Math.min(outcome.nextWakeMs, ms)
  }
  // Waits until the follow-up gap after the last notification has passed; true when one may go out now.
  const mayNotify = lastSentMs === null || nowMs - lastSentMs >= FOLLOW_UP_MS || nowMs < lastSentMs
  try {
    const settings = store.getSettings()
    const { planOf, reachOf } = planFor(store, settings, timeZone)
    const { enabled, graceMinutes, headsUpMinutes, sound } = settings.notifications
    // Every night whose steps can reach now: a step before noon of its night, an evening closing after noon.
    for (const night of liveNights(nowMs, timeZone, planOf, reachOf)) {
      const record = store.getNight(night)
      const plan = planOf(night)
      const decision = decide(plan, record, nowMs, { enabled, graceMinutes, headsUpMinutes })
      wakeAt(decision.nextWakeMs)
      // Escalation (shared/escalation.ts): one second nudge, never on top of another alert; the bounded
      // re-check brings it close to its time.
      const nudge = decision.alert ? null : escalationNudge(plan, decision.record, settings, nowMs)
      if ((decision.alert !== null || nudge !== null) && (outcome.send !== null || !mayNotify)) {
        // One notification per wake-up, the next a few seconds after the last (also across re-plans).
        // Nothing of this decision is recorded, so it is decided afresh then.
        wakeAt(outcome.send ? nowMs + FOLLOW_UP_MS : (lastSentMs ?? nowMs) + FOLLOW_UP_MS)
        continue
      }
      const next = nudge ? nudge.record : decision.record
      if (next === record) continue
      // The planned step ids go with the record, so history judges the night by its own plan.
      const stored = { ...next, planned: plan.steps.map((s) => s.id) }
      outcome.writes.push({ night, record: stored })
      const entry = { night, record: stored }
      if (decision.alert) {
        const text = notificationTextWithCautions(decision.alert, plan, settings.steps, away, settings.health)
        outcome.send = {
          notification: {
            title: text.title,
            body: text.body,
            stepIds: text.stepIds,
            actions: text.actions,
            sound,
          },
          entry,
          line: `${decision.alert.kind} for ${text.stepIds.join(', ')} on night ${night}`,
        }
      } else if (nudge) {
        outcome.send = {
          notification: {
            title: nudge.title,
            body: nudge.body,
            stepIds: nudge.stepIds,
            actions: true,
            sound,
          },
          entry,
          line: `second nudge for ${nudge.stepIds[0]} on night ${night}`,
        }
      }
    }
    try {
      const reminder = checkInAt(store, settings, nowMs, timeZone)
      outcome.checkInDue = reminder.due
      wakeAt(reminder.nextWakeMs)
      if (reminder.askNow !== null) {
        if (outcome.send !== null || !mayNotify) {
          // One notification per wake-up: the check-in follows a full follow-up gap from now (a last send held
          // back here lies at or before now, so now is always the later of the two).
          wakeAt(nowMs + FOLLOW_UP_MS)
        } else {
          outcome.send = {
            notification: checkInNotification(sound),
            entry: { checkIn: reminder.askNow },
            line: `check-in reminder for night ${reminder.askNow}`,
          }
        }
      }
    } catch (error) {
      outcome.errors.push({
        message: 'scheduler: could not check the morning check-in; trying again at the next wake-up',
        error,
      })
    }
    outcome.shownNight = eveningNight(nowMs, timeZone, planOf, reachOf)
  } catch (error) {
    outcome.errors.push({
      message: 'scheduler: could not check tonight’s steps; trying again at the next wake-up',
      error,
    })
  }
  // A failure (a disk that briefly failed) is retried within a minute, not after a whole idle wait.
  if (outcome.errors.length > 0) wakeAt(nowMs + RETRY_AFTER_ERROR_MS)
  return outcome
}
