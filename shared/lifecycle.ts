// The life of each step of an evening, pure: upcoming -> due -> done / skipped / snoozed / missed, with an
// end for every step and for the evening as a whole. The checklist, the tray and the scheduler all read it.
import { addDays, instantMs, nightOf } from './night.ts'
import { type StepKind, stepKind } from './protocol.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'
import type { NightPlan, PlannedStep } from './timeline.ts'

/** The evening closes this long after bedtime: late enough to tick the last steps, early enough to be over. */
export const CLOSE_AFTER_BED_MS = 60 * 60_000

export type StepPhase = 'upcoming' | 'due' | 'snoozed' | 'in-effect' | 'done' | 'skipped' | 'missed'

export interface StepLife {
  id: string
  kind: StepKind
  phase: StepPhase
  atMs: number
  /** When the step stops being due: the end of its window, else the evening's close. */
  endMs: number
  /** Set while a snooze runs. */
  snoozedUntilMs?: number
  canSnooze: boolean
}

export interface LifeOptions {
  snoozeMinutes: number
}

/**
 * The instant the evening closes: bedtime + 60 min. A step that starts after that (a clock step set past
 * bedtime) keeps the evening open until 60 min after its own start, so no step is over before it begins.
 */
export function eveningCloseMs(plan: NightPlan): number {
  let close = instantMs(plan.bedtime) + CLOSE_AFTER_BED_MS
  for (const step of plan.steps) close = Math.max(close, instantMs(step.at) + CLOSE_AFTER_BED_MS)
  return close
}

export function isClosed(plan: NightPlan, nowMs: number): boolean {
  return nowMs >= eveningCloseMs(plan)
}

/** A step with a window ("19:00–20:00") ends with it; a rule or a step without a window, with the evening. */
export function stepEndMs(step: PlannedStep, closeMs: number): number {
  if (stepKind(step.id) === 'rule' || step.until === undefined) return closeMs
  const atMs = instantMs(step.at)
  const untilMs = instantMs(step.until)
  return untilMs > atMs ? Math.min(untilMs, closeMs) : closeMs
}

export function stepLives(
  plan: NightPlan,
  record: NightRecord,
  nowMs: number,
  opts: LifeOptions,
): StepLife[] {
  const closeMs = eveningCloseMs(plan)
  // Stryker disable next-line ConditionalExpression,EqualityOperator: every step ends by the close, so `nowMs >= endMs` below already holds then; `closed` says it in words.
  const closed = nowMs >= closeMs
  const snoozeMs = opts.snoozeMinutes * 60_000
  return plan.steps.map((step): StepLife => {
    const kind = stepKind(step.id)
    const atMs = instantMs(step.at)
    const endMs = stepEndMs(step, closeMs)
    const life: StepLife = { id: step.id, kind, phase: 'upcoming', atMs, endMs, canSnooze: false }
    const outcome = record.steps[step.id]
    if (outcome) {
      life.phase = outcome.status
      return life
    }
    if (nowMs < atMs) return life
    if (closed || nowMs >= endMs) {
      life.phase = 'missed'
      return life
    }
    if (kind === 'rule') {
      life.phase = 'in-effect'
      return life
    }
    const snoozed = record.snoozed[step.id]
    const snoozedUntilMs = snoozed === undefined ? undefined : instantMs(snoozed)
    // Stryker disable next-line ConditionalExpression: `undefined > nowMs` is false as well; the check says what is meant.
    if (snoozedUntilMs !== undefined && snoozedUntilMs > nowMs) {
      life.phase = 'snoozed'
      life.snoozedUntilMs = snoozedUntilMs
      return life
    }
    life.phase = 'due'
    // Paused means no reminders at all, and a snooze that would outlive the step is no snooze.
    life.canSnooze = !record.paused && nowMs + snoozeMs < endMs
    return life
  })
}

export type NowFocus =
  /** The evening is over: how it went. */
  | { kind: 'closed'; done: number; total: number }
  | { kind: 'paused' }
  /** A step to act on now (a due task, else a rule that just came into effect), then what comes next. */
  | { kind: 'step'; stepId: string; alsoDue: number; nextId: string | null; nextAtMs: number | null }
  /** Nothing to act on: what comes next, if anything, then bed. */
  | { kind: 'waiting'; nextId: string | null; nextAtMs: number | null }

/** Counted as done: ticked tasks and acknowledged rules. */
export function doneCount(lives: readonly StepLife[]): number {
  return lives.filter((l) => l.phase === 'done').length
}

/**
 * The one "Now": the step to act on at this instant, then the next, then bed. The checklist's Now card and
 * the tray's headline and tooltip are all drawn from it, so they can never disagree.
 */
