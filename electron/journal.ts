// The journal service: morning check-ins, travel nights, labs, medicines and dismissed prompts, and the
// history, health and summary views built from them. Payloads arrive already shape-checked by the IPC
// wrapper; the checks that need today's date or the stored data happen here.
import { randomUUID } from 'node:crypto'
import type { ChartRange } from '../shared/chart-ranges.ts'
import { type CheckIn, checkInNightFor } from '../shared/checkin.ts'
import { describeInput, problem, ValidationError } from '../shared/errors.ts'
import { DATE_EXPECTED, isRealDate } from '../shared/fields.ts'
import { buildHealthView } from '../shared/health-view.ts'
import { buildHistoryView, isCheckInDue, localToday, type Moment } from '../shared/history-view.ts'
import type { ParsedRequest } from '../shared/ipc.ts'
import { type Journal, withDismissed } from '../shared/journal.ts'
import { parseLabEntry } from '../shared/labs.ts'
import { parseMedicineEntry } from '../shared/medicines.ts'
import { addDays, formatMs, nightOf } from '../shared/night.ts'
import type { RlsTreatment } from '../shared/rls-treatments.ts'
import { USUAL_FROM_CHECK_INS, usualTimesBefore } from '../shared/sleep-diary.ts'
import { buildSummaryView } from '../shared/summary-view.ts'
import type { CheckInView, HealthView, HistoryView, SummaryView } from '../shared/view-models.ts'
import type { Clock, EventideStore } from './services.ts'

/** The weekly score compares the last week with the four before it. */
const WEEKLY_LOOKBACK_NIGHTS = 35

export interface JournalDeps {
  store: EventideStore
  clock: Clock
  /** Tells windows and the tray that something they show may have changed. */
  emitChange: () => void
  /** New entry ids; a random UUID by default. */
  newId?: (prefix: 'lab' | 'med') => string
}

export interface JournalService {
  history(days: ChartRange): HistoryView
  checkIn(night: string | null): CheckInView
  saveCheckIn(request: ParsedRequest<'saveCheckIn'>): CheckInView
  setTravelNight(night: string, travel: boolean): HistoryView
  health(): HealthView
  addLab(request: ParsedRequest<'addLab'>): HealthView
  removeLab(id: string): HealthView
  addMedicine(request: ParsedRequest<'addMedicine'>): HealthView
  removeMedicine(id: string): HealthView
  updateTreatment(id: string, rls: RlsTreatment | null): HealthView
  dismissPrompt(id: string): void
  summary(): SummaryView
}

/** Copies an object without its undefined fields, so optional fields are absent rather than undefined. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** Rejects a well-formed but impossible date (2026-02-30), naming the field. */
function realNight(night: string, field: string): string {
  if (!isRealDate(night))
    throw new ValidationError([problem(field, `${DATE_EXPECTED}, got ${describeInput(night)}`)])
  return night
}

