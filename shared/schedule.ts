// The scheduler's brain, pure: given tonight's plan, what has happened and the time, what to do now.
import { formatMs, instantMs } from './night.ts'
import type { NightRecord } from './records.ts'
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

export function isSettled(record: NightRecord, stepId: string): boolean {
  return record.steps[stepId] !== undefined
}

export function decide(plan: NightPlan, record: NightRecord, nowMs: number, opts: ScheduleOptions): Decision {
  if (record.paused || !opts.enabled) return { alert: null, record, nextWakeMs: null }

  const graceMs = opts.graceMinutes * 60_000
  const headsUpMs = opts.headsUpMinutes * 60_000
  const due: string[] = []
  const missed: string[] = []
  const headsUp: string[] = []
  let late = false
  let next: number | null = null
  const consider = (ms: number) => {
    if (ms > nowMs && (next === null || ms < next)) next = ms
  }

  for (const step of plan.steps) {
    if (isSettled(record, step.id)) continue
    const atMs = instantMs(step.at)
    const snoozedUntil = record.snoozed[step.id]
    if (record.notified.includes(step.id)) {
      if (snoozedUntil !== undefined) {
        const untilMs = instantMs(snoozedUntil)
        if (untilMs <= nowMs) due.push(step.id)
        else consider(untilMs)
      }
      continue
    }
    if (atMs <= nowMs) {
      if (nowMs - atMs <= graceMs) {
        due.push(step.id)
        if (nowMs - atMs >= 60_000) late = true
      } else {
        missed.push(step.id)
      }
      continue
    }
    consider(atMs)
    if (headsUpMs > 0 && !record.headsUp.includes(step.id)) {
      if (atMs - headsUpMs <= nowMs) headsUp.push(step.id)
      else consider(atMs - headsUpMs)
    }
  }

  const nowIso = formatMs(nowMs, plan.timeZone)
  const updated: NightRecord = {
    ...record,
    steps: { ...record.steps },
    snoozed: { ...record.snoozed },
    notified: [...record.notified],
    headsUp: [...record.headsUp],
    summarized: [...record.summarized],
  }
  for (const id of missed) updated.steps[id] = { status: 'missed', at: nowIso }
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
    alert = { kind: 'heads-up', stepIds: headsUp, minutes: opts.headsUpMinutes }
    updated.headsUp.push(...headsUp)
  }
  updated.summarized.push(...missed)
  const changed = alert !== null || missed.length > 0
  return { alert, record: changed ? updated : record, nextWakeMs: next }
}
