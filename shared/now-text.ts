// The words of the "Now": the checklist's Now card and the tray's headline and tooltip, from one snapshot.
import { clockOf } from './hhmm.ts'
import { t } from './i18n/index.ts'
import type { Snapshot } from './snapshot.ts'

export interface NowText {
  /** The first line of the Now card, and the tray's headline. */
  headline: string
  /** What to do, for a step to act on now. */
  detail: string | null
  /** "Next: Warm bath or shower at 21:30" when the headline is not already about it. */
  next: string | null
  /** "Bed 22:30" while the evening is open. */
  bed: string | null
}

export const nowWords = {
  closed: (done: number, total: number) => t('now.closed', { done, total }),
  get paused() {
    return t('now.paused')
  },
  get pausedDetail() {
    return t('now.pausedDetail')
  },
  now: (title: string) => t('now.now', { title }),
  inEffect: (title: string) => t('now.inEffect', { title }),
  alsoDue: (count: number) => t('now.alsoDue', { count }),
  next: (title: string, at: string) => t('now.next', { title, at }),
  bed: (at: string) => t('now.bed', { at }),
  allDone: (at: string) => t('now.allDone', { at }),
  tooltip: (headline: string) => t('now.tooltip', { headline }),
}

export function nowText(snapshot: Pick<Snapshot, 'focus' | 'bedtime'>): NowText {
  const focus = snapshot.focus
  const bed = nowWords.bed(snapshot.bedtime.clock)
  if (focus.kind === 'closed') {
    return { headline: nowWords.closed(focus.done, focus.total), detail: null, next: null, bed: null }
  }
  if (focus.kind === 'paused')
    return { headline: nowWords.paused, detail: nowWords.pausedDetail, next: null, bed }
  const nextLine = focus.next ? nowWords.next(focus.next.title, clockOf(focus.next.at)) : null
  if (focus.kind === 'step') {
    const { step } = focus
    const headline = step.kind === 'rule' ? nowWords.inEffect(step.title) : nowWords.now(step.title)
    const more = focus.alsoDue > 0 ? ` ${nowWords.alsoDue(focus.alsoDue)}` : ''
    return { headline, detail: `${step.instruction}${more}`.trim() || null, next: nextLine, bed }
  }
  if (nextLine) return { headline: nextLine, detail: null, next: null, bed }
  if (focus.allFinished)
    return { headline: nowWords.allDone(snapshot.bedtime.clock), detail: null, next: null, bed: null }
  return { headline: bed, detail: null, next: null, bed: null }
}
