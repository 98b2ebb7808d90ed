// planNight: the evening's steps as instants, computed from the bedtime.
import type { Temporal } from 'temporal-polyfill'
import { clockOf, parseHHMM } from './hhmm.ts'
import { checkTimeZone, formatInstant, parseNight, wallTimeOnNight } from './night.ts'
import { describeStep, type StepTimes } from './protocol.ts'
import { parseSettings, type Settings, type StepSetting, WEEKDAYS } from './settings.ts'

export interface Tonight {
  bedtime?: string
}

export interface PlannedStep {
  id: string
  title: string
  anchor: 'bedtime' | 'clock'
  at: string
  until?: string
}

export interface NightPlan {
  night: string
  timeZone: string
  bedtime: string
  /** The bedtime as HH:MM and where it came from, so the UI can say "usual 22:30, tonight 23:00". */
  bedtimeClock: string
  usualBedtime: string
  bedtimeSource: 'tonight' | 'weekday' | 'everyday'
  steps: PlannedStep[]
}

/** The bedtime a night would have without a one-night override. */
export function usualBedtime(
  settings: Settings,
  night: string,
): { clock: string; source: 'weekday' | 'everyday' } {
  const weekday = WEEKDAYS[parseNight(night).dayOfWeek - 1]
  const byDay = weekday ? settings.bedtimeByWeekday[weekday] : undefined
  return byDay ? { clock: byDay, source: 'weekday' } : { clock: settings.bedtime, source: 'everyday' }
}

export function planNight(settings: Settings, night: string, timeZone: string, tonight?: Tonight): NightPlan {
  const date = parseNight(night)
  const zone = checkTimeZone(timeZone)
  const valid = parseSettings(settings)
  if (tonight?.bedtime !== undefined) parseHHMM(tonight.bedtime, 'tonight.bedtime')

  const usual = usualBedtime(valid, night)
  const clock = tonight?.bedtime ?? usual.clock
  // Stryker disable next-line StringLiteral: both sources of the clock were validated above, so this label is never shown.
  const bedtime = wallTimeOnNight(date, parseHHMM(clock, 'bedtime'), zone)

  const steps = valid.steps
    .filter((s) => s.enabled)
    .map((s) => {
      let at: Temporal.ZonedDateTime
      let until: Temporal.ZonedDateTime | undefined
      if (s.anchor === 'bedtime') {
        // Real elapsed time: "4 h before bed" is 4 h even on a DST night.
        at = bedtime.toInstant().add({ minutes: s.offsetMinutes }).toZonedDateTimeISO(zone)
        if (s.durationMinutes)
          until = at.toInstant().add({ minutes: s.durationMinutes }).toZonedDateTimeISO(zone)
      } else {
        // Stryker disable next-line StringLiteral: parseSettings has checked every time, so this label is never shown.
        at = wallTimeOnNight(date, parseHHMM(s.time, `steps.${s.id}.time`), zone)
        if (s.untilTime)
          // Stryker disable next-line StringLiteral: parseSettings has checked every time, so this label is never shown.
          until = wallTimeOnNight(date, parseHHMM(s.untilTime, `steps.${s.id}.untilTime`), zone)
      }
      const planned: PlannedStep = {
        id: s.id,
        title: describeStep(s).title,
        anchor: s.anchor,
        at: formatInstant(at),
      }
      if (until) planned.until = formatInstant(until)
      return { planned, ns: at.epochNanoseconds }
    })
    // Array sort is stable, so steps at the same instant keep the settings' order.
    .sort(byInstant)
    .map((x) => x.planned)

  return {
    night: date.toString(),
    timeZone: zone,
    bedtime: formatInstant(bedtime),
    bedtimeClock: clock,
    usualBedtime: usual.clock,
    bedtimeSource: tonight?.bedtime !== undefined ? 'tonight' : usual.source,
    steps,
  }
}

function byInstant(a: { ns: bigint }, b: { ns: bigint }): number {
  if (a.ns < b.ns) return -1
  // Stryker disable next-line EqualityOperator,ConditionalExpression: V8's sort only asks whether the result is below 0, so 0 and 1 are alike
  return a.ns > b.ns ? 1 : 0
}

/** The times a planned step's words name: its own HH:MM (already in the night's zone), window and offset. */
export function plannedStepTimes(planned: PlannedStep, setting: StepSetting | undefined): StepTimes {
  const times: StepTimes = { at: clockOf(planned.at) }
  if (planned.until) times.until = clockOf(planned.until)
  if (setting?.anchor === 'bedtime') {
    times.minutesBeforeBed = -setting.offsetMinutes
    if (setting.durationMinutes !== undefined) times.durationMinutes = setting.durationMinutes
  }
  return times
}
