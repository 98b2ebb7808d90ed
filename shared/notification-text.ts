// The words of each desktop notification, built from a scheduler alert and the step catalogue.

import { type CautionFlags, stepCautions } from './cautions.ts'
import { clockOf } from './hhmm.ts'
import { describeStep } from './protocol.ts'
import type { Alert } from './schedule.ts'
import type { StepSetting } from './settings.ts'
import { type NightPlan, plannedStepTimes } from './timeline.ts'

/** Why steps went by unnoticed, so the summary says what really happened. */
export type AwayReason = 'asleep' | 'closed' | 'passed' | 'do-not-disturb'

export interface NotificationText {
  title: string
  body: string
  /** Steps the notification is about; Done / Snooze act on the first. */
  stepIds: string[]
  /** Done / Snooze make sense only for a single step that is due now. */
  actions: boolean
}

const AWAY_PHRASE: Record<AwayReason, string | null> = {
  asleep: 'while your computer was asleep',
  closed: 'while Eventide was closed',
  passed: null,
  'do-not-disturb': 'during Do Not Disturb',
}

function stepsWord(count: number): string {
  return count === 1 ? '1 step' : `${count} steps`
}

/** A title read inside a sentence: "At 18:30: last call for vigorous exercise". */
function inSentence(title: string): string {
  return title.charAt(0).toLowerCase() + title.slice(1)
}

/** "A", "A and B", "A, B and C". */
function listTitles(titles: string[]): string {
  if (titles.length <= 1) return titles[0] ?? ''
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`
}

export function notificationText(
  alert: Alert,
  plan: NightPlan,
  steps: readonly StepSetting[],
  away: AwayReason = 'asleep',
): NotificationText {
  const settingById = new Map(steps.map((s) => [s.id, s]))
  const planned = new Map(plan.steps.map((s) => [s.id, s]))
  // Words built from the step's own settings and planned times, so a moved step never names stale times.
  const text = (id: string) => {
    const setting = settingById.get(id)
    const step = planned.get(id)
    return describeStep(setting ?? { id }, step ? plannedStepTimes(step, setting) : undefined)
  }
  const clock = (id: string) => {
    const at = planned.get(id)?.at
    return at === undefined ? '' : clockOf(at)
  }
  const titles = (ids: string[]) => ids.map((id) => text(id).title)
  const phrase = AWAY_PHRASE[away]

  if (alert.kind === 'summary') {
    const count = alert.missedIds.length
    const title = phrase ? `${stepsWord(count)} passed ${phrase}` : `${stepsWord(count)} already passed`
    const those = count === 1 ? 'It is' : 'They are'
    return {
      title,
      body: `${listTitles(titles(alert.missedIds))}. ${those} marked as missed in tonight's checklist.`,
      stepIds: alert.missedIds,
      actions: false,
    }
  }

  if (alert.kind === 'heads-up') {
    const [first, ...rest] = alert.stepIds
    // An announcement of what comes at its time, so "from now on" in a step's words never arrives early.
    const when = first === undefined ? `In ${alert.minutes} min` : `At ${clock(first)}`
    if (first === undefined) return { title: when, body: '', stepIds: [], actions: false }
    if (rest.length === 0) {
      return {
        title: `${when}: ${inSentence(text(first).title)}`,
        body: text(first).instruction,
        stepIds: [first],
        actions: false,
      }
    }
    return {
      title: `${when}: ${inSentence(text(first).title)} and ${rest.length} more`,
      body: alert.stepIds.map((id) => `${clock(id)} ${text(id).title}`).join('\n'),
      stepIds: alert.stepIds,
      actions: false,
    }
  }

  const [first, ...rest] = alert.stepIds
  const lines: string[] = []
  let title: string
  if (first === undefined) {
    title = 'Eventide'
  } else if (rest.length === 0) {
    title = text(first).title
    const instruction = text(first).instruction
    const lead = alert.late ? `Planned for ${clock(first)}.` : ''
    const line = [lead, instruction].filter(Boolean).join(' ')
    lines.push(line || "It's time for this step.")
  } else {
    title = `${text(first).title} and ${rest.length} more`
    for (const id of alert.stepIds) lines.push(`${clock(id)} ${text(id).title}`)
  }
  if (alert.missedIds.length > 0) {
    const when = phrase ?? 'earlier'
    lines.push(`Missed ${when}: ${listTitles(titles(alert.missedIds))}.`)
  }
  return {
    title,
    body: lines.join('\n'),
    stepIds: alert.stepIds,
    actions: rest.length === 0 && first !== undefined,
  }
}

/**
 * The notification for an alert, with the cautions from the person's health notes (shared/cautions.ts) after
 * the body when it is about one step; summaries of missed steps carry none.
 */
export function notificationTextWithCautions(
  alert: Alert,
  plan: NightPlan,
  steps: readonly StepSetting[],
  away: AwayReason,
  flags: CautionFlags,
): NotificationText {
  const text = notificationText(alert, plan, steps, away)
  const [only, ...more] = text.stepIds
  if (alert.kind === 'summary' || only === undefined || more.length > 0) return text
  const cautions = stepCautions(only, flags)
  return cautions.length === 0 ? text : { ...text, body: [text.body, ...cautions].filter(Boolean).join('\n') }
}
