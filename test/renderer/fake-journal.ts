// The journal half of the fake main process: nights, check-ins, labs, medicines and backups in memory, with
// every view model built by the same shared functions main uses (history maths, prompts, watch list, backup).

import { vi } from 'vitest'
import { augmentationWindows } from '../../shared/augmentation.ts'
import { parseBackup } from '../../shared/backup.ts'
import { type CheckIn, checkInSchema } from '../../shared/checkin.ts'
import { correlationNote, whatSeemsToHelp } from '../../shared/correlation.ts'
import { formatIssues, type Problem, problem, problemText, ValidationError } from '../../shared/errors.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { calendarCells, chartSeries, type NightEntry, sleepSeries } from '../../shared/history.ts'
import type { Envelope } from '../../shared/ipc.ts'
import { ferritinRecheck, type LabEntry, labSeries, parseLabEntry, TARGET_BANDS } from '../../shared/labs.ts'
import {
  IRON_RULES,
  ironConflict,
  ironStartDate,
  isIron,
  type MedicineEntry,
  parseMedicineEntry,
} from '../../shared/medicines.ts'
import { doctorPrompts } from '../../shared/prompts.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { type RlsTreatment, treatmentTimeline } from '../../shared/rls-treatments.ts'
import type { Settings } from '../../shared/settings.ts'
import { usualTimesBefore } from '../../shared/sleep-diary.ts'
import { bestStreak, currentStreak } from '../../shared/streaks.ts'
import type { ExportResult, HealthView, HistoryView, SummaryView } from '../../shared/view-models.ts'
import { matchMedicine } from '../../shared/watchlist.ts'
import { WEEKLY_SCORE_NOTE, weeklyScore, weeklySummaries } from '../../shared/weekly-score.ts'

export const TODAY = '2026-11-24'
export const LAST_NIGHT = '2026-11-23'
export const PLANNED = ['exercise-cutoff', 'warm-socks', 'warm-bath', 'magnesium', 'pre-bed-walk']
const MAGNESIUM_AT = '21:50'
export const DISCLAIMER =
  'Eventide is a companion, not a clinician. It recommends no prescription drug or dose.'

const ok = <T>(value: T): Envelope<T> => ({ ok: true, value })
const refused = (problems: readonly Problem[]): Envelope<never> => ({
  ok: false,
  error: problems.map(problemText).join('; '),
  problems,
})

export const addDays = (night: string, days: number) => dateFromDayNumber(dayNumber(night) + days)

/** A night record with the given steps done, as main would store it. */
export function nightWith(done: readonly string[], extra: Partial<NightRecord> = {}): NightRecord {
  const steps = Object.fromEntries(
    done.map((id) => [id, { status: 'done' as const, at: '2026-11-01T21:00:00+01:00' }]),
  )
  return { ...emptyNightRecord(), planned: PLANNED, steps, ...extra }
}

export function checkInOf(severity: number, extra: Partial<CheckIn> = {}): CheckIn {
  return {
    severity,
    sleepQuality: 10 - severity,
    onset: severity === 0 ? 'none' : 'bedtime',
    triggers: {
      caffeineAfter14: false,
      alcohol: false,
      nicotine: false,
      lateExercise: false,
      antihistamine: false,
    },
    note: '',
    savedAt: '2026-11-24T08:10:00+01:00',
    ...extra,
  }
}

