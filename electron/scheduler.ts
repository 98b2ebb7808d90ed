// The evening scheduler: one bounded timer that re-reads the wall clock, asks decide() what is due,
// records it, then sends at most one notification.

import { nightOf } from '../shared/night.ts'
import { type AwayReason, notificationText } from '../shared/notification-text.ts'
import { decide } from '../shared/schedule.ts'
import { planNight } from '../shared/timeline.ts'
import type { Clock, EventideStore, Logger, Notifier } from './services.ts'

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

  const send = (title: string, body: string, stepIds: string[], actions: boolean, sound: boolean) => {
    const failed = (err: unknown) =>
      // The step stays in tonight's checklist and is recorded as notified, so it is not retried in a loop.
      logger.error(
        `scheduler: the notification for ${stepIds.join(', ')} could not be shown; ` +
          'the steps stay in the checklist and are not retried',
        err,
      )
    try {
      notifier.notify({ title, body, stepIds, actions, sound }).catch(failed)
    } catch (err) {
      failed(err)
    }
  }

  function tick(away: AwayReason) {
    if (!running) return
    clearTimer()
    let nowMs = Date.now()
    let nextWakeMs: number | null = null
    try {
      const settings = store.getSettings()
      const timeZone = clock.timeZone()
      nowMs = clock.now()
      const night = nightOf(nowMs, timeZone)
      const record = store.getNight(night)
      const tonight = record.bedtimeOverride ? { bedtime: record.bedtimeOverride } : undefined
      const plan = planNight(settings, night, timeZone, tonight)
      const { enabled, graceMinutes, headsUpMinutes, sound } = settings.notifications
      const decision = decide(plan, record, nowMs, { enabled, graceMinutes, headsUpMinutes })
      nextWakeMs = decision.nextWakeMs
      const changed = decision.record !== record
      // Written before anything is shown: a crash or restart after this point never repeats the alert.
      if (changed) store.setNight(night, decision.record)
      if (decision.alert) {
        const text = notificationText(decision.alert, plan, settings.steps, away)
        logger.info(`scheduler: ${decision.alert.kind} for ${text.stepIds.join(', ')} on night ${night}`)
        send(text.title, text.body, text.stepIds, text.actions, sound)
      }
      const newNight = night !== lastNight
      lastNight = night
      if (changed || newNight) emitChange()
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
