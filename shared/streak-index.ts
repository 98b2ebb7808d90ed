// A per-night summary index for history: what each night amounts to for streaks, kept as nights are saved, so
// the best and current streaks need neither every record nor a sort or a date parse per night on each call.
// It gives exactly what bestStreak/currentStreak (streaks.ts) give over nightEntries (history-view.ts).
import { dayNumber } from './fields.ts'
import type { NightState } from './history.ts'
import type { NightRecord } from './records.ts'
import type { Streak } from './streaks.ts'

/** What the index keeps of one night's record, in a form that can be saved and read back. */
export interface RecordFacts {
  paused: boolean
  planned?: string[]
  done: string[]
}

export interface NightFacts {
  record?: RecordFacts
  checkIn: boolean
}

interface Summary {
  night: string
  day: number
  /** Absent when the night has no record. */
  record?: { paused: boolean; planned: readonly string[] | undefined; done: ReadonlySet<string> }
  checkIn: boolean
  travel: boolean
}

/** The walk's state over nights in order: the best streak so far and the run still going. */
interface Walk {
  best: Streak
  run: Streak
  previousDay: number
}

const NONE: Streak = { length: 0, from: null, to: null }
const START: Walk = { best: NONE, run: NONE, previousDay: Number.NaN }

function stateOf(s: Summary | undefined, enabled: readonly string[]): NightState {
  // Stryker disable next-line StringLiteral: empty and incomplete both break a streak; callers tell only complete and neutral apart
  if (!s) return 'empty'
  if (s.travel || s.record?.paused) return 'neutral'
  // A summary without a record or a check-in is a travel mark (above): #update drops the rest.
  const planned = s.record?.planned ?? enabled
  if (planned.length === 0) return 'neutral'
  // Stryker disable next-line StringLiteral: empty and incomplete both break a streak; callers tell only complete and neutral apart
  if (!s.record) return 'incomplete'
  // Stryker disable next-line StringLiteral: empty and incomplete both break a streak; callers tell only complete and neutral apart
  for (const id of planned) if (!s.record.done.has(id)) return 'incomplete'
  return 'complete'
}

function step(walk: Walk, s: Summary, enabled: readonly string[]): Walk {
  let run = s.day - walk.previousDay > 1 ? NONE : walk.run
  let best = walk.best
  const state = stateOf(s, enabled)
  if (state === 'complete') {
    run = { length: run.length + 1, from: run.from ?? s.night, to: s.night }
    if (run.length > best.length) best = run
  } else if (state !== 'neutral') {
    run = NONE
  }
  return { best, run, previousDay: s.day }
}

const markTravel = (travel: boolean) => (s: Summary) => {
  s.travel = travel
}

export class StreakIndex {
  readonly #byNight = new Map<string, Summary>()
  /** Night keys in order; YYYY-MM-DD keys sort as strings in date order. */
  readonly #order: string[] = []
  /** Inside batch(): new nights are appended and sorted once at the end. */
  #batching = false
  /** The walk over every night but the last, for one enabled-steps list: editing tonight costs one step. */
  #prefix: { enabledKey: string; walk: Walk; upTo: number } | undefined

