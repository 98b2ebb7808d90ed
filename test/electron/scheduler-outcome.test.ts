// One wake-up worked out without doing it: which notification goes out with which log line, how a recent
// notification holds the next one back by the follow-up gap, and when the timer must wake next.
import { describe, expect, it } from 'vitest'
import { type OutcomeInput, workOutOutcome } from '../../electron/scheduler-outcome.ts'
import { instantMs } from '../../shared/night.ts'
import { FOLLOW_UP_MS } from '../../shared/schedule.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { createMemoryStore, type MemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const at = (iso: string) => instantMs(iso)

function outcome(store: MemoryStore, iso: string, lastSentMs: number | null = null) {
  const input: OutcomeInput = { store, nowMs: at(iso), timeZone: TZ, away: 'asleep', lastSentMs }
  return workOutOutcome(input)
}

/** Carries out every wake-up from `from` to `until` (exclusive), storing what each would store. */
function runEvening(store: MemoryStore, from: string, until: string) {
  let now = at(from)
  while (now < at(until)) {
    const next = workOutOutcome({ store, nowMs: now, timeZone: TZ, away: 'asleep', lastSentMs: null })
    for (const write of next.writes) store.setNight(write.night, write.record)
    if (next.nextWakeMs === null) break
    now = next.nextWakeMs
  }
}

describe('a wake-up at a step time', () => {
  it('sends the step with a log line naming kind, step and night, and wakes at the next step', () => {
    const result = outcome(createMemoryStore(), '2026-11-24T18:30:00+01:00')
    expect(result.send?.line).toBe('due for exercise-cutoff on night 2026-11-24')
    expect(result.send?.entry).toEqual(result.writes[0])
    expect(result.nextWakeMs).toBe(at('2026-11-24T19:00:00+01:00'))
  })

  it('before any step wakes at the first step, not at the later morning check-in', () => {
    const result = outcome(createMemoryStore(), '2026-11-24T18:00:00+01:00')
    expect(result.send).toBeNull()
    expect(result.checkInDue).toBe(false)
    expect(result.nextWakeMs).toBe(at('2026-11-24T18:30:00+01:00'))
  })

  it('less than the follow-up gap after the last notification sends nothing and wakes when the gap ends', () => {
    const now = at('2026-11-24T18:30:00+01:00')
    const result = outcome(createMemoryStore(), '2026-11-24T18:30:00+01:00', now - FOLLOW_UP_MS + 1)
    expect(result.send).toBeNull()
    expect(result.writes).toEqual([])
    expect(result.nextWakeMs).toBe(now + 1)
  })

  it('exactly the follow-up gap after the last notification sends', () => {
    const now = at('2026-11-24T18:30:00+01:00')
    const result = outcome(createMemoryStore(), '2026-11-24T18:30:00+01:00', now - FOLLOW_UP_MS)
    expect(result.send?.line).toBe('due for exercise-cutoff on night 2026-11-24')
  })

  it('right after a notification sent at this same instant sends nothing', () => {
    const now = at('2026-11-24T18:30:00+01:00')
    const result = outcome(createMemoryStore(), '2026-11-24T18:30:00+01:00', now)
    expect(result.send).toBeNull()
    expect(result.nextWakeMs).toBe(now + FOLLOW_UP_MS)
  })

  it('after the clock was set back before the last notification sends (the gap is not waited for)', () => {
    const now = at('2026-11-24T18:30:00+01:00')
    const result = outcome(createMemoryStore(), '2026-11-24T18:30:00+01:00', now + 60_000)
    expect(result.send?.line).toBe('due for exercise-cutoff on night 2026-11-24')
  })
})

