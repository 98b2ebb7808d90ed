// The evening scheduler: one bounded timer that re-reads the wall clock, asks decide() what is due,
// records it, then sends at most one notification.

import { doNotDisturbGate } from '../shared/do-not-disturb.ts'
import { escalationNudge } from '../shared/escalation.ts'
import { withAsked } from '../shared/journal.ts'
import { eveningNight, liveNights, nightReach } from '../shared/lifecycle.ts'
import { type AwayReason, notificationTextWithCautions } from '../shared/notification-text.ts'
import { decide, FOLLOW_UP_MS } from '../shared/schedule.ts'
import type { Settings } from '../shared/settings.ts'
import { type NightPlan, planNight, usualBedtime } from '../shared/timeline.ts'
import { checkInNotification, checkInReminder } from './check-in-reminder.ts'
import type { Clock, EventideStore, Logger, Notification, Notifier } from './services.ts'

export interface SchedulerDeps {
  store: EventideStore
  clock: Clock
  notifier: Notifier
  logger: Logger
  /** Longest a timer waits before re-checking the clock; timers stall while a laptop sleeps. */
  maxWaitMs?: number
}

export interface Scheduler {
  start(): void
  /** Clears every timer; nothing runs until start() again. */
  stop(): void
  /** Re-evaluates now and re-arms: resume, unlock, time-zone change, settings or bedtime change. */
  replan(reason: string): void
  /** Called after a tick changed tonight's record or a new night began, to push state to the UI. */
  onChange(listener: () => void): () => void
}