export function createJournal(deps: JournalDeps): JournalService {
  const { store, clock } = deps
  const newId = deps.newId ?? ((prefix) => `${prefix}-${randomUUID()}`)
  // The range the history window last asked for, so a travel toggle answers with the same range.
  let lastDays: ChartRange = 90

  const moment = (): Moment => ({ nowMs: clock.now(), timeZone: clock.timeZone() })

  /** Saves everything but the check-ins: one small file, whatever the years kept. */
  function save(journal: Journal): void {
    const { checkIns: _kept, ...core } = journal
    store.setJournalCore(core)
    deps.emitChange()
  }

  function history(days: ChartRange): HistoryView {
    lastDays = days
    const m = moment()
    const tonight = nightOf(m.nowMs, m.timeZone)
    // Only the nights shown are read; the weekly score looks five weeks back; streaks come from the index.
    const from = addDays(tonight, -days)
    return buildHistoryView({
      ...m,
      settings: store.getSettings(),
      nights: store.nightsBetween(from, tonight),
      journal: store.journalFrom(addDays(from, -WEEKLY_LOOKBACK_NIGHTS)),
      days,
      streaks: store.streaks(tonight),
      recordOf: (night) => store.readNight(night),
    })
  }

  function health(): HealthView {
    const m = moment()
    const tonight = store.getNight(nightOf(m.nowMs, m.timeZone))
    return buildHealthView({
      ...m,
      settings: store.getSettings(),
      journal: store.recentJournal(),
      tonightBedtime: tonight.bedtimeOverride,
      recordOf: (night) => store.readNight(night),
    })
  }

  /** Removes one lab or medicine by id; an id the journal does not hold is refused and nothing changes. */
  function removeEntry(list: 'labs' | 'medicines', what: 'lab' | 'medicine', id: string): HealthView {
    const journal = store.recentJournal()
    const entries: readonly { id: string }[] = journal[list]
    if (!entries.some((entry) => entry.id === id)) {
      throw new ValidationError([problem('id', `expected the id of a ${what} entry, got "${id}"`)])
    }
    save({ ...journal, [list]: entries.filter((entry) => entry.id !== id) })
    return health()
  }

  function checkIn(requested: string | null): CheckInView {
    const m = moment()
    const current = checkInNightFor(m.nowMs, m.timeZone)
    const night = requested === null ? current : realNight(requested, 'night')
    const journal = store.recentJournal()
    const due = night === current && isCheckInDue(store.getSettings(), journal, m)
    // The usual times come from the 14 check-ins before the night: the year before it nearly always holds them.
    // Stryker disable next-line UnaryOperator: a narrower read only; too few check-ins falls back to all of them
    let before = store.checkInsBetween(addDays(night, -366), night)
    if (Object.keys(before).length <= USUAL_FROM_CHECK_INS) before = store.journalFrom('0000-01-01').checkIns
    const usual = usualTimesBefore(before, night)
    const view: CheckInView = { night, checkIn: before[night] ?? null, due }
    if (Object.keys(usual).length > 0) view.usualTimes = usual
    return view
  }

  return {
    history,
    checkIn,

    saveCheckIn({ night, checkIn: answers }) {
      const m = moment()
      const key = realNight(night, 'night')
      const tonight = nightOf(m.nowMs, m.timeZone)
      if (key > tonight) {
        throw new ValidationError([
          problem('night', `expected a night on or before ${tonight}, got "${key}"`),
        ])
      }
      const saved: CheckIn = { ...answers, savedAt: formatMs(m.nowMs, m.timeZone) }
      store.setCheckIn(key, saved)
      deps.emitChange()
      return checkIn(key)
    },

    setTravelNight(night, travel) {
      const key = realNight(night, 'night')
      const journal = store.recentJournal()
      const others = journal.travelNights.filter((n) => n !== key)
      save({ ...journal, travelNights: travel ? [...others, key].sort() : others })
      return history(lastDays)
    },

    health,

    addLab(request) {
      const entry = parseLabEntry(defined({ id: newId('lab'), ...request }), localToday(moment()))
      const journal = store.recentJournal()
      save({ ...journal, labs: [...journal.labs, entry] })
      return health()
    },

    removeLab(id) {
      return removeEntry('labs', 'lab', id)
    },

    addMedicine(request) {
      const value = defined({ id: newId('med'), ...request, name: request.name.trim() })
      const entry = parseMedicineEntry(value, localToday(moment()))
      const journal = store.recentJournal()
      save({ ...journal, medicines: [...journal.medicines, entry] })
      return health()
    },

    removeMedicine(id) {
      return removeEntry('medicines', 'medicine', id)
    },

    updateTreatment(id, rls) {
      const journal = store.recentJournal()
      const index = journal.medicines.findIndex((m) => m.id === id)
      const current = journal.medicines[index]
      if (!current)
        throw new ValidationError([problem('id', `expected the id of a medicine entry, got "${id}"`)])
      const { rls: _old, ...rest } = current
      const entry = parseMedicineEntry(rls ? { ...rest, rls } : rest, localToday(moment()))
      const medicines = journal.medicines.map((m, i) => (i === index ? entry : m))
      save({ ...journal, medicines })
      return health()
    },

    dismissPrompt(id) {
      const journal = store.recentJournal()
      save({ ...journal, dismissedPrompts: withDismissed(journal.dismissedPrompts, id) })
    },

    summary: () =>
      buildSummaryView({
        ...moment(),
        settings: store.getSettings(),
        // The doctor's summary is rare: every night and check-in, read but not copied.
        nights: store.nightsBetween('0000-01-01', '9999-12-31'),
        journal: store.journalFrom('0000-01-01'),
      }),
  }
}
