// The evening scheduler: one bounded timer. When it arms, it works out what the wake-up will do (see
// scheduler-outcome.ts); when it fires on time, it sends at once and records after, the notification
// guarded by the notified log (notified-log.ts) so a crash in between never repeats it.

import { doNotDisturbGate } from '../shared/do-not-disturb.ts'
import { withAsked } from '../shared/journal.ts'
import type { AwayReason } from '../shared/notification-text.ts'
import { createMemoryNotifiedLog, type NotifiedLog, notifiedLine } from './notified-log.ts'
import { type Outcome, workOutOutcome } from './scheduler-outcome.ts'
import type { Clock, EventideStore, Logger, Notification, Notifier } from './services.ts'

export interface SchedulerDeps {
  store: EventideStore
  clock: Clock
  notifier: Notifier
  logger: Logger
  /**
   * Written before each notification and replayed at start. The app passes the file in the store's
   * folder; without one (tests, benches) it lives in memory and only guards against a failed store write.
   */
  notifiedLog?: NotifiedLog
  /** Longest a timer waits before re-checking the clock; timers stall while a laptop sleeps. */
  maxWaitMs?: number
  /** PREPARED_FOR_MS in the clock's milliseconds; only a bench whose clock runs faster changes it. */
  preparedForMs?: number
  /** LOG_AHEAD_MS in the clock's milliseconds; likewise only for a bench. */
  logAheadMs?: number
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

/** Idle, the timer wakes at least this often (4 per hour); a wake-up far later than asked is a sleep. */
export const DEFAULT_MAX_WAIT_MS = 15 * 60_000
/** setTimeout fires at once for anything longer than this. */
export const MAX_TIMER_MS = 2 ** 31 - 1
/** A timer this late means the machine slept (powerMonitor events do not arrive everywhere). */
const SLEPT_AFTER_MS = 60_000
/**
 * A timer firing within this of its instant carries out the outcome prepared for that instant: exactly
 * what a punctual timer would have done. Later or earlier (a clock jump), the wake-up works it out afresh.
 */
export const PREPARED_FOR_MS = 1_000
/**
 * A prepared send wakes this long before its instant to write its notified-log line, and sends from a
 * second timer at the instant: the write, a system call that is slowest on a machine waking from idle,
 * is then no longer between the instant and the notification. A crash inside these few milliseconds
 * loses that one reminder (the log says it went out); as before, no crash ever repeats one.
 */
export const LOG_AHEAD_MS = 5

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const maxWaitMs = deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS
  if (!Number.isFinite(maxWaitMs) || maxWaitMs < 1) {
    throw new RangeError(`maxWaitMs: expected a positive number of milliseconds, got ${maxWaitMs}`)
  }
  const { store, clock, notifier, logger } = deps
  const notifiedLog = deps.notifiedLog ?? createMemoryNotifiedLog()
  const preparedForMs = deps.preparedForMs ?? PREPARED_FOR_MS
  const logAheadMs = deps.logAheadMs ?? LOG_AHEAD_MS
  if (!(logAheadMs >= 0 && logAheadMs < preparedForMs)) {
    throw new RangeError(
      `logAheadMs: expected 0 or more milliseconds and less than preparedForMs (${preparedForMs}), got ${logAheadMs}`,
    )
  }
  const listeners = new Set<() => void>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let expectedAtMs = 0
  let running = false
  let lastNight: string | undefined
  let lastCheckInDue: boolean | undefined
  let holdingForDoNotDisturb = false
  /** When the last notification went out, so the next keeps FOLLOW_UP_MS away from it across re-plans. */
  let lastSentMs: number | null = null
  /** A send whose log line is written, waiting for its instant on the second timer. */
  let committed: Guarded | null = null

  const clearTimer = () => {
    // Stryker disable next-line ConditionalExpression: clearTimeout(undefined) does nothing either.
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
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
    // Stryker disable next-line StringLiteral: only a log line's wording.
    const about = notification.stepIds.length > 0 ? notification.stepIds.join(', ') : notification.title
    const failed = (err: unknown) =>
      // The step stays in tonight's checklist and is recorded as notified, so it is not retried in a loop.
      logger.error(
        `scheduler: the notification for ${about} could not be shown; ` +
          // Stryker disable next-line StringLiteral: the wording of a log line; the first half names the step.
          'it stays in the checklist and is not retried',
        err,
      )
    try {
      notifier.notify(notification).catch(failed)
    } catch (err) {
      failed(err)
    }
  }