  /** Records a night's record (undefined removes it). */
  setRecord(night: string, record: NightRecord | undefined): void {
    const done = new Set<string>()
    if (record)
      for (const [id, outcome] of Object.entries(record.steps)) if (outcome.status === 'done') done.add(id)
    this.#update(night, (s) => {
      if (record) s.record = { paused: record.paused, planned: record.planned, done }
      else delete s.record
    })
  }

  /** Runs many additions (a saved index being read) with one sort at the end instead of one insert each. */
  batch(work: () => void): void {
    // Stryker disable next-line BooleanLiteral: unbatched, each night is inserted in place: the order the sort gives
    this.#batching = true
    try {
      work()
    } finally {
      this.#batching = false
      this.#order.sort()
      this.#prefix = undefined
    }
  }

  /** Takes a night's record facts as `facts()` gave them (a saved index); `day` is its day number. */
  setRecordFacts(night: string, r: RecordFacts, day?: number): void {
    this.#update(
      night,
      (s) => {
        s.record = { paused: r.paused, planned: r.planned, done: new Set(r.done) }
      },
      day,
    )
  }

  /** Every night with a record or a check-in, in order, with what the index keeps of it. */
  *facts(): Generator<[string, NightFacts, number]> {
    for (const night of this.#order) {
      const s = this.#byNight.get(night) as Summary
      if (!s.record && !s.checkIn) continue
      const facts: NightFacts = { checkIn: s.checkIn }
      if (s.record) {
        facts.record = { paused: s.record.paused, done: [...s.record.done] }
        if (s.record.planned) facts.record.planned = [...s.record.planned]
      }
      yield [night, facts, s.day]
    }
  }

  setCheckIn(night: string, present: boolean, day?: number): void {
    this.#update(
      night,
      (s) => {
        s.checkIn = present
      },
      day,
    )
  }

  /** Replaces the travel marks with `nights`. */
  setTravel(nights: readonly string[]): void {
    const next = new Set(nights)
    for (const s of [...this.#byNight.values()]) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: the loop below marks all of `nights` again
      if (s.travel && !next.has(s.night)) this.#update(s.night, markTravel(false))
    }
    for (const night of next) {
      // Stryker disable next-line ConditionalExpression: marking a night already marked changes nothing
      if (!this.#byNight.get(night)?.travel) this.#update(night, markTravel(true))
    }
  }

  /** The longest streak anywhere; ties keep the earliest. `enabled` plans nights saved without their plan. */
  best(enabled: readonly string[]): Streak {
    const last = this.#order[this.#order.length - 1]
    if (last === undefined) return NONE
    const walk = this.#walkBeforeLast(enabled)
    return step(walk, this.#byNight.get(last) as Summary, enabled).best
  }

  /** The streak still alive as of `asOfNight`, which can only extend it (its evening may be under way). */
  current(asOfNight: string, enabled: readonly string[]): Streak {
    const asOf = dayNumber(asOfNight)
    let i = this.#lastAtOrBefore(asOfNight)
    let length = 0
    let from: string | null = null
    let to: string | null = null
    for (let day = asOf; ; day--) {
      let summary: Summary | undefined
      const key = this.#order[i]
      if (key !== undefined) {
        const s = this.#byNight.get(key) as Summary
        if (s.day === day) {
          summary = s
          i--
        }
      }
      const state = stateOf(summary, enabled)
      if (state === 'complete') {
        length++
        // Only a night with a summary can be complete.
        from = (summary as Summary).night
        to ??= from
      } else if (state !== 'neutral' && day !== asOf) {
        break
      }
    }
    // With no complete night, from and to are still null: this is NONE.
    return { length, from, to }
  }

  #walkBeforeLast(enabled: readonly string[]): Walk {
    const enabledKey = enabled.join('\n')
    const upTo = this.#order.length - 1
    // A walk cached for another list of steps judges nights differently: it is never reused.
    // Stryker disable next-line ConditionalExpression: never reusing the cache only costs a walk from the start
    const cached = this.#prefix?.enabledKey === enabledKey ? this.#prefix : undefined
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: the cache only saves work; without it the walk starts at the first night
    if (cached && cached.upTo <= upTo) {
      // Nights appended since: step over them (the common case is one new night).
      let walk = cached.walk
      for (let i = cached.upTo; i < upTo; i++) walk = step(walk, this.#summaryAt(i), enabled)
      // Stryker disable next-line ObjectLiteral: an empty cache entry matches no list of steps, so the walk is redone
      this.#prefix = { enabledKey, walk, upTo }
      return walk
    }
    let walk = START
    for (let i = 0; i < upTo; i++) walk = step(walk, this.#summaryAt(i), enabled)
    // Stryker disable next-line ObjectLiteral: an empty cache entry matches no list of steps, so the walk is redone
    this.#prefix = { enabledKey, walk, upTo }
    return walk
  }

  #summaryAt(i: number): Summary {
    return this.#byNight.get(this.#order[i] as string) as Summary
  }

  /** Index in #order of the latest night on or before `night`; -1 when there is none. */
  #lastAtOrBefore(night: string): number {
    let lo = 0
    let hi = this.#order.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.#order[mid] as string) <= night) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }

  #update(night: string, change: (s: Summary) => void, day?: number): void {
    let s = this.#byNight.get(night)
    const isNew = s === undefined
    if (!s) s = { night, day: day ?? dayNumber(night), checkIn: false, travel: false }
    change(s)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,BlockStatement: a night inserted in place during batch() ends where the final sort puts it
    if (this.#batching && (s.record || s.checkIn || s.travel)) {
      if (isNew) {
        this.#byNight.set(night, s)
        this.#order.push(night)
      }
      return
    }
    const position = isNew ? this.#lastAtOrBefore(night) + 1 : this.#lastAtOrBefore(night)
    if (!s.record && !s.checkIn && !s.travel) {
      if (!isNew) {
        this.#byNight.delete(night)
        this.#order.splice(position, 1)
        this.#touched(position)
      }
      return
    }
    if (isNew) {
      this.#byNight.set(night, s)
      this.#order.splice(position, 0, night)
    }
    this.#touched(position)
  }

  /** A change at `position` keeps the cached walk only when the walk stopped before it. */
  #touched(position: number): void {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: dropping the cached walk more often only costs a walk from the start
    if (this.#prefix && position < this.#prefix.upTo) this.#prefix = undefined
  }
}
