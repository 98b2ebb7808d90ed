// The scheduler's brain, pure: given tonight's plan, what has happened and the time, what to do now.
import { eveningCloseMs, stepEndMs } from './lifecycle.ts'
import { formatMs, instantMs } from './night.ts'
import { copyRecord, type NightRecord } from './records.ts'
import type { NightPlan } from './timeline.ts'

export interface ScheduleOptions {
  /** Notifications switched on in settings. */
  enabled: boolean
  graceMinutes: number
  headsUpMinutes: number
}

/** At most one alert per decision, so a wake-up never turns into a burst of notifications. */
export type Alert =
  | { kind: 'due'; stepIds: string[]; late: boolean; missedIds: string[] }
  | { kind: 'summary'; missedIds: string[] }
  | { kind: 'heads-up'; stepIds: string[]; minutes: number }

export interface Decision {
  alert: Alert | null
  record: NightRecord
  /** The next instant anything can change; the caller still re-checks at a bounded interval. */
  nextWakeMs: number | null
}

/**
 * Overdue by less than this counts as on time, whatever the grace window: real timers fire a little
 * late, and a grace of 0 must not turn every step into a missed one.
 */
export const ON_TIME_MS = 60_000

/** A heads-up held back by another alert follows this much later instead of landing on top of it. */
export const FOLLOW_UP_MS = 5_000

export function isSettled(record: NightRecord, stepId: string): boolean {
  return record.steps[stepId] !== undefined
}

export function decide(plan: NightPlan, record: NightRecord, nowMs: number, opts: ScheduleOptions): Decision {
  // Paused or switched off: nothing is sent, and steps that pass meanwhile are counted as notified, so
  // switching back on later does not produce a summary of steps the user chose not to hear about.
  const quiet = record.paused || !opts.enabled
  const graceMs = Math.max(opts.graceMinutes * 60_000, ON_TIME_MS)
  const headsUpMs = opts.headsUpMinutes * 60_000
  const due: string[] = []
  const missed: string[] = []
  const silenced: string[] = []
  const headsUp: { id: string; atMs: number }[] = []
  let late = false
  let next: number | null = null
  const consider = (ms: number) => {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: every caller passes a future instant, and of two equal ones either is the same wake-up.
    if (ms > nowMs && (next === null || ms < next)) next = ms
  }

  const closeMs = eveningCloseMs(plan)
  // Snoozes that ran past their step's end: the step is over, so they are dropped without a word.
  const expired: string[] = []

  for (const step of plan.steps) {
    if (isSettled(record, step.id)) continue
    // Reported once as missed: ticking it and undoing that must not report it again.
    if (record.summarized.includes(step.id)) continue
    const snoozedUntil = record.snoozed[step.id]
    const notified = record.notified.includes(step.id)
    // A snooze replaces the step's own time: the step is due again when the snooze runs out.
    const pending = snoozedUntil !== undefined || !notified
    if (!pending) continue
    const endMs = stepEndMs(step, closeMs)
    const dueMs = instantMs(snoozedUntil ?? step.at)
    if (dueMs <= nowMs || nowMs >= endMs) {
      const overdue = nowMs - dueMs
      if (quiet) silenced.push(step.id)
      else if (nowMs >= endMs) {
        // Nothing is due once its window or the evening has ended.
        if (notified) expired.push(step.id)
        else missed.push(step.id)
      } else if (overdue <= graceMs) {
        due.push(step.id)
        if (overdue >= ON_TIME_MS) late = true
      } else missed.push(step.id)
      continue
    }
    consider(dueMs)
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: these two guards only save work; quiet returns before heads-ups are used, and a 0-minute window opens at the step's own (future) time.
    if (!quiet && headsUpMs > 0 && snoozedUntil === undefined && !record.headsUp.includes(step.id)) {
      if (dueMs - headsUpMs <= nowMs) headsUp.push({ id: step.id, atMs: dueMs })
      else consider(dueMs - headsUpMs)
    }
  }

  if (quiet) {
    if (silenced.length === 0) return { alert: null, record, nextWakeMs: null }
    const updated = copyRecord(record)
    for (const id of silenced) {
      delete updated.snoozed[id]
      if (!updated.notified.includes(id)) updated.notified.push(id)
    }
    return { alert: null, record: updated, nextWakeMs: null }
  }

  const updated = copyRecord(record)
  const nowIso = formatMs(nowMs, plan.timeZone)
  for (const id of missed) {
    updated.steps[id] = { status: 'missed', at: nowIso }
    delete updated.snoozed[id]
    // Stryker disable next-line ConditionalExpression: steps already summed up were skipped above, so this never finds one; it keeps the list a set.
    if (!updated.summarized.includes(id)) updated.summarized.push(id)
  }
  for (const id of expired) delete updated.snoozed[id]
  for (const id of due) {
    delete updated.snoozed[id]
    if (!updated.notified.includes(id)) updated.notified.push(id)
  }

  let alert: Alert | null = null
  if (due.length > 0) {
    alert = { kind: 'due', stepIds: due, late, missedIds: missed }
  } else if (missed.length > 0) {
    alert = { kind: 'summary', missedIds: missed }
  } else if (headsUp.length > 0) {
    const soonestMs = Math.min(...headsUp.map((h) => h.atMs))
    const minutes = Math.max(1, Math.round((soonestMs - nowMs) / 60_000))
    alert = { kind: 'heads-up', stepIds: headsUp.map((h) => h.id), minutes }
    updated.headsUp.push(...headsUp.map((h) => h.id))
  }
  if (alert !== null && alert.kind !== 'heads-up' && headsUp.length > 0) consider(nowMs + FOLLOW_UP_MS)

  const changed = alert !== null || expired.length > 0
  return { alert, record: changed ? updated : record, nextWakeMs: next }
}

/**
 * The one rule for every change of times, a tonight-only bedtime or the settings alike: a step not done or
 * skipped that moved into the future is reminded again at its new time, a "missed" mark included.
 */
export function reopenMovedSteps(
  record: NightRecord,
  before: NightPlan,
  after: NightPlan,
  nowMs: number,
): NightRecord {
  const was = new Map(before.steps.map((s) => [s.id, instantMs(s.at)]))
  let updated: NightRecord | null = null
  for (const step of after.steps) {
    const atMs = instantMs(step.at)
    const outcome = record.steps[step.id]
    if (atMs <= nowMs || was.get(step.id) === atMs) continue
    if (outcome !== undefined && outcome.status !== 'missed') continue
    updated ??= copyRecord(record)
    const id = step.id
    delete updated.steps[id]
    delete updated.snoozed[id]
    updated.notified = updated.notified.filter((x) => x !== id)
    updated.headsUp = updated.headsUp.filter((x) => x !== id)
    updated.summarized = updated.summarized.filter((x) => x !== id)
  }
  return updated ?? record
}
