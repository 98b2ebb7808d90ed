// Tonight's state and the intents that change it (tick, skip, snooze, bedtime, pause, settings).
import { parseHHMM } from '../shared/hhmm.ts'
import { snapshotBanners } from '../shared/history-view.ts'
import { eveningNight, isClosed, nightReach, stepLives } from '../shared/lifecycle.ts'
import { formatMs } from '../shared/night.ts'
import { copyRecord, type NightRecord } from '../shared/records.ts'
import { reopenMovedSteps } from '../shared/schedule.ts'
import { parseSettings, type Settings } from '../shared/settings.ts'
import { buildSnapshot, type Snapshot } from '../shared/snapshot.ts'
import { type NightPlan, planNight, usualBedtime } from '../shared/timeline.ts'
import type { Clock, EventideStore, Logger } from './services.ts'

export type StepIntent = 'done' | 'skipped' | 'pending'

export interface Tonight {
  night: string
  plan: NightPlan
  record: NightRecord
  settings: Settings
  nowMs: number
}

export interface Evening {
  snapshot(): Snapshot
  setStepStatus(stepId: string, status: StepIntent): Snapshot
  snooze(stepId: string): Snapshot
  /** A one-night bedtime; null goes back to the usual one. */
  setTonightBedtime(hhmm: string | null): Snapshot
  setPaused(paused: boolean): Snapshot
  getSettings(): Settings
  /** Validates first; throws a ValidationError naming each bad field and saves nothing then. */
  updateSettings(settings: unknown): Settings
  current(): Tonight
  /** Forgets the messages shown so far (e.g. where a damaged file was copied). */
  dismissNotices(): Snapshot
  /** Tells listeners that something beside tonight's record changed (the journal, an import). */
  changed(): void
  onChange(listener: () => void): () => void
}