  /** Stores what a wake-up decided; returns whether it all reached the store. */
  const record = (outcome: Outcome): boolean => {
    try {
      for (const { night, record } of outcome.writes) store.setNight(night, record)
      const entry = outcome.send?.entry
      if (entry && 'checkIn' in entry) {
        // Read now, not when prepared: a check-in saved since must not be overwritten.
        markCheckInAsked(store, entry.checkIn)
      }
      return true
    } catch (err) {
      logger.error('scheduler: could not record what was notified; the notified log keeps it', err)
      return false
    }
  }

  /** Before a send: its notified-log line, or, when the log cannot be written, the store write itself. */
  const guard = (outcome: Outcome, send: Send, preparedLine?: string): Guarded => {
    let logged = true
    try {
      notifiedLog.appendLine(preparedLine ?? notifiedLine(send.entry))
    } catch (err) {
      logged = false
      logger.error('scheduler: could not write the notified log; recording before sending instead', err)
    }
    // Without the log line, the store write must come first: a crash then never repeats the alert.
    const recorded = !logged && record(outcome)
    return { outcome, send, logged, recorded }
  }

  /** The send, then its record, then the log cleared: notify first, so the store write never delays it. */
  const deliver = ({ outcome, send: { notification, line }, logged, recorded }: Guarded) => {
    send(notification)
    // Logging writes a file too: after the send.
    // Stryker disable next-line StringLiteral: only a log line's wording.
    logger.info(`scheduler: ${line}`)
    for (const { message, error } of outcome.errors) logger.error(message, error)
    lastSentMs = outcome.atMs
    if (logged && record(outcome)) notifiedLog.clear()
    else if (!logged && !recorded) logger.warn('scheduler: a notification went out unrecorded')
  }

  /** Tells the app what a carried-out wake-up changed. */
  const noteChanges = (outcome: Outcome) => {
    const checkInChanged = outcome.checkInDue !== undefined && outcome.checkInDue !== lastCheckInDue
    if (outcome.checkInDue !== undefined) lastCheckInDue = outcome.checkInDue
    const newNight = outcome.shownNight !== undefined && outcome.shownNight !== lastNight
    if (outcome.shownNight !== undefined) lastNight = outcome.shownNight
    if (outcome.writes.length > 0 || outcome.send !== null || newNight || checkInChanged) emitChange()
  }

  /** Carries out a wake-up worked out just now: guard, send, record, tell the app. */
  const carryOut = (outcome: Outcome) => {
    if (outcome.send) deliver(guard(outcome, outcome.send))
    else {
      for (const { message, error } of outcome.errors) logger.error(message, error)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: recording no writes and no send stores nothing.
      if (outcome.writes.length > 0) record(outcome)
    }
    noteChanges(outcome)
  }

  /** A send already guarded goes out now: a re-plan or a stop came inside its last few milliseconds. */
  const flushCommitted = () => {
    if (committed === null) return
    const guarded = committed
    committed = null
    deliver(guarded)
    noteChanges(guarded.outcome)
  }

  /**
   * Arms the next wake-up from a fresh clock reading, after working out what it will do; timeZone is
   * the zone this wake-up read (undefined while Do Not Disturb holds, when nothing is prepared).
   */
  const arm = (nextWakeMs: number | null, timeZone: string | undefined) => {
    // A change listener or the notifier may have stopped the scheduler during this wake-up.
    if (!running) return
    const nowMs = clock.now()
    const wanted = nextWakeMs === null ? maxWaitMs : nextWakeMs - nowMs
    const atMs = nowMs + Math.max(0, Math.min(wanted, maxWaitMs, MAX_TIMER_MS))
    // What the timer will do when it fires on time.
    const ready =
      timeZone === undefined
        ? null
        : workOutOutcome({ store, nowMs: atMs, timeZone, away: 'passed', lastSentMs })
    const line = ready?.send ? notifiedLine(ready.send.entry) : undefined
    // A send wakes LOG_AHEAD_MS early to write its log line. The preparation took time: the delay is
    // measured from after it, so the timer is not late by it.
    const ahead = ready?.send ? logAheadMs : 0
    const delay = Math.max(0, Math.min(atMs - ahead - clock.now(), MAX_TIMER_MS))
    expectedAtMs = atMs
    timer = setTimeout(() => fire(ready, line), delay)
  }

