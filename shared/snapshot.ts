// The state a window shows for tonight, derived from the plan, the night record and the time.
import { stepCautions } from './cautions.ts'
import {
  eveningCloseMs,
  type NowFocus,
  nextChangeMs,
  nowFocus as nowFocusOf,
  type StepPhase,
  stepLives,
} from './lifecycle.ts'
import { formatMs } from './night.ts'
import type { DoctorPrompt } from './prompts.ts'
import { describeStep, type StepKind } from './protocol.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'
import { type NightPlan, plannedStepTimes } from './timeline.ts'

export type StepState = StepPhase

export interface SnapshotStep {
  id: string
  /** A task is done once; a rule ("nothing vigorous from now") is in effect and can be acknowledged. */
  kind: StepKind
  title: string
  instruction: string
  why: string
  at: string
  until?: string
  state: StepState
  /** Snooze is offered only for a due step, not paused, whose snooze would end before the step does. */
  canSnooze: boolean
  /** When it was ticked, skipped or marked missed. */
  settledAt?: string
  snoozedUntil?: string
  /** Cautions from the person's health notes (shared/cautions.ts), shown with the step. */
  cautions?: string[]
}

export interface NextStep {
  id: string
  title: string
  at: string
}

/** The checklist's Now card and the tray's headline, from shared/lifecycle.ts nowFocus(). */
export type NowView =
  | { kind: 'closed'; done: number; total: number }
  | { kind: 'paused' }
  | { kind: 'step'; step: SnapshotStep; alsoDue: number; next: NextStep | null }
  | { kind: 'waiting'; next: NextStep | null; allFinished: boolean }

export interface Snapshot {
  night: string
  timeZone: string
  now: string
  bedtime: { at: string; clock: string; usual: string; tonightOnly: boolean }
  paused: boolean
  /** The evening closed (bedtime + 60 min): nothing is due, nothing can be snoozed or paused. */
  closed: boolean
  closesAt: string
  steps: SnapshotStep[]
  progress: { done: number; total: number }
  /** The first step still to come, by its own time. */
  next: NextStep | null
  focus: NowView
  /** The next instant this snapshot goes stale (a step starts or ends, a snooze runs out, the close). */
  changesAt: string | null
  notificationsEnabled: boolean
  firstRunDone: boolean
  theme: Settings['theme']
  /** The person's language and clock choices (absent: follow the system). */
  language?: NonNullable<Settings['language']>
  clock?: NonNullable<Settings['clock']>
  /** Calm one-off messages from main, such as where a damaged settings file was copied. */
  notices: string[]
  /** Calm "worth talking to a doctor" banners; filled by main (shared/prompts.ts). */
  prompts: DoctorPrompt[]
  /** The morning check-in for last night is waiting. */
  checkInDue: boolean
}

export function buildSnapshot(
  plan: NightPlan,
  record: NightRecord,
  settings: Settings,
  nowMs: number,
  nowIso: string,
  notices: string[] = [],
): Snapshot {
  const byId = new Map(settings.steps.map((s) => [s.id, s]))
  const lives = stepLives(plan, record, nowMs, { snoozeMinutes: settings.notifications.snoozeMinutes })
  const steps = plan.steps.map((p, index): SnapshotStep => {
    const setting = byId.get(p.id)
    const life = lives[index]
    const text = describeStep(setting ?? { id: p.id }, plannedStepTimes(p, setting))
    const out: SnapshotStep = {
      id: p.id,
      // Stryker disable next-line OptionalChaining,StringLiteral: stepLives gives one life per planned step, so life is never missing.
      kind: life?.kind ?? 'task',
      title: text.title,
      instruction: text.instruction,
      why: text.why,
      at: p.at,
      // Stryker disable next-line OptionalChaining,StringLiteral: stepLives gives one life per planned step, so life is never missing.
      state: life?.phase ?? 'upcoming',
      // Stryker disable next-line OptionalChaining,BooleanLiteral: stepLives gives one life per planned step, so life is never missing.
      canSnooze: life?.canSnooze ?? false,
    }
    if (p.until) out.until = p.until
    const cautions = stepCautions(p.id, settings.health)
    if (cautions.length > 0) out.cautions = cautions
    const outcome = record.steps[p.id]
    if (outcome) out.settledAt = outcome.at
    // Stryker disable next-line OptionalChaining: stepLives gives one life per planned step, so life is never missing.
    if (life?.snoozedUntilMs !== undefined) out.snoozedUntil = formatMs(life.snoozedUntilMs, plan.timeZone)
    return out
  })
  const byStep = new Map(steps.map((s) => [s.id, s]))
  const nextOf = (id: string | null, atMs: number | null): NextStep | null => {
    // Stryker disable next-line ConditionalExpression: byStep has no null key, so asking it for null gives undefined too.
    const step = id === null ? undefined : byStep.get(id)
    // Stryker disable next-line LogicalOperator,ConditionalExpression: nowFocus gives the next id and its time together or neither.
    return step && atMs !== null
      ? { id: step.id, title: step.title, at: formatMs(atMs, plan.timeZone) }
      : null
  }
  const upcoming = steps.find((s) => s.state === 'upcoming')
  const changes = nextChangeMs(plan, lives, nowMs)
  const closeMs = eveningCloseMs(plan)
  return {
    night: plan.night,
    timeZone: plan.timeZone,
    now: nowIso,
    bedtime: {
      at: plan.bedtime,
      clock: plan.bedtimeClock,
      usual: plan.usualBedtime,
      tonightOnly: plan.bedtimeSource === 'tonight',
    },
    paused: record.paused,
    closed: nowMs >= closeMs,
    closesAt: formatMs(closeMs, plan.timeZone),
    steps,
    progress: { done: steps.filter((s) => s.state === 'done').length, total: steps.length },
    next: upcoming ? { id: upcoming.id, title: upcoming.title, at: upcoming.at } : null,
    focus: nowView(nowFocusOf(plan, record, lives, nowMs), byStep, steps, nextOf),
    changesAt: changes === null ? null : formatMs(changes, plan.timeZone),
    notificationsEnabled: settings.notifications.enabled,
    firstRunDone: settings.firstRunDone,
    theme: settings.theme,
    ...(settings.language ? { language: settings.language } : {}),
    ...(settings.clock ? { clock: settings.clock } : {}),
    notices,
    prompts: [],
    checkInDue: false,
  }
}

function nowView(
  focus: NowFocus,
  byStep: Map<string, SnapshotStep>,
  steps: SnapshotStep[],
  nextOf: (id: string | null, atMs: number | null) => NextStep | null,
): NowView {
  if (focus.kind === 'closed' || focus.kind === 'paused') return focus
  const next = nextOf(focus.nextId, focus.nextAtMs)
  // Stryker disable next-line ConditionalExpression: only a step focus has a stepId; asking for another gives undefined.
  const step = focus.kind === 'step' ? byStep.get(focus.stepId) : undefined
  // Stryker disable next-line LogicalOperator,ConditionalExpression: a step focus is always one of the snapshot's steps.
  if (focus.kind === 'step' && step) return { kind: 'step', step, alsoDue: focus.alsoDue, next }
  const finished = (s: SnapshotStep) => s.state === 'done' || s.state === 'skipped'
  return { kind: 'waiting', next, allFinished: steps.length > 0 && steps.every(finished) }
}