export function createEvening(deps: { store: EventideStore; clock: Clock; logger: Logger }): Evening {
  const { store, clock } = deps
  const listeners = new Set<() => void>()
  // Notices are read once from the store and kept so every window sees them until dismissed.
  let notices: string[] = []

  function planOf(settings: Settings, night: string, timeZone: string): NightPlan {
    const record = store.getNight(night)
    // Stryker disable next-line ConditionalExpression: planNight treats { bedtime: undefined } as no one-night bedtime.
    const tonight = record.bedtimeOverride !== undefined ? { bedtime: record.bedtimeOverride } : undefined
    return planNight(settings, night, timeZone, tonight)
  }

  function current(): Tonight {
    const nowMs = clock.now()
    const timeZone = clock.timeZone()
    const settings = store.getSettings()
    // The evening open now, which is not always the night by the noon rule (steps before noon, day sleepers).
    const night = eveningNight(
      nowMs,
      timeZone,
      (n) => planOf(settings, n, timeZone),
      (n) => nightReach(settings, store.getNight(n).bedtimeOverride ?? usualBedtime(settings, n).clock),
    )
    const record = store.getNight(night)
    const plan = planOf(settings, night, timeZone)
    return { night, plan, record, settings, nowMs }
  }

  function snapshotOf(t: Tonight): Snapshot {
    const fresh = store.takeNotices()
    // Stryker disable next-line ConditionalExpression,EqualityOperator: appending no notices leaves the list as it was.
    if (fresh.length > 0) notices = [...notices, ...fresh]
    const snapshot = buildSnapshot(
      t.plan,
      t.record,
      t.settings,
      t.nowMs,
      formatMs(t.nowMs, t.plan.timeZone),
      notices,
    )
    return { ...snapshot, ...banners(t) }
  }

  function banners(t: Tonight): Pick<Snapshot, 'prompts' | 'checkInDue'> {
    try {
      const moment = { nowMs: t.nowMs, timeZone: t.plan.timeZone }
      return snapshotBanners(t.settings, store.recentJournal(), moment, (night) => store.readNight(night))
    } catch (error) {
      // Banners are extras: a problem computing them must never hide tonight's checklist.
      deps.logger.error('evening: could not work out the doctor prompts', error)
      // Stryker disable next-line ObjectLiteral: buildSnapshot already holds these values; they are spelled out for the reader.
      return { prompts: [], checkInDue: false }
    }
  }

  function emit(): void {
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        // A failing listener (say, a closed window) must not undo or hide a change that was saved.
        deps.logger.error('evening: change listener failed', error)
      }
    }
  }

  /** Applies a change to tonight's record, saves it, tells listeners and returns the fresh snapshot. */
  function change(mutate: (record: NightRecord, t: Tonight) => void): Snapshot {
    const t = current()
    const record = copyRecord(t.record)
    mutate(record, t)
    // Kept with the night so history judges it by its own plan, even after the steps change.
    record.planned = t.plan.steps.map((s) => s.id)
    store.setNight(t.night, record)
    emit()
    return snapshotOf(current())
  }

  function requireStep(t: Tonight, stepId: string): void {
    if (!t.plan.steps.some((s) => s.id === stepId)) {
      throw new RangeError(`stepId: "${stepId}" is not one of tonight's steps (night ${t.night})`)
    }
  }

  return {
    snapshot: () => snapshotOf(current()),

    setStepStatus(stepId, status) {
      if (status !== 'done' && status !== 'skipped' && status !== 'pending') {
        throw new RangeError(`status: expected done, skipped or pending, got ${JSON.stringify(status)}`)
      }
      return change((record, t) => {
        requireStep(t, stepId)
        if (status === 'pending') {
          delete record.steps[stepId]
          return
        }
        record.steps[stepId] = { status, at: formatMs(t.nowMs, t.plan.timeZone) }
        delete record.snoozed[stepId]
      })
    },

    snooze(stepId) {
      return change((record, t) => {
        requireStep(t, stepId)
        const minutes = t.settings.notifications.snoozeMinutes
        const life = stepLives(t.plan, record, t.nowMs, { snoozeMinutes: minutes }).find(
          (l) => l.id === stepId,
        )
        // Stryker disable next-line OptionalChaining: requireStep has checked the step is tonight's, so it has a life.
        if (!life?.canSnooze) {
          throw new RangeError(
            // Stryker disable next-line OptionalChaining: requireStep has checked the step is tonight's, so it has a life.
            `stepId: "${stepId}" cannot be snoozed now (it is ${life?.phase}${record.paused ? ', reminders are paused' : ''}; ` +
              'a snooze must end before the step or the evening does)',
          )
        }
        record.snoozed[stepId] = formatMs(t.nowMs + minutes * 60_000, t.plan.timeZone)
        // The scheduler re-notifies a notified step once its snooze runs out.
        if (!record.notified.includes(stepId)) record.notified.push(stepId)
      })
    },

    setTonightBedtime(hhmm) {
      if (hhmm !== null) parseHHMM(hhmm, 'bedtime')
      return change((record, t) => {
        if (hhmm === null) delete record.bedtimeOverride
        else record.bedtimeOverride = hhmm
        // The same rule as a settings change: steps moved into the future get their reminder again.
        const tonight = hhmm === null ? undefined : { bedtime: hhmm }
        const plan = planNight(t.settings, t.night, t.plan.timeZone, tonight)
        Object.assign(record, reopenMovedSteps(copyRecord(record), t.plan, plan, t.nowMs))
      })
    },

    setPaused(paused) {
      if (typeof paused !== 'boolean') {
        throw new TypeError(`paused: expected true or false, got ${JSON.stringify(paused)}`)
      }
      return change((record, t) => {
        if (paused && isClosed(t.plan, t.nowMs)) {
          throw new RangeError(
            `paused: the evening of ${t.night} is already over; there is nothing left to pause`,
          )
        }
        record.paused = paused
      })
    },

    getSettings: () => store.getSettings(),

    updateSettings(input) {
      const settings = parseSettings(input)
      const before = current()
      store.setSettings(settings)
      // One rule for every change of times (see setTonightBedtime): moved steps are reminded again.
      const after = planOf(settings, before.night, before.plan.timeZone)
      const reopened = reopenMovedSteps(before.record, before.plan, after, before.nowMs)
      if (reopened !== before.record) store.setNight(before.night, reopened)
      emit()
      return store.getSettings()
    },

    current,

    dismissNotices() {
      notices = []
      emit()
      return snapshotOf(current())
    },

    changed: emit,

    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
