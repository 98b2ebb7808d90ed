// The state a window shows for tonight, derived from the plan, the night record and the time.
import { stepCautions } from './cautions.ts'
import { instantMs } from './night.ts'
import type { DoctorPrompt } from './prompts.ts'
import { describeStep } from './protocol.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'
import type { NightPlan } from './timeline.ts'

export type StepState = 'upcoming' | 'due' | 'done' | 'skipped' | 'missed'

export interface SnapshotStep {
  id: string
  title: string
  instruction: string
  why: string
  at: string
  until?: string
  state: StepState
  /** When it was ticked, skipped or marked missed. */
  settledAt?: string
  snoozedUntil?: string
  /** Cautions from the person's health notes (shared/cautions.ts), shown with the step. */
  cautions?: string[]
}

export interface Snapshot {
  night: string
  timeZone: string
  now: string
  bedtime: { at: string; clock: string; usual: string; tonightOnly: boolean }
  paused: boolean
  steps: SnapshotStep[]
  progress: { done: number; total: number }
  next: { id: string; title: string; at: string } | null
  notificationsEnabled: boolean
  firstRunDone: boolean
  theme: Settings['theme']
  /** Calm one-off messages from main, such as where a damaged settings file was copied. */
  notices: string[]
  /** Calm "worth talking to a doctor" banners; filled by main (shared/prompts.ts). */
  prompts: DoctorPrompt[]
  /** The morning check-in for last night is waiting. */
  checkInDue: boolean
}

export function stepState(step: { id: string; at: string }, record: NightRecord, nowMs: number): StepState {
  const outcome = record.steps[step.id]
  if (outcome) return outcome.status
  return instantMs(step.at) <= nowMs ? 'due' : 'upcoming'
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
  const steps = plan.steps.map((p): SnapshotStep => {
    const setting = byId.get(p.id)
    const text = describeStep(setting ?? { id: p.id })
    const out: SnapshotStep = {
      id: p.id,
      title: text.title,
      instruction: text.instruction,
      why: text.why,
      at: p.at,
      state: stepState(p, record, nowMs),
    }
    if (p.until) out.until = p.until
    const cautions = stepCautions(p.id, settings.health)
    if (cautions.length > 0) out.cautions = cautions
    const outcome = record.steps[p.id]
    if (outcome) out.settledAt = outcome.at
    const snoozed = record.snoozed[p.id]
    if (snoozed && !outcome) out.snoozedUntil = snoozed
    return out
  })
  const upcoming = steps.find((s) => s.state === 'upcoming')
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
    steps,
    progress: { done: steps.filter((s) => s.state === 'done').length, total: steps.length },
    next: upcoming ? { id: upcoming.id, title: upcoming.title, at: upcoming.at } : null,
    notificationsEnabled: settings.notifications.enabled,
    firstRunDone: settings.firstRunDone,
    theme: settings.theme,
    notices,
    prompts: [],
    checkInDue: false,
  }
}
