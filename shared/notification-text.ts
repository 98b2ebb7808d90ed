// The words of each desktop notification, built from a scheduler alert and the step catalogue.

import { type CautionFlags, stepCautions } from './cautions.ts'
import { clockOf } from './hhmm.ts'
import { currentLocale, formatList, type MessageKey, t } from './i18n/index.ts'
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

const SUMMARY_TITLE: Record<AwayReason, MessageKey> = {
  asleep: 'notify.summary.asleep',
  closed: 'notify.summary.closed',
  passed: 'notify.summary.passed',
  'do-not-disturb': 'notify.summary.dnd',
}

const MISSED_LINE: Record<AwayReason, MessageKey> = {
  asleep: 'notify.missed.asleep',
  closed: 'notify.missed.closed',
  passed: 'notify.missed.passed',
  'do-not-disturb': 'notify.missed.dnd',
}

/** A title read inside a sentence: "At 18:30: last call for vigorous exercise" (German keeps its nouns' capitals). */
function inSentence(title: string): string {
  if (currentLocale() === 'de') return title
  return title.charAt(0).toLowerCase() + title.slice(1)
}

/** "A", "A and B", "A, B and C" in the current language. */
function listTitles(titles: string[]): string {
  return formatList(titles)
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

  if (alert.kind === 'summary') {
    const count = alert.missedIds.length
    return {
      title: t(SUMMARY_TITLE[away], { count }),
      body: t('notify.summaryBody', { list: listTitles(titles(alert.missedIds)), count }),
      stepIds: alert.missedIds,
      actions: false,
    }
  }

  if (alert.kind === 'heads-up') {
    const [first, ...rest] = alert.stepIds
    // An announcement of what comes at its time, so "from now on" in a step's words never arrives early.
    const when =
      first === undefined
        ? t('notify.in', { minutes: alert.minutes })
        : t('notify.at', { time: clock(first) })
    if (first === undefined) return { title: when, body: '', stepIds: [], actions: false }
    if (rest.length === 0) {
      return {
        title: t('notify.headsUpOne', { when, title: inSentence(text(first).title) }),
        body: text(first).instruction,
        stepIds: [first],
        actions: false,
      }
    }
    return {
      title: t('notify.headsUpMany', { when, title: inSentence(text(first).title), count: rest.length }),
      body: alert.stepIds.map((id) => `${clock(id)} ${text(id).title}`).join('\n'),
      stepIds: alert.stepIds,
      actions: false,
    }
  }

  const [first, ...rest] = alert.stepIds
  const lines: string[] = []
  let title: string
  if (first === undefined) {
    title = t('app.name')
  } else if (rest.length === 0) {
    title = text(first).title
    const instruction = text(first).instruction
    const lead = alert.late ? t('notify.plannedFor', { time: clock(first) }) : ''
    const line = [lead, instruction].filter(Boolean).join(' ')
    lines.push(line || t('notify.timeForStep'))
  } else {
    title = t('notify.manyTitle', { title: text(first).title, count: rest.length })
    for (const id of alert.stepIds) lines.push(`${clock(id)} ${text(id).title}`)
  }
  if (alert.missedIds.length > 0) {
    lines.push(t(MISSED_LINE[away], { list: listTitles(titles(alert.missedIds)) }))
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
  return { ...text, body: [text.body, ...cautions].filter(Boolean).join('\n') }
}