export function nowFocus(
  plan: NightPlan,
  record: NightRecord,
  lives: readonly StepLife[],
  nowMs: number,
): NowFocus {
  if (isClosed(plan, nowMs)) return { kind: 'closed', done: doneCount(lives), total: lives.length }
  if (record.paused) return { kind: 'paused' }
  // Oldest end first (its chance runs out soonest), then the earlier start, then plan order.
  const byUrgency = (a: StepLife, b: StepLife) =>
    a.endMs - b.endMs ||
    // Stryker disable next-line ArithmeticOperator: lives come from stepLives in plan order, already by start, and sort is stable
    a.atMs - b.atMs
  const due = lives.filter((l) => l.phase === 'due').sort(byUrgency)
  const rules = lives.filter((l) => l.phase === 'in-effect')
  // Stryker disable next-line MethodExpression: a rule in effect always ends at the close, so this only sorts by start, as lives already are
  rules.sort(byUrgency)
  const focus = due[0] ?? rules[0]
  let next: { id: string; atMs: number } | null = null
  for (const l of lives) {
    // Stryker disable next-line ConditionalExpression: the focus is due or in effect, so it has no time to come anyway.
    if (l === focus) continue
    // Stryker disable next-line ConditionalExpression: only a snoozed step has snoozedUntilMs, so asking any other gives null too.
    const atMs = l.phase === 'upcoming' ? l.atMs : l.phase === 'snoozed' ? (l.snoozedUntilMs ?? null) : null
    if (atMs !== null && (next === null || atMs < next.atMs)) next = { id: l.id, atMs }
  }
  const nextPart = { nextId: next?.id ?? null, nextAtMs: next?.atMs ?? null }
  if (focus)
    return { kind: 'step', stepId: focus.id, alsoDue: due.filter((l) => l !== focus).length, ...nextPart }
  return { kind: 'waiting', ...nextPart }
}

/** The next instant any step's phase, or the evening, changes; null when nothing more changes. */
export function nextChangeMs(plan: NightPlan, lives: readonly StepLife[], nowMs: number): number | null {
  const candidates = [eveningCloseMs(plan)]
  for (const l of lives) candidates.push(l.atMs, l.endMs, l.snoozedUntilMs ?? Number.NaN)
  const future = candidates.filter((ms) => Number.isFinite(ms) && ms > nowMs)
  return future.length > 0 ? Math.min(...future) : null
}

/** Whether a night's steps can reach past its own noon bounds (worked out without planning, so it is cheap). */
export interface NightReach {
  /** A step may fall before 12:00 on the night's date (long offsets, an early bedtime). */
  startsBeforeNoon: boolean
  /** The evening may close after 12:00 the next day (a bedtime late in the morning). */
  closesAfterNoon: boolean
}

const DAY_MIN = 24 * 60
/** A DST night moves wall times by up to an hour against real elapsed time: keep that much margin. */
const MARGIN_MIN = 60

/** Minutes from the night's noon: 12:00 is 0, 11:59 the next day is 1439. */
function intoNight(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number)
  // Stryker disable next-line ArithmeticOperator: adding or taking away 12 h is the same modulo 24 h.
  return (h * 60 + m - 12 * 60 + DAY_MIN) % DAY_MIN
}

export function nightReach(settings: Settings, bedtimeClock: string): NightReach {
  const bed = intoNight(bedtimeClock)
  const enabled = settings.steps.filter((s) => s.enabled)
  const earliest = Math.min(
    bed,
    ...enabled.map((s) => (s.anchor === 'bedtime' ? bed + s.offsetMinutes : intoNight(s.time))),
  )
  const latest = Math.max(bed, ...enabled.map((s) => (s.anchor === 'clock' ? intoNight(s.time) : bed)))
  const closeMin = latest + CLOSE_AFTER_BED_MS / 60_000
  return { startsBeforeNoon: earliest < MARGIN_MIN, closesAfterNoon: closeMin > DAY_MIN - MARGIN_MIN }
}

type PlanOf = (night: string) => NightPlan
type ReachOf = (night: string) => NightReach

/** The nights whose steps can reach now: the night by the noon rule and its neighbours while they can. */
export function liveNights(nowMs: number, timeZone: string, planOf: PlanOf, reachOf: ReachOf): string[] {
  const byNoon = nightOf(nowMs, timeZone)
  const nights: string[] = []
  const before = addDays(byNoon, -1)
  if (reachOf(before).closesAfterNoon && nowMs < eveningCloseMs(planOf(before))) nights.push(before)
  nights.push(byNoon)
  const after = addDays(byNoon, 1)
  if (reachOf(after).startsBeforeNoon) nights.push(after)
  return nights
}

/**
 * Which night's evening to show and act on now. Usually the night by the noon rule; but a step may fall
 * before noon of its own night (long offsets, day sleepers), and an evening may close after noon. An evening
 * that is open now (its first step has come, its close has not) wins, the later one if two overlap.
 */
export function eveningNight(nowMs: number, timeZone: string, planOf: PlanOf, reachOf: ReachOf): string {
  const live = liveNights(nowMs, timeZone, planOf, reachOf)
  const byNoon = nightOf(nowMs, timeZone)
  for (const night of [...live].reverse()) {
    const plan = planOf(night)
    const firstMs = Math.min(instantMs(plan.bedtime), ...plan.steps.map((s) => instantMs(s.at)))
    // Stryker disable next-line ConditionalExpression,EqualityOperator: liveNights keeps an earlier night only until its close, and the night by noon is the answer after its own close anyway.
    if (firstMs <= nowMs && nowMs < eveningCloseMs(plan)) return night
  }
  return byNoon
}