export function createJournal(settings: () => Settings) {
  const j = {
    nights: {} as Record<string, NightRecord>,
    checkIns: {} as Record<string, CheckIn>,
    travel: new Set<string>(),
    labs: [] as LabEntry[],
    medicines: [] as MedicineEntry[],
    dismissed: new Set<string>(),
    checkInDue: false,
    nextId: 1,
    history(): Map<string, NightEntry> {
      const map = new Map<string, NightEntry>()
      for (const night of new Set([...Object.keys(j.nights), ...Object.keys(j.checkIns)])) {
        const record = j.nights[night]
        const checkIn = j.checkIns[night]
        map.set(night, {
          planned: record?.planned ?? PLANNED,
          ...(record && { record }),
          ...(checkIn && { checkIn }),
        })
      }
      return map
    },
    prompts() {
      return doctorPrompts({
        today: TODAY,
        checkIns: j.checkIns,
        health: settings().health,
        labs: j.labs,
        ironStartedOn: ironStartDate(j.medicines),
        dismissed: j.dismissed,
      })
    },
    historyView(days: 30 | 90 | 365): HistoryView {
      const history = j.history()
      const from = addDays(LAST_NIGHT, -days + 1)
      return {
        tonight: TODAY,
        lastNight: LAST_NIGHT,
        days,
        calendar: calendarCells(history, from, LAST_NIGHT, j.travel),
        series: chartSeries(history, LAST_NIGHT, days),
        streaks: { current: currentStreak(history, TODAY, j.travel), best: bestStreak(history, j.travel) },
        helps: whatSeemsToHelp(history, { from, to: LAST_NIGHT }),
        correlationNote: correlationNote(),
        prompts: j.prompts(),
        checkIns: Object.fromEntries(Object.entries(j.checkIns).filter(([n]) => n >= from)),
        travelNights: [...j.travel],
        sleep: sleepSeries(history, LAST_NIGHT, days),
        weeklyScore: weeklyScore(j.checkIns, LAST_NIGHT),
        weeklyNote: WEEKLY_SCORE_NOTE,
      }
    },
    healthView(): HealthView {
      const ironTime = j.medicines.find((m) => isIron(m.name) && m.time)?.time
      return {
        today: TODAY,
        labs: [...j.labs],
        series: {
          ferritin: labSeries(j.labs, 'ferritin'),
          tsat: labSeries(j.labs, 'tsat'),
          vitaminD: labSeries(j.labs, 'vitaminD'),
        },
        bands: TARGET_BANDS,
        recheck: ferritinRecheck(j.labs, TODAY),
        medicines: j.medicines.map((entry) => ({
          entry,
          matches: matchMedicine(entry.name),
          iron: isIron(entry.name),
        })),
        ironRules: IRON_RULES,
        ironConflict: ironTime ? ironConflict(ironTime, MAGNESIUM_AT) : null,
        prompts: j.prompts(),
      }
    },
    summaryView(): SummaryView {
      const series = chartSeries(j.history(), LAST_NIGHT, 90)
      return {
        generatedOn: TODAY,
        from: addDays(LAST_NIGHT, -89),
        to: LAST_NIGHT,
        ferritin: labSeries(j.labs, 'ferritin'),
        severity: series.severity,
        sleepQuality: series.sleepQuality,
        adherence: { nights: 90, completeNights: 12, stepsDone: 300, stepsPlanned: 450, percent: 67 },
        averages: { severity: 4.2, sleepQuality: 5.8, checkIns: Object.keys(j.checkIns).length },
        medicines: j.healthView().medicines,
        prompts: j.prompts(),
        disclaimer: DISCLAIMER,
        treatments: treatmentTimeline(j.medicines, TODAY),
        augmentation: {
          windows: augmentationWindows(j.checkIns, LAST_NIGHT, 4),
          findings: [],
          dopamineOnLog: false,
        },
        tsat: labSeries(j.labs, 'tsat'),
        vitaminD: labSeries(j.labs, 'vitaminD'),
        weeks: weeklySummaries(j.checkIns, LAST_NIGHT, 13),
        weeklyScore: weeklyScore(j.checkIns, LAST_NIGHT),
        weeklyNote: WEEKLY_SCORE_NOTE,
        sleepDiary: { nights: 0, totalSleep: null, efficiency: null },
        flags: { pregnant: false, kidneyDisease: false, malabsorption: false, neuropathy: false },
      }
    },
  }
  const entryError = (error: unknown) => {
    if (error instanceof ValidationError) return refused(error.problems)
    throw error
  }

  const handlers = {
    getHistory: vi.fn(async ({ days }: { days: 30 | 90 | 365 }) => ok(j.historyView(days))),
    getCheckIn: vi.fn(async ({ night }: { night: string | null }) => {
      const n = night ?? LAST_NIGHT
      const usual = usualTimesBefore(j.checkIns, n)
      return ok({
        night: n,
        checkIn: j.checkIns[n] ?? null,
        due: j.checkInDue && n === LAST_NIGHT,
        ...(Object.keys(usual).length > 0 ? { usualTimes: usual } : {}),
      })
    }),
    saveCheckIn: vi.fn(async ({ night, checkIn }: { night: string; checkIn: Omit<CheckIn, 'savedAt'> }) => {
      const parsed = checkInSchema.safeParse({ ...checkIn, savedAt: '2026-11-24T08:15:00+01:00' })
      if (!parsed.success) return refused(formatIssues(parsed.error, 'checkIn'))
      j.checkIns[night] = parsed.data
      j.checkInDue = false
      return ok({ night, checkIn: parsed.data, due: false })
    }),
    setTravelNight: vi.fn(async ({ night, travel }: { night: string; travel: boolean }) => {
      if (travel) j.travel.add(night)
      else j.travel.delete(night)
      return ok(j.historyView(30))
    }),
    getHealth: vi.fn(async () => ok(j.healthView())),
    addLab: vi.fn(async (payload: Omit<LabEntry, 'id'>) => {
      try {
        j.labs.push(parseLabEntry({ id: `lab-${j.nextId++}`, ...payload }, TODAY))
        return ok(j.healthView())
      } catch (error) {
        return entryError(error)
      }
    }),
    removeLab: vi.fn(async ({ id }: { id: string }) => {
      j.labs = j.labs.filter((l) => l.id !== id)
      return ok(j.healthView())
    }),
    addMedicine: vi.fn(async (payload: Omit<MedicineEntry, 'id'>) => {
      try {
        j.medicines.push(parseMedicineEntry({ id: `med-${j.nextId++}`, ...payload }, TODAY))
        return ok(j.healthView())
      } catch (error) {
        return entryError(error)
      }
    }),
    removeMedicine: vi.fn(async ({ id }: { id: string }) => {
      j.medicines = j.medicines.filter((m) => m.id !== id)
      return ok(j.healthView())
    }),
    updateTreatment: vi.fn(async ({ id, rls }: { id: string; rls: RlsTreatment | null }) => {
      const index = j.medicines.findIndex((m) => m.id === id)
      const current = j.medicines[index]
      if (!current) return refused([problem('id', `expected the id of a medicine entry, got "${id}"`)])
      const { rls: _old, ...rest } = current
      try {
        j.medicines[index] = parseMedicineEntry(rls ? { ...rest, rls } : rest, TODAY)
        return ok(j.healthView())
      } catch (error) {
        return entryError(error)
      }
    }),
    dismissPrompt: vi.fn(async ({ id }: { id: string }) => {
      j.dismissed.add(id)
      return ok(null)
    }),
    exportData: vi.fn(async ({ format }: { format: 'json' | 'csv' }) =>
      ok<ExportResult>({ saved: true, path: `/home/test/eventide-backup.${format}` }),
    ),
    previewImport: vi.fn(async ({ text }: { text: string }) => {
      const result = parseBackup(text)
      return result.ok ? ok(result.preview) : refused(result.errors)
    }),
    applyImport: vi.fn(async ({ text }: { text: string }) => {
      const result = parseBackup(text)
      if (!result.ok) return refused(result.errors)
      j.nights = { ...result.backup.nights }
      j.checkIns = { ...result.backup.checkIns }
      j.labs = [...result.backup.labs]
      j.medicines = [...result.backup.medicines]
      return ok(result.preview)
    }),
    getSummary: vi.fn(async () => ok(j.summaryView())),
    printSummary: vi.fn(async () =>
      ok<ExportResult>({ saved: true, path: '/home/test/eventide-summary.pdf' }),
    ),
    exportCalendar: vi.fn(async () =>
      ok<ExportResult>({ saved: true, path: '/home/test/eventide-evenings.ics' }),
    ),
  }
  return Object.assign(j, { handlers })
}

export type Journal = ReturnType<typeof createJournal>