export const DEFAULT_MAX_WAIT_MS = 60_000
/** setTimeout fires at once for anything longer than this. */
export const MAX_TIMER_MS = 2 ** 31 - 1
/** A timer this late means the machine slept (powerMonitor events do not arrive everywhere). */
const SLEPT_AFTER_MS = 60_000

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const maxWaitMs = deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  if (!Number.isFinite(maxWaitMs) || maxWaitMs < 1) {
    throw new RangeError(`maxWaitMs: expected a positive number of milliseconds, got ${maxWaitMs}`)
  }
  const { store, clock, notifier, logger } = deps
  const listeners = new Set<() => void>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let expectedAtMs = 0
  let running = false
  let lastNight: string | undefined
  let lastCheckInDue: boolean | undefined
  let holdingForDoNotDisturb = false
  /** When the last notification went out, so the next keeps FOLLOW_UP_MS away from it across re-plans. */
  let lastSentMs: number | null = null

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  const arm = (nowMs: number, nextWakeMs: number | null) => {
    const wanted = nextWakeMs === null ? maxWaitMs : nextWakeMs - nowMs
    const delay = Math.max(0, Math.min(wanted, maxWaitMs, MAX_TIMER_MS))
    expectedAtMs = nowMs + delay
    timer = setTimeout(() => {
      timer = undefined
      const slept = clock.now() - expectedAtMs > SLEPT_AFTER_MS
      tick(slept ? 'asleep' : 'passed')
    }, delay)
  }

  const emitChange = () => {
    for (const listener of listeners) {
      try {
        listener()
      } catch (err) {
        logger.error('scheduler: a change listener failed', err)
      }
    }
  }

  const send = (notification: Notification) => {
    const about = notification.stepIds.length > 0 ? notification.stepIds.join(', ') : notification.title
    const failed = (err: unknown) =>
      // The step stays in tonight's checklist and is recorded as notified, so it is not retried in a loop.
      logger.error(
        `scheduler: the notification for ${about} could not be shown; ` +
          'it stays in the checklist and is not retried',
        err,
      )
    try {
      notifier.notify(notification).catch(failed)
    } catch (err) {
      failed(err)
    }
  }

  /**
   * The morning check-in: at most one notification per night, recorded before it is shown. Returns the
   * next wake-up it needs and whether the checklist should be refreshed.
   */
  function checkIn(settings: Settings, nowMs: number, timeZone: string, held: boolean) {
    const journal = store.getJournal()
    const reminder = checkInReminder(settings, journal, nowMs, timeZone)
    let nextWakeMs = reminder.nextWakeMs
    let changed = reminder.due !== lastCheckInDue
    lastCheckInDue = reminder.due
    if (reminder.askNow !== null) {
      if (held) {
        // One notification per wake-up: the check-in follows a moment after the last one.
        nextWakeMs = Math.max(nowMs, lastSentMs ?? nowMs) + FOLLOW_UP_MS
      } else {
        store.setJournal({ ...journal, checkInAsked: withAsked(journal.checkInAsked, reminder.askNow) })
        logger.info(`scheduler: check-in reminder for night ${reminder.askNow}`)
        send(checkInNotification(settings.notifications.sound))
        lastSentMs = nowMs
        changed = true
      }
    }
    return { nextWakeMs, changed }
  }

  /** A night's plan with its one-night bedtime if it has one; planned once per wake-up. */
  const planFor = (settings: Settings, timeZone: string) => {
    const plans = new Map<string, NightPlan>()
    const reachOf = (night: string) => {
      const override = store.getNight(night).bedtimeOverride
      return nightReach(settings, override ?? usualBedtime(settings, night).clock)
    }
    const planOf = (night: string) => {
      let plan = plans.get(night)
      if (plan === undefined) {
        const record = store.getNight(night)
        const tonight = record.bedtimeOverride ? { bedtime: record.bedtimeOverride } : undefined
        plan = planNight(settings, night, timeZone, tonight)
        plans.set(night, plan)
      }
      return plan
    }
    return { planOf, reachOf }
  }

  /** Waits until the follow-up gap after the last notification has passed; true when one may go out now. */
  const mayNotify = (nowMs: number) =>
    lastSentMs === null || nowMs - lastSentMs >= FOLLOW_UP_MS || nowMs < lastSentMs

  function tick(wakeReason: AwayReason) {
    if (!running) return
    clearTimer()
    // Do Not Disturb (shared/do-not-disturb.ts): hold everything; the wake-up after it is treated like a sleep.
    const gate = doNotDisturbGate(notifier.inhibited?.() ?? false, holdingForDoNotDisturb, wakeReason)
    holdingForDoNotDisturb = gate.holding
    if (gate.hold) {
      arm(clock.now(), null)
      return
    }
    const away = gate.away
    let nowMs = Date.now()
    let nextWakeMs: number | null = null
    const wakeAt = (ms: number | null) => {
      if (ms !== null && (nextWakeMs === null || ms < nextWakeMs)) nextWakeMs = ms
    }
    try {
      const settings = store.getSettings()
      const timeZone = clock.timeZone()
      nowMs = clock.now()
      const { planOf, reachOf } = planFor(settings, timeZone)
      const { enabled, graceMinutes, headsUpMinutes, sound } = settings.notifications
      let alertSent = false
      let changed = false
      // Every night whose steps can reach now: a step before noon of its night, an evening closing after noon.
      for (const night of liveNights(nowMs, timeZone, planOf, reachOf)) {
        const record = store.getNight(night)
        const plan = planOf(night)
        const decision = decide(plan, record, nowMs, { enabled, graceMinutes, headsUpMinutes })
        wakeAt(decision.nextWakeMs)
        // Escalation (shared/escalation.ts): one second nudge, never on top of another alert; the bounded
        // re-check brings it within a minute of its time.
        const nudge = decision.alert ? null : escalationNudge(plan, decision.record, settings, nowMs)
        if ((decision.alert !== null || nudge !== null) && (alertSent || !mayNotify(nowMs))) {
          // One notification per wake-up, the next a few seconds after the last (also across re-plans).
          // Nothing of this decision is recorded, so it is decided afresh then.
          wakeAt(alertSent ? nowMs + FOLLOW_UP_MS : (lastSentMs ?? nowMs) + FOLLOW_UP_MS)
          continue
        }
        const next = nudge ? nudge.record : decision.record
        if (next !== record) {
          // Written before anything is shown: a crash or restart after this point never repeats the alert.
          // The planned step ids go with it, so history judges the night by its own plan.
          store.setNight(night, { ...next, planned: plan.steps.map((s) => s.id) })
          changed = true
        }
        if (decision.alert) {
          const text = notificationTextWithCautions(
            decision.alert,
            plan,
            settings.steps,
            away,
            settings.health,
          )
          logger.info(`scheduler: ${decision.alert.kind} for ${text.stepIds.join(', ')} on night ${night}`)
          send({ title: text.title, body: text.body, stepIds: text.stepIds, actions: text.actions, sound })
        } else if (nudge) {
          logger.info(`scheduler: second nudge for ${nudge.stepIds[0]} on night ${night}`)
          send({ title: nudge.title, body: nudge.body, stepIds: nudge.stepIds, actions: true, sound })
        }
        if (decision.alert || nudge) {
          alertSent = true
          lastSentMs = nowMs
        }
      }
      let checkInChanged = false
      try {
        const reminder = checkIn(settings, nowMs, timeZone, alertSent || !mayNotify(nowMs))
        checkInChanged = reminder.changed
        wakeAt(reminder.nextWakeMs)
      } catch (err) {
        logger.error('scheduler: could not check the morning check-in; trying again at the next wake-up', err)
      }
      const shown = eveningNight(nowMs, timeZone, planOf, reachOf)
      const newNight = shown !== lastNight
      lastNight = shown
      if (changed || newNight || checkInChanged) emitChange()
    } catch (err) {
      logger.error('scheduler: could not check tonight’s steps; trying again at the next wake-up', err)
    }
    arm(nowMs, nextWakeMs)
  }

  return {
    start() {
      if (running) return
      running = true
      tick('closed')
    },
    stop() {
      running = false
      clearTimer()
    },
    replan(reason) {
      if (!running) return
      logger.info(`scheduler: re-planning (${reason})`)
      tick(reason === 'resume' ? 'asleep' : 'passed')
    },
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
