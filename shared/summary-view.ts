// The summary for a doctor's visit, built for a two-minute read: the treatment time line, the augmentation
// watch, iron and vitamin D with dates, weekly severity and sleep, the sleep diary, the evening routine, the
// flags from settings, the full medicine list and the open doctor prompts, over the last 90 nights.
import { type AugmentationWindow, augmentationSigns } from './augmentation.ts'
import { augmentationFindings, dopamineOnLog } from './augmentation-prompt.ts'
import { medicineViews } from './health-view.ts'
import { chartSeries, nightState } from './history.ts'
import { journalPrompts, localToday, type Moment, nightEntries } from './history-view.ts'
import { t } from './i18n/index.ts'
import type { Journal } from './journal.ts'
import { labSeries } from './labs.ts'
import { addDays, nightOf } from './night.ts'
import type { NightRecord } from './records.ts'
import { treatmentTimeline } from './rls-treatments.ts'
import type { Settings } from './settings.ts'
import { sleepNumbers } from './sleep-diary.ts'
import type { SummaryView } from './view-models.ts'
import { WEEKLY_SCORE_NOTE, weeklyScore, weeklySummaries } from './weekly-score.ts'

export const SUMMARY_DAYS = 90
/** Ferritin is measured about every 3 months, so the trend reaches back further than 90 nights. */
export const SUMMARY_FERRITIN_POINTS = 8
/** Weeks on the weekly charts: 13 weeks cover the 90 nights (91). */
export const SUMMARY_WEEKS = 13
/** 4-week windows in the augmentation table: about four months, enough to see a drift. */
export const SUMMARY_WINDOWS = 4

/** Printed on every summary, in the current language. */
export function summaryDisclaimer(): string {
  return t('clinical.summary.disclaimer')
}

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
  const tst: number[] = []
  const efficiency: number[] = []
  for (let night = from; night <= to; night = addDays(night, 1)) {
    const entry = entries.get(night)
    if (entry?.checkIn) {
      severities.push(entry.checkIn.severity)
      sleep.push(entry.checkIn.sleepQuality)
      const numbers = sleepNumbers(entry.checkIn.diary)
      if (numbers) {
        tst.push(numbers.totalSleep)
        efficiency.push(numbers.efficiency)
      }
    }
    const state = nightState(entry, travel.has(night))
    const record = entry?.record
    if (!record || (state !== 'complete' && state !== 'incomplete')) continue
    nights++
    if (state === 'complete') completeNights++
    stepsPlanned += entry.planned.length
    stepsDone += entry.planned.filter((id) => record.steps[id]?.status === 'done').length
  }
  const series = chartSeries(entries, to, SUMMARY_DAYS)
  const signs = augmentationSigns(journal.checkIns, to)
  // augmentationSigns always returns LOOKBACK_WINDOWS (≥ 1) windows, so there is a latest one.
  const latest = signs.windows.at(-1) as AugmentationWindow
  const today = localToday(input)
  const mean = (xs: number[]) =>
    xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length)
  return {
    generatedOn: today,
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
    disclaimer: summaryDisclaimer(),
    treatments: treatmentTimeline(journal.medicines, today),
    augmentation: {
      windows: signs.windows.slice(-SUMMARY_WINDOWS),
      findings: augmentationFindings(signs),
      dopamineOnLog: dopamineOnLog(journal.medicines, latest.from, latest.to).length > 0,
    },
    tsat: labSeries(journal.labs, 'tsat').slice(-SUMMARY_FERRITIN_POINTS),
    vitaminD: labSeries(journal.labs, 'vitaminD').slice(-SUMMARY_FERRITIN_POINTS),
    weeks: weeklySummaries(journal.checkIns, to, SUMMARY_WEEKS),
    weeklyScore: weeklyScore(journal.checkIns, to),
    weeklyNote: WEEKLY_SCORE_NOTE,
    sleepDiary: { nights: tst.length, totalSleep: mean(tst), efficiency: mean(efficiency) },
    flags: {
      pregnant: settings.health.pregnant,
      kidneyDisease: settings.health.kidneyDisease,
      malabsorption: settings.health.malabsorption ?? false,
      neuropathy: settings.health.neuropathy ?? false,
    },
  }
}
