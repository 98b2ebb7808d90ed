// Escalation, off by default: one second nudge for a chosen step (say, magnesium) if it is still not ticked,
// skipped or snoozed N minutes after its reminder went out. Once per night, recorded before it is shown.
import { t } from './i18n/index.ts'
import { instantMs } from './night.ts'
import { describeStep } from './protocol.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'
import type { NightPlan } from './timeline.ts'

export interface Nudge {
  /** The night record with the step marked as nudged, to save before the notification goes out. */
  record: NightRecord
  title: string
  body: string
  stepIds: [string]
}

/** When the nudge for the chosen step falls due tonight, or null when there is none to give. */
export function nudgeAtMs(plan: NightPlan, record: NightRecord, settings: Settings): number | null {
  const escalation = settings.escalation
  if (!escalation || record.paused || !settings.notifications.enabled) return null
  const { stepId, afterMinutes } = escalation
  const step = plan.steps.find((s) => s.id === stepId)
  // Only after a reminder really went out, and only while nobody answered it.
  if (!step || !record.notified.includes(stepId)) return null
  if (record.steps[stepId] || record.snoozed[stepId] || record.nudged?.includes(stepId)) return null
  return instantMs(step.at) + afterMinutes * 60_000
}

export function escalationNudge(
  plan: NightPlan,
  record: NightRecord,
  settings: Settings,
  nowMs: number,
): Nudge | null {
  const atMs = nudgeAtMs(plan, record, settings)
  if (atMs === null || atMs > nowMs || !settings.escalation) return null
  const { stepId } = settings.escalation
  const text = describeStep(settings.steps.find((s) => s.id === stepId) ?? { id: stepId })
  return {
    record: { ...record, nudged: [...(record.nudged ?? []), stepId] },
    title: t('main.nudge.title', { title: text.title }),
    body: text.instruction,
    stepIds: [stepId],
  }
}
