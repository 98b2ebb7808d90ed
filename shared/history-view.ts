// Builds the history window's view model from stored nights and the journal, with the pure history maths.

import type { ChartRange } from './chart-ranges.ts'
import { checkInDue, checkInNightFor } from './checkin.ts'
import { correlationNote, whatSeemsToHelp } from './correlation.ts'
import { calendarCells, chartSeries, type NightEntry, sleepSeries } from './history.ts'
import type { Journal } from './journal.ts'
import { ironStartDate, isIron } from './medicines.ts'
import { addDays, nightOf, zonedFromMs } from './night.ts'
import { recentSeverity, routineAdherence } from './prompt-rules.ts'
import { type DoctorPrompt, doctorPrompts } from './prompts.ts'
import { describeStep } from './protocol.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'
import { bestStreak, currentStreak } from './streaks.ts'
import type { HistoryView } from './view-models.ts'
import { weeklyScore, weeklyScoreNote } from './weekly-score.ts'

/** Where the person is in time: the clock and zone every view is built for. */
export interface Moment {
  nowMs: number
  timeZone: string
}

/** The local calendar date (YYYY-MM-DD) at `nowMs`: "today" for lab dates, unlike the noon-rule night. */
export function localToday(moment: Moment): string {
  return zonedFromMs(moment.nowMs, moment.timeZone).toPlainDate().toString()
}

export function enabledStepIds(settings: Settings): string[] {
  return settings.steps.filter((s) => s.enabled).map((s) => s.id)
}

/**
 * One history entry per night with a record or a check-in. A night is judged by the steps planned that
 * night (`record.planned`); records written before that was kept fall back to today's enabled steps.
 */
export function nightEntries(
  nights: Readonly<Record<string, NightRecord>>,
  checkIns: Journal['checkIns'],
  settings: Settings,
): Map<string, NightEntry> {
  const enabled = enabledStepIds(settings)
  const entries = new Map<string, NightEntry>()
  for (const [night, record] of Object.entries(nights)) {
    entries.set(night, { record, planned: record.planned ?? enabled })
  }
  for (const [night, checkIn] of Object.entries(checkIns)) {
    const entry = entries.get(night)
    if (entry) entry.checkIn = checkIn
    else entries.set(night, { checkIn, planned: enabled })
  }
  return entries
}

/** A night's record by night key; absent when nothing was recorded. */
export type RecordOf = (night: string) => NightRecord | undefined

/**
 * The doctor prompts that apply now, without the ones the person dismissed. `recordOf` gives the nights of the
 * recent check-ins, so "discuss treatment" can see whether the routine was really followed.
 */
export function journalPrompts(
  settings: Settings,
  journal: Journal,
  moment: Moment,
  recordOf: RecordOf = () => undefined,
): DoctorPrompt[] {
  const recent = recentSeverity(journal.checkIns)
  return doctorPrompts({
    today: localToday(moment),
    checkIns: journal.checkIns,
    health: settings.health,
    labs: journal.labs,
    ironStartedOn: ironStartDate(journal.medicines),
    takingIron: journal.medicines.some((m) => isIron(m.name)),
    medicines: journal.medicines,
    adherence: recent.count
      ? routineAdherence(recordOf, recent.first, recent.last, enabledStepIds(settings))
      : null,
    dismissed: journal.dismissedPrompts,
  })
}

/** Whether the morning check-in for last night is waiting (switched on, time come, none saved yet). */
export function isCheckInDue(settings: Settings, journal: Journal, moment: Moment): boolean {
  if (!settings.checkInEnabled) return false
  const night = checkInNightFor(moment.nowMs, moment.timeZone)
  return checkInDue({
    checkInTime: settings.checkInTime,
    nowMs: moment.nowMs,
    timeZone: moment.timeZone,
    alreadyCheckedIn: journal.checkIns[night] !== undefined,
  })
}

/** What the checklist snapshot carries beside tonight's steps. */
export function snapshotBanners(
  settings: Settings,
  journal: Journal,
  moment: Moment,
  recordOf?: RecordOf,
): { prompts: DoctorPrompt[]; checkInDue: boolean } {
  return {
    prompts: journalPrompts(settings, journal, moment, recordOf),
    checkInDue: isCheckInDue(settings, journal, moment),
  }
}

export interface HistoryInput extends Moment {
  settings: Settings
  nights: Readonly<Record<string, NightRecord>>
  journal: Journal
  days: ChartRange
  /** From the store's streak index; computed from `nights` (which must then hold every night) when absent. */
  streaks?: HistoryView['streaks']
  /** Any night's record, for the prompts; `nights` is used when absent. */
  recordOf?: RecordOf
}

export function buildHistoryView(input: HistoryInput): HistoryView {
  const { settings, journal, days } = input
  const tonight = nightOf(input.nowMs, input.timeZone)
  const lastNight = addDays(tonight, -1)
  const from = addDays(lastNight, -(days - 1))
  const entries = nightEntries(input.nights, journal.checkIns, settings)
  const travel = new Set(journal.travelNights)
  const stepTitles = Object.fromEntries(settings.steps.map((s) => [s.id, describeStep(s).title]))

  const checkIns: HistoryView['checkIns'] = {}
  for (const [night, checkIn] of Object.entries(journal.checkIns)) {
    if (night >= from && night <= tonight) checkIns[night] = checkIn
  }
  return {
    tonight,
    lastNight,
    days,
    calendar: calendarCells(entries, from, lastNight, travel),
    series: chartSeries(entries, lastNight, days),
    // Tonight can only extend the current streak, never break it, so it is judged as of tonight.
    streaks: input.streaks ?? {
      current: currentStreak(entries, tonight, travel),
      best: bestStreak(entries, travel),
    },
    helps: whatSeemsToHelp(entries, { from, to: lastNight, stepTitles }),
    correlationNote: correlationNote(),
    prompts: journalPrompts(settings, journal, input, input.recordOf ?? ((night) => input.nights[night])),
    checkIns,
    travelNights: journal.travelNights.filter((n) => n >= from && n <= tonight).sort(),
    sleep: sleepSeries(entries, lastNight, days),
    weeklyScore: weeklyScore(journal.checkIns, lastNight),
    weeklyNote: weeklyScoreNote(),
  }
}
