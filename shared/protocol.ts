// The evening steps Eventide knows: what to do, how, and why it helps (facts from PROTOCOL.md).

import { en } from './i18n/en.ts'
import { formatTime, type MessageKey, t } from './i18n/index.ts'
import type { StepSetting } from './settings.ts'

/** The times a step's words name, as the person set them (HH:MM in the night's zone). */
export interface StepTimes {
  at: string
  until?: string
  /** For a bedtime step: how long before bed it comes. */
  minutesBeforeBed?: number
  /** For a bedtime step with a duration: how long it lasts. */
  durationMinutes?: number
}

export interface CatalogueEntry {
  id: string
  title: string
  /** The instruction without times, for lists of steps that are not planned (settings, the library). */
  instruction: string
  /** The instruction naming the step's own times, so moving a step never leaves stale times in its words. */
  instructionAt?: (times: StepTimes) => string
  why: string
  /** A rule holds from its time on ("nothing vigorous from now"); a task is done once. Default: task. */
  kind?: 'rule'
  /** Part of the default evening (true) or of the optional library, off until added (false). */
  core: boolean
  defaults: StepSetting
}

/** The step's words from the text catalogue (shared/i18n), read in the current language on each access. */
function withTexts(entry: Omit<CatalogueEntry, 'title' | 'instruction' | 'why'>): CatalogueEntry {
  const key = (part: string) => `step.${entry.id}.${part}` as MessageKey
  return Object.defineProperties(entry, {
    title: { get: () => t(key('title')), enumerable: true },
    instruction: { get: () => t(key('instruction')), enumerable: true },
    why: { get: () => t(key('why')), enumerable: true },
  }) as CatalogueEntry
}

const entries: CatalogueEntry[] = [
  withTexts({
    id: 'exercise-cutoff',
    instructionAt: (at) => t('step.exercise-cutoff.instructionAt', { at: formatTime(at.at) }),
    kind: 'rule',
    core: true,
    defaults: { id: 'exercise-cutoff', enabled: true, anchor: 'bedtime', offsetMinutes: -240 },
  }),
  withTexts({
    id: 'warm-socks',
    instructionAt: (at) =>
      at.until
        ? t('step.warm-socks.instructionBetween', { at: formatTime(at.at), until: formatTime(at.until) })
        : t('step.warm-socks.instructionAt', { at: formatTime(at.at) }),
    core: true,
    defaults: { id: 'warm-socks', enabled: true, anchor: 'clock', time: '19:00', untilTime: '20:00' },
  }),
  withTexts({
    id: 'warm-bath',
    instructionAt: (at) =>
      t('step.warm-bath.instructionAt', {
        duration:
          at.durationMinutes === undefined || at.durationMinutes === 20 ? '15–20' : at.durationMinutes,
        at: formatTime(at.at),
      }),
    core: true,
    defaults: { id: 'warm-bath', enabled: true, anchor: 'bedtime', offsetMinutes: -60, durationMinutes: 20 },
  }),
  withTexts({
    id: 'magnesium',
    instructionAt: (at) =>
      at.minutesBeforeBed === undefined
        ? t('step.magnesium.instructionAt', { at: formatTime(at.at) })
        : t('step.magnesium.instructionBefore', { at: formatTime(at.at), minutes: at.minutesBeforeBed }),
    core: true,
    defaults: { id: 'magnesium', enabled: true, anchor: 'bedtime', offsetMinutes: -40 },
  }),
  withTexts({
    id: 'pre-bed-walk',
    core: true,
    defaults: { id: 'pre-bed-walk', enabled: true, anchor: 'bedtime', offsetMinutes: -15 },
  }),
  withTexts({
    id: 'evening-yoga',
    core: false,
    defaults: {
      id: 'evening-yoga',
      enabled: true,
      anchor: 'bedtime',
      offsetMinutes: -120,
      durationMinutes: 20,
    },
  }),
  withTexts({
    id: 'compression-socks',
    core: false,
    defaults: { id: 'compression-socks', enabled: true, anchor: 'clock', time: '18:00' },
  }),
  withTexts({
    id: 'side-sleeping',
    core: false,
    defaults: { id: 'side-sleeping', enabled: true, anchor: 'bedtime', offsetMinutes: 0 },
  }),
  withTexts({
    id: 'caffeine-cutoff',
    instructionAt: (at) => t('step.caffeine-cutoff.instructionAt', { at: formatTime(at.at) }),
    kind: 'rule',
    core: false,
    defaults: { id: 'caffeine-cutoff', enabled: true, anchor: 'clock', time: '14:00' },
  }),
  withTexts({
    id: 'no-alcohol-nicotine',
    instructionAt: (at) => t('step.no-alcohol-nicotine.instructionAt', { at: formatTime(at.at) }),
    kind: 'rule',
    core: false,
    defaults: { id: 'no-alcohol-nicotine', enabled: true, anchor: 'clock', time: '18:00' },
  }),
]

export const CATALOGUE: Readonly<Record<string, CatalogueEntry>> = Object.fromEntries(
  entries.map((e) => [e.id, e]),
)

export const CORE_STEP_IDS = entries.filter((e) => e.core).map((e) => e.id)
export const LIBRARY_STEP_IDS = entries.filter((e) => !e.core).map((e) => e.id)

export function defaultStepSettings(): StepSetting[] {
  return entries.filter((e) => e.core).map((e) => ({ ...e.defaults }))
}

export type StepKind = 'task' | 'rule'

export function stepKind(id: string): StepKind {
  return CATALOGUE[id]?.kind ?? 'task'
}

/** A clock step's own times from its setting, for when no plan is at hand. */
function timesOfSetting(step: Partial<StepSetting>): StepTimes | undefined {
  if (step.anchor !== 'clock' || step.time === undefined) return undefined
  return step.untilTime ? { at: step.time, until: step.untilTime } : { at: step.time }
}

/**
 * What to show for a step: the user's own title or instruction wins over the catalogue. With the step's
 * planned times (or a clock step's own), the catalogue's instruction names those times.
 */
export function describeStep(
  step: Pick<StepSetting, 'id' | 'title' | 'instruction'> & Partial<StepSetting>,
  times?: StepTimes,
): {
  title: string
  instruction: string
  why: string
} {
  const entry = CATALOGUE[step.id]
  const when = times ?? timesOfSetting(step)
  const catalogueText = entry && when && entry.instructionAt ? entry.instructionAt(when) : entry?.instruction
  return {
    title: step.title ?? entry?.title ?? step.id,
    instruction: step.instruction ?? catalogueText ?? '',
    why: entry?.why ?? '',
  }
}

/** The English disclaimer (tests, logs); windows show disclaimer(), in the person's language. */
export const DISCLAIMER = en['protocol.disclaimer']

export function disclaimer(): string {
  return t('protocol.disclaimer')
}
