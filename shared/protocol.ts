// The evening steps Eventide knows: what to do, how, and why it helps (facts from PROTOCOL.md).
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

const entries: CatalogueEntry[] = [
  {
    id: 'exercise-cutoff',
    title: 'Last call for vigorous exercise',
    instruction: 'Keep to light stretching or gentle yoga for the rest of the evening.',
    instructionAt: (t) => `From ${t.at} on, keep to light stretching or gentle yoga.`,
    kind: 'rule',
    why:
      'Hard exercise in the last 3–4 hours before bed keeps the body warm and alert just when both should be winding down. ' +
      'Moderate exercise earlier in the day, 30–45 minutes in the morning or afternoon, tends to help instead.',
    core: true,
    defaults: { id: 'exercise-cutoff', enabled: true, anchor: 'bedtime', offsetMinutes: -240 },
  },
  {
    id: 'warm-socks',
    title: 'Warm socks or leg wraps',
    instruction: 'Put on warm socks or wrap your legs early in the evening.',
    instructionAt: (t) =>
      t.until
        ? `Put on warm socks or wrap your legs, some time between ${t.at} and ${t.until}.`
        : `Put on warm socks or wrap your legs at ${t.at}.`,
    why: 'The urge to move usually builds through the evening. Warming the legs early can take the edge off that build-up before it peaks.',
    core: true,
    defaults: { id: 'warm-socks', enabled: true, anchor: 'clock', time: '19:00', untilTime: '20:00' },
  },
  {
    id: 'warm-bath',
    title: 'Warm bath or shower',
    instruction: '15–20 minutes at 40–42 °C (104–108 °F). You can finish with cool water on your legs.',
    instructionAt: (t) =>
      `${t.durationMinutes === undefined || t.durationMinutes === 20 ? '15–20' : t.durationMinutes} minutes ` +
      `at 40–42 °C (104–108 °F), from ${t.at}. You can finish with cool water on your legs.`,
    why:
      'Warm water widens the blood vessels in the limbs and relaxes the muscles. ' +
      'It also helps the drop in body temperature that comes before sleep.',
    core: true,
    defaults: { id: 'warm-bath', enabled: true, anchor: 'bedtime', offsetMinutes: -60, durationMinutes: 20 },
  },
  {
    id: 'magnesium',
    title: 'Magnesium glycinate',
    instruction: '300–400 mg, 30–60 minutes before bed.',
    instructionAt: (t) =>
      t.minutesBeforeBed === undefined
        ? `300–400 mg at ${t.at}.`
        : `300–400 mg at ${t.at}, ${t.minutesBeforeBed} minutes before bed.`,
    why:
      'Magnesium calms the excitability of nerves and muscles; the glycinate form is well absorbed and easy on the stomach. ' +
      'The evidence is modest and strongest when intake is low. If your ferritin is under 50, iron comes first.',
    core: true,
    defaults: { id: 'magnesium', enabled: true, anchor: 'bedtime', offsetMinutes: -40 },
  },
  {
    id: 'pre-bed-walk',
    title: 'Short walk or gentle stretch',
    instruction: '10–15 minutes of easy walking or stretching, then straight to bed.',
    why: 'A little movement right before bed can tire out the urge to move enough for you to fall asleep.',
    core: true,
    defaults: { id: 'pre-bed-walk', enabled: true, anchor: 'bedtime', offsetMinutes: -15 },
  },
  {
    id: 'evening-yoga',
    title: 'Evening yoga or stretching',
    instruction: 'A restorative, slow session of 15–20 minutes. Nothing vigorous.',
    why: 'Slow stretching relaxes the leg muscles without the arousal that hard exercise brings late in the day.',
    core: false,
    defaults: {
      id: 'evening-yoga',
      enabled: true,
      anchor: 'bedtime',
      offsetMinutes: -120,
      durationMinutes: 20,
    },
  },
  {
    id: 'compression-socks',
    title: 'Compression socks',
    instruction: '15–20 mmHg socks for travel or long periods of sitting.',
    why: 'Long stretches of sitting are a classic trigger. Light compression can ease the sensations during them.',
    core: false,
    defaults: { id: 'compression-socks', enabled: true, anchor: 'clock', time: '18:00' },
  },
  {
    id: 'side-sleeping',
    title: 'Pillow between the knees',
    instruction: 'Lie on your side with a pillow between your knees.',
    why: 'Some people find this position keeps the legs more comfortable and settled through the night.',
    core: false,
    defaults: { id: 'side-sleeping', enabled: true, anchor: 'bedtime', offsetMinutes: 0 },
  },
  {
    id: 'caffeine-cutoff',
    title: 'No more caffeine',
    instruction: 'Switch to caffeine-free drinks for the rest of the day.',
    instructionAt: (t) => `From ${t.at} on, switch to caffeine-free drinks.`,
    kind: 'rule',
    why: 'Caffeine is one of the common things that make restless legs worse, and it lingers for hours.',
    core: false,
    defaults: { id: 'caffeine-cutoff', enabled: true, anchor: 'clock', time: '14:00' },
  },
  {
    id: 'no-alcohol-nicotine',
    title: 'No alcohol or nicotine tonight',
    instruction: 'Skip alcohol and nicotine for the evening.',
    instructionAt: (t) => `From ${t.at} on, skip alcohol and nicotine for the evening.`,
    kind: 'rule',
    why: 'Both are known to worsen restless legs symptoms, especially in the hours before sleep.',
    core: false,
    defaults: { id: 'no-alcohol-nicotine', enabled: true, anchor: 'clock', time: '18:00' },
  },
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

export const DISCLAIMER =
  'Eventide is a companion for your evening routine, not medical advice. It never tells you to start, stop or change ' +
  'a prescription. Talk to your doctor about your symptoms, and before changing any medicine or supplement.'
