// The evening routine as an iCalendar file for a phone's calendar: the next weeks of evenings, each enabled
// step one event with an alarm at its time. Built with ical-generator (escaping, folding and the format's
// rules are its job). UIDs are the step and the night, so importing a newer export updates the same events.

import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator'
import { formatLongDate, formatTime, t } from './i18n/index.ts'
import { addDays, formatMs, instantMs } from './night.ts'
import { describeStep } from './protocol.ts'
import type { Settings } from './settings.ts'
import { planNight } from './timeline.ts'

export const CALENDAR_WEEKS = 4
/** A step without a window of its own still gets a short block, so calendars draw it. */
const DEFAULT_EVENT_MINUTES = 10
export const UID_DOMAIN = 'eventide.app'

export interface CalendarExportInput {
  settings: Settings
  /** The first night to include (tonight), YYYY-MM-DD. */
  firstNight: string
  timeZone: string
  nowMs: number
  weeks?: number
}

export function eventUid(stepId: string, night: string): string {
  return `${night}-${stepId}@${UID_DOMAIN}`
}

/** What the file says about itself: a snapshot, what it covers and when to export again. */
export function snapshotNote(firstNight: string, lastNight: string, exportedAt: string): string {
  return t('calendar.snapshot', {
    exported: formatLongDate(exportedAt),
    first: formatLongDate(firstNight),
    last: formatLongDate(lastNight),
  })
}

export function calendarExport(input: CalendarExportInput): string {
  const { settings, firstNight, timeZone, nowMs } = input
  const nights = (input.weeks ?? CALENDAR_WEEKS) * 7
  const lastNight = addDays(firstNight, nights - 1)
  const exportedAt = formatMs(nowMs, timeZone)
  const stamp = new Date(nowMs)
  // A later export must win over an earlier one in calendars that compare SEQUENCE: minutes since 1970.
  const sequence = Math.floor(nowMs / 60_000)
  const byId = new Map(settings.steps.map((s) => [s.id, s]))
  const calendar = ical({
    name: t('calendar.name'),
    description: snapshotNote(firstNight, lastNight, exportedAt),
    prodId: { company: 'Eventide', product: 'Evening routine', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  })
  for (let i = 0; i < nights; i++) {
    const night = addDays(firstNight, i)
    // Per-weekday bedtimes apply through planNight; a tonight-only bedtime does not belong in a routine.
    const plan = planNight(settings, night, timeZone)
    for (const step of plan.steps) {
      // Stryker disable next-line ObjectLiteral: planNight plans only the settings' own steps, so byId always has the id
      const text = describeStep(byId.get(step.id) ?? { id: step.id })
      const startMs = instantMs(step.at)
      const endMs = step.until ? instantMs(step.until) : startMs + DEFAULT_EVENT_MINUTES * 60_000
      calendar.createEvent({
        id: eventUid(step.id, night),
        sequence,
        stamp,
        start: new Date(startMs),
        end: new Date(endMs),
        summary: text.title,
        description: `${text.instruction}\n\n${t('calendar.eventNote', {
          bedtime: formatTime(plan.bedtimeClock),
          exported: formatLongDate(exportedAt),
        })}`,
        alarms: [{ type: ICalAlarmType.display, trigger: 0, description: text.title }],
      })
    }
  }
  return calendar.toString()
}
