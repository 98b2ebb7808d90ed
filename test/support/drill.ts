// Shared pieces of the fault drills: a clock that marks each scheduler wake-up, and a notifier that
// records what the person would see, read back into which steps each notification is about.
import { checkInTitle } from '../../electron/check-in-reminder.ts'
import type { Clock, Logger, Notification, Notifier } from '../../electron/services.ts'
import { describeStep } from '../../shared/protocol.ts'
import type { StepSetting } from '../../shared/settings.ts'

export type SentKind = 'due' | 'summary' | 'heads-up' | 'check-in'

export interface Sent {
  atMs: number
  /** The scheduler wake-up that sent it (an index into DrillClock.ticks). */
  tick: number
  kind: SentKind
  notification: Notification
  /** The steps it is due for, sums up as missed, or announces. */
  stepIds: string[]
  /** Steps a due notification reports as missed on its last line. */
  missedIds: string[]
}

export interface DrillClock {
  /** For the scheduler: every wake-up reads the time zone exactly once, so each read marks a tick. */
  clock: Clock
  /** For everything else (the evening, the test): the same time and zone, without marking ticks. */
  plain: Clock
  /** The instant of each scheduler wake-up, in order. */
  ticks: number[]
  setZone(timeZone: string): void
}

export function createDrillClock(timeZone: string): DrillClock {
  let zone = timeZone
  const ticks: number[] = []
  return {
    clock: {
      now: () => Date.now(),
      timeZone: () => {
        ticks.push(Date.now())
        return zone
      },
    },
    plain: { now: () => Date.now(), timeZone: () => zone },
    ticks,
    setZone(next) {
      zone = next
    },
  }
}

/** Which steps a "Missed …: A, B and C." line names, by their titles. */
function missedOnLine(body: string, steps: readonly StepSetting[]): string[] {
  const line = body.split('\n').find((l) => l.startsWith('Missed '))
  if (line === undefined) return []
  const listed = line.slice(line.indexOf(':') + 1)
  return steps.filter((s) => listed.includes(describeStep(s).title)).map((s) => s.id)
}

export function classify(
  notification: Notification,
  steps: readonly StepSetting[],
): Omit<Sent, 'atMs' | 'tick'> {
  const base = { notification, stepIds: notification.stepIds, missedIds: [] as string[] }
  if (notification.view === 'check-in' || notification.title === checkInTitle()) {
    return { ...base, kind: 'check-in' }
  }
  if (/^(In \d+ min|At \d\d:\d\d):/.test(notification.title)) return { ...base, kind: 'heads-up' }
  if (/^\d+ steps? (already passed|passed while)/.test(notification.title))
    return { ...base, kind: 'summary' }
  return { ...base, kind: 'due', missedIds: missedOnLine(notification.body, steps) }
}

/** A notifier that records each notification with the wake-up that sent it. */
export function createRecordingNotifier(drill: DrillClock, steps: () => readonly StepSetting[]) {
  const sent: Sent[] = []
  const notifier: Notifier = {
    notify: async (notification) => {
      const tick = drill.ticks.length - 1
      sent.push({ atMs: Date.now(), tick, ...classify(notification, steps()) })
    },
    onAction: () => () => {},
  }
  return { notifier, sent }
}

/** Scheduler wake-ups that showed more than one notification: a burst. */
export function burstTicks(sent: readonly Sent[]): number[] {
  const perTick = new Map<number, number>()
  for (const s of sent) perTick.set(s.tick, (perTick.get(s.tick) ?? 0) + 1)
  return [...perTick].filter(([, n]) => n > 1).map(([tick]) => tick)
}

/** A logger that keeps what went wrong, so a drill can assert that nothing did. */
export function createDrillLogger() {
  const errors: string[] = []
  const logger: Logger = {
    info: () => {},
    warn: () => {},
    error: (...args: unknown[]) => {
      errors.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '))
    },
  }
  return { logger, errors }
}