  // fire runs only from the live timer, and stop() clears it, so fire and tick always find the scheduler running.
  const fire = (ready: Outcome | null, line: string | undefined) => {
    timer = undefined
    const nowMs = clock.now()
    const slept = nowMs - expectedAtMs > SLEPT_AFTER_MS
    const punctual = ready !== null && Math.abs(nowMs - ready.atMs) <= preparedForMs
    const held = holdingForDoNotDisturb || (notifier.inhibited?.() ?? false)
    if (punctual && !held) {
      // The zone is read once per wake-up; a change since the preparation means working it out again.
      const timeZone = clock.timeZone()
      if (timeZone === ready.timeZone) {
        if (ready.send) {
          const guarded = guard(ready, ready.send, line)
          const wait = ready.atMs - clock.now()
          const sendNow = () => {
            deliver(guarded)
            noteChanges(ready)
            arm(ready.nextWakeMs, timeZone)
          }
          // Already at the instant (the early timer was late): send now, not a timer's minimum later.
          if (wait <= 0) sendNow()
          else {
            committed = guarded
            timer = setTimeout(() => {
              timer = undefined
              committed = null
              sendNow()
            }, wait)
          }
          return
        }
        carryOut(ready)
        arm(ready.nextWakeMs, timeZone)
        return
      }
      tick('passed', timeZone)
      return
    }
    tick(slept ? 'asleep' : 'passed')
  }

  function tick(wakeReason: AwayReason, knownZone?: string) {
    clearTimer()
    flushCommitted()
    // Do Not Disturb (shared/do-not-disturb.ts): hold everything; the wake-up after it is treated like a sleep.
    const gate = doNotDisturbGate(notifier.inhibited?.() ?? false, holdingForDoNotDisturb, wakeReason)
    holdingForDoNotDisturb = gate.holding
    if (gate.hold) {
      arm(null, undefined)
      return
    }
    let timeZone: string | undefined
    let outcome: Outcome | null = null
    try {
      timeZone = knownZone ?? clock.timeZone()
      outcome = workOutOutcome({ store, nowMs: clock.now(), timeZone, away: gate.away, lastSentMs })
    } catch (err) {
      logger.error('scheduler: could not read the clock; trying again at the next wake-up', err)
    }
    if (outcome) carryOut(outcome)
    // After a sleep the app's own timers (the tray's refresh) stalled too: a change makes them catch up.
    if (wakeReason === 'asleep' && !outcome?.writes.length && !outcome?.send) emitChange()
    arm(outcome?.nextWakeMs ?? null, timeZone)
  }

  /** A crash between a notification and its record: the log holds what the store missed. */
  const replayNotifiedLog = () => {
    try {
      const { entries, damaged } = notifiedLog.pending()
      for (const line of damaged)
        logger.warn(`scheduler: skipped a torn notified-log line (never sent): ${line}`)
      if (entries.length === 0 && damaged.length === 0) return
      for (const entry of entries) {
        if ('night' in entry) store.setNight(entry.night, entry.record)
        else {
          markCheckInAsked(store, entry.checkIn)
        }
      }
      notifiedLog.clear()
      if (entries.length > 0)
        logger.info(`scheduler: recorded ${entries.length} notification(s) from the log`)
    } catch (err) {
      logger.error('scheduler: could not replay the notified log; a reminder may be shown again', err)
    }
  }

  return {
    start() {
      if (running) return
      running = true
      replayNotifiedLog()
      tick('closed')
    },
    stop() {
      running = false
      clearTimer()
      flushCommitted()
      try {
        notifiedLog.close()
      } catch (err) {
        logger.error('scheduler: could not close the notified log', err)
      }
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

type Send = NonNullable<Outcome['send']>

/** A send whose guard is in place: its log line written (or, failing that, its record stored first). */
interface Guarded {
  outcome: Outcome
  send: Send
  logged: boolean
  recorded: boolean
}

/** Records that the check-in for `night` was asked, writing the journal's small core file only. */
function markCheckInAsked(store: EventideStore, night: string): void {
  const { checkIns: _recent, ...core } = store.recentJournal()
  store.setJournalCore({ ...core, checkInAsked: withAsked(core.checkInAsked, night) })
}