describe('the second nudge', () => {
  const settings: Settings = { ...defaultSettings(), escalation: { stepId: 'warm-socks', afterMinutes: 30 } }

  it('goes out with its own log line once the step went unanswered', () => {
    const store = createMemoryStore({ settings })
    runEvening(store, '2026-11-24T18:00:00+01:00', '2026-11-24T19:01:00+01:00')
    const result = outcome(store, '2026-11-24T19:30:00+01:00')
    expect(result.send?.line).toBe('second nudge for warm-socks on night 2026-11-24')
    expect(result.send?.notification.stepIds).toEqual(['warm-socks'])
  })

  it('is held back by a notification sent moments ago, recording nothing', () => {
    const store = createMemoryStore({ settings })
    runEvening(store, '2026-11-24T18:00:00+01:00', '2026-11-24T19:01:00+01:00')
    const now = at('2026-11-24T19:30:00+01:00')
    const result = outcome(store, '2026-11-24T19:30:00+01:00', now - 1000)
    expect(result.send).toBeNull()
    expect(result.writes).toEqual([])
    expect(result.nextWakeMs).toBe(now - 1000 + FOLLOW_UP_MS)
  })
})

/** A store whose evening of 2026-11-24 has run: every step notified, nothing left to summarise. */
function afterEvening(settings: Settings = defaultSettings()) {
  const store = createMemoryStore({ settings })
  runEvening(store, '2026-11-24T18:00:00+01:00', '2026-11-24T23:00:00+01:00')
  return store
}

describe('the morning check-in', () => {
  it('at the check-in time is sent with a log line naming the night', () => {
    const result = outcome(afterEvening(), '2026-11-25T08:00:00+01:00')
    expect(result.send?.line).toBe('check-in reminder for night 2026-11-24')
    expect(result.send?.entry).toEqual({ checkIn: '2026-11-24' })
    expect(result.checkInDue).toBe(true)
  })

  it('follows a moment after another notification of the same wake-up (here the summary of a night missed)', () => {
    const now = at('2026-11-25T08:00:00+01:00')
    const result = outcome(createMemoryStore(), '2026-11-25T08:00:00+01:00')
    expect(result.send?.line).toBe(
      'summary for exercise-cutoff, warm-socks, warm-bath, magnesium, pre-bed-walk on night 2026-11-24',
    )
    expect(result.nextWakeMs).toBe(now + FOLLOW_UP_MS)
  })

  it('held back by a recent notification waits a full follow-up gap from now', () => {
    const now = at('2026-11-25T08:00:00+01:00')
    const result = outcome(afterEvening(), '2026-11-25T08:00:00+01:00', now - 2000)
    expect(result.send).toBeNull()
    expect(result.checkInDue).toBe(true)
    expect(result.nextWakeMs).toBe(now + FOLLOW_UP_MS)
  })

  it('outside its window is not due and the journal is not read; inside it a failed read is reported', () => {
    const store = createMemoryStore()
    const failing: MemoryStore = {
      ...store,
      recentJournal: () => {
        throw new Error('EIO: journal unreadable')
      },
    }
    const early = outcome(failing, '2026-11-25T07:00:00+01:00')
    expect(early.errors).toEqual([])
    expect(early.checkInDue).toBe(false)
    expect(early.nextWakeMs).toBe(at('2026-11-25T08:00:00+01:00'))
    const due = outcome(failing, '2026-11-25T09:00:00+01:00')
    expect(due.errors.map((e) => e.message)).toEqual([
      'scheduler: could not check the morning check-in; trying again at the next wake-up',
    ])
  })

  it('with check-ins off is never due and sets no morning wake-up', () => {
    const store = afterEvening({ ...defaultSettings(), checkInEnabled: false })
    const result = outcome(store, '2026-11-25T09:00:00+01:00')
    expect(result.checkInDue).toBe(false)
    expect(result.send).toBeNull()
    expect(result.nextWakeMs).toBeNull()
  })

  it('with a check-in time after noon wakes for the earlier of the two nights', () => {
    const store = createMemoryStore({ settings: { ...defaultSettings(), checkInTime: '13:00' } })
    const result = outcome(store, '2026-11-25T12:30:00+01:00')
    expect(result.checkInDue).toBe(false)
    expect(result.nextWakeMs).toBe(at('2026-11-25T13:00:00+01:00'))
  })
})
