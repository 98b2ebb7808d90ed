// The one-page summary for a doctor's visit: the last 90 nights' severity and adherence, the ferritin trend,
// the medicine list and the open doctor prompts.
import type { SummaryView } from './companion.ts'
import { medicineViews } from './health-view.ts'
import { chartSeries, nightState } from './history.ts'
import { journalPrompts, localToday, type Moment, nightEntries } from './history-view.ts'
import type { Journal } from './journal.ts'
import { labSeries } from './labs.ts'
import { addDays, nightOf } from './night.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'

export const SUMMARY_DAYS = 90
/** Ferritin is measured about every 3 months, so the trend reaches back further than 90 nights. */
export const SUMMARY_FERRITIN_POINTS = 8

export const SUMMARY_DISCLAIMER =
  'Made with Eventide from the person’s own entries. The 0–10 ratings are the app’s own scale, not a ' +
  'clinical rating scale. Eventide is a companion, not a diagnosis, and recommends no prescription drug or dose.'

export interface SummaryInput extends Moment {
  settings: Settings
  nights: Readonly<Record<string, NightRecord>>
  journal: Journal
}

const round1 = (x: number) => Math.round(x * 10) / 10

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length)
}

export function buildSummaryView(input: SummaryInput): SummaryView {
  const { settings, journal } = input
  const to = addDays(nightOf(input.nowMs, input.timeZone), -1)
  const from = addDays(to, -(SUMMARY_DAYS - 1))
  const entries = nightEntries(input.nights, journal.checkIns, settings)
  const travel = new Set(journal.travelNights)

  // Adherence counts the nights the routine ran: paused, travel and empty nights are left out.
  let nights = 0
  let completeNights = 0
  let stepsDone = 0
  let stepsPlanned = 0
  const severities: number[] = []
  const sleep: number[] = []
  for (let night = from; night <= to; night = addDays(night, 1)) {
    const entry = entries.get(night)
    if (entry?.checkIn) {
      severities.push(entry.checkIn.severity)
      sleep.push(entry.checkIn.sleepQuality)
    }
    const state = nightState(entry, travel.has(night))
    if (!entry?.record || (state !== 'complete' && state !== 'incomplete')) continue
    nights++
    if (state === 'complete') completeNights++
    stepsPlanned += entry.planned.length
    stepsDone += entry.planned.filter((id) => entry.record?.steps[id]?.status === 'done').length
  }
  const series = chartSeries(entries, to, SUMMARY_DAYS)
  return {
    generatedOn: localToday(input),
    from,
    to,
    ferritin: labSeries(journal.labs, 'ferritin').slice(-SUMMARY_FERRITIN_POINTS),
    severity: series.severity,
    sleepQuality: series.sleepQuality,
    adherence: {
      nights,
      completeNights,
      stepsDone,
      stepsPlanned,
      percent: stepsPlanned === 0 ? 0 : Math.round((stepsDone / stepsPlanned) * 100),
    },
    averages: { severity: average(severities), sleepQuality: average(sleep), checkIns: severities.length },
    medicines: medicineViews(journal.medicines),
    prompts: journalPrompts(settings, journal, input, (night) => input.nights[night]),
    disclaimer: SUMMARY_DISCLAIMER,
  }
}
