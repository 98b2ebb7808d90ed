// What main hands the history, health, check-in and summary views: ready-made view models, so the
// renderer draws and never recomputes ten years of nights.

import type { AugmentationWindow } from './augmentation.ts'
import type { ChartRange } from './chart-ranges.ts'
import type { CheckIn } from './checkin.ts'
import type { Comparison } from './correlation.ts'
import type { CalendarCell, ChartSeries, SeriesPoint, SleepSeries } from './history.ts'
import type { LabEntry, LabKind, Recheck, TargetBand, VitaminDUnit } from './labs.ts'
import type { IronConflict, MedicineEntry } from './medicines.ts'
import type { DoctorPrompt } from './prompts.ts'
import type { TreatmentLine } from './rls-treatments.ts'
import type { UsualTimes } from './sleep-diary.ts'
import type { Streak } from './streaks.ts'
import type { WatchMatch } from './watchlist.ts'
import type { WeeklyScore, WeekSummary } from './weekly-score.ts'

export interface HistoryView {
  /** The night in progress (noon rule) and the last finished one. */
  tonight: string
  lastNight: string
  days: ChartRange
  /** One cell per night, oldest first, ending with `lastNight`. */
  calendar: CalendarCell[]
  series: ChartSeries
  streaks: { current: Streak; best: Streak }
  helps: Comparison[]
  correlationNote: string
  prompts: DoctorPrompt[]
  /** Check-ins inside the range, by night, so they can be edited from history. */
  checkIns: Record<string, CheckIn>
  travelNights: string[]
  /** Total sleep time and sleep efficiency from the optional sleep diary, over the same nights. */
  sleep: SleepSeries
  /** Last week's own-rating score against the 4 weeks before, and the note that it is not the IRLS. */
  weeklyScore: WeeklyScore
  weeklyNote: string
}

export interface CheckInView {
  night: string
  checkIn: CheckIn | null
  /** The check-in time has come and last night has none yet. */
  due: boolean
  /** The sleep diary times the person usually gives, offered in a fresh diary (absent before any diary). */
  usualTimes?: UsualTimes
}

export interface MedicineView {
  entry: MedicineEntry
  matches: WatchMatch[]
  iron: boolean
}

export interface HealthView {
  today: string
  labs: LabEntry[]
  series: Record<LabKind, { date: string; value: number }[]>
  bands: Record<LabKind, readonly TargetBand[]>
  recheck: Recheck | null
  medicines: MedicineView[]
  ironRules: readonly string[]
  /** Set when an iron entry has a time within 2 h of tonight's magnesium step. */
  ironConflict: IronConflict | null
  prompts: DoctorPrompt[]
  /** Set when an iron entry has a time within 4 h of a listed thyroid medicine. */
  thyroidConflict?: IronConflict | null
  /** The unit the person reads vitamin D in (stored in ng/mL); absent means ng/mL. */
  vitaminDUnit?: VitaminDUnit
}

export interface SummaryView {
  generatedOn: string
  from: string
  to: string
  ferritin: { date: string; value: number }[]
  severity: SeriesPoint[]
  sleepQuality: SeriesPoint[]
  adherence: {
    nights: number
    completeNights: number
    stepsDone: number
    stepsPlanned: number
    percent: number
  }
  averages: { severity: number | null; sleepQuality: number | null; checkIns: number }
  medicines: MedicineView[]
  prompts: DoctorPrompt[]
  disclaimer: string
  /** The RLS treatment log as a time line. */
  treatments: TreatmentLine[]
  /** The augmentation watch: the latest 4-week windows and what it saw, in plain sentences with dates. */
  augmentation: {
    windows: AugmentationWindow[]
    findings: string[]
    dopamineOnLog: boolean
  }
  /** Every TSAT and vitamin D result, newest last (ferritin is above). */
  tsat: { date: string; value: number }[]
  vitaminD: { date: string; value: number }[]
  /** Week by week over the period, oldest first; the app's own ratings and the sleep diary. */
  weeks: WeekSummary[]
  weeklyScore: WeeklyScore
  weeklyNote: string
  sleepDiary: { nights: number; totalSleep: number | null; efficiency: number | null }
  flags: { pregnant: boolean; kidneyDisease: boolean; malabsorption: boolean; neuropathy: boolean }
}

export type ExportResult = { saved: true; path: string } | { saved: false }
