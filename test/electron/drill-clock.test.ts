// Clock faults: the clock jumps backwards, the time zone changes mid-evening, and the machine sleeps
// across midnight and across the noon rollover. Nothing repeats, nothing bursts, the timer keeps going.
import { describe, expect, it, vi } from 'vitest'
import { createScheduler, type Scheduler } from '../../electron/scheduler.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { burstTicks, createDrillClock, createDrillLogger, createRecordingNotifier } from '../support/drill.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore } from '../support/memory-store.ts'

const BERLIN = 'Europe/Berlin'
const NEW_YORK = 'America/New_York'

const track = onFakeTime()

interface Options {
  settings?: Settings
  nights?: Record<string, NightRecord>
  zone?: string
  /** The scheduler's longest wait; the app's default (15 minutes) unless a drill needs a tighter bound. */
  maxWaitMs?: number
}

function setup(start: string, options: Options = {}) {
  vi.setSystemTime(instantMs(start))
  const store = createMemoryStore(options)
  const drill = createDrillClock(options.zone ?? BERLIN)
  const { notifier, sent } = createRecordingNotifier(drill, () => store.getSettings().steps)
  const { logger, errors } = createDrillLogger()
  const scheduler = createScheduler({
    store,
    clock: drill.clock,
    notifier,
    logger,
    maxWaitMs: options.maxWaitMs,
  })
  track(scheduler)
  scheduler.start()
  const zone = () => drill.plain.timeZone()
  /** What was shown, as [local time in the zone of the moment, kind, step ids]. */
  const shown = (from = 0) =>
    sent.slice(from).map((s) => [formatMs(s.atMs, zone()).slice(0, 16), s.kind, s.stepIds] as const)
  return { store, drill, sent, errors, scheduler, shown }
}

async function runUntil(iso: string) {
  await vi.advanceTimersByTimeAsync(instantMs(iso) - Date.now())
}

/** The machine sleeps: the wall clock moves on while no timer runs; resume may or may not be reported. */
function sleepUntil(iso: string, scheduler: Scheduler, resume: boolean) {
  vi.setSystemTime(instantMs(iso))
  if (resume) scheduler.replan('resume')
}

const STEP_IDS = defaultSettings().steps.map((s) => s.id)

describe('drill: the clock jumps backwards', () => {
  it.each([
    { from: '2026-11-24T22:00:00+01:00', to: '2026-11-24T19:00:00+01:00', left: ['pre-bed-walk'] },
    // Back across midnight, into steps that were notified an hour before.
    { from: '2026-11-25T00:30:00+01:00', to: '2026-11-24T21:30:00+01:00', left: [] },
    // Back across the check-in time, after the check-in went out.
    { from: '2026-11-25T09:00:00+01:00', to: '2026-11-25T06:00:00+01:00', left: [] },
  ])('from $from to $to: nothing repeats and the timer keeps going', async ({ from, to, left }) => {
    // A one-minute bound, so the minute after the jump must hold a wake-up.
    const { sent, errors, drill, store, shown } = setup('2026-11-24T18:00:00+01:00', { maxWaitMs: 60_000 })
    await runUntil(from)
    const before = sent.length
    const record = store.getNight('2026-11-24')

    vi.setSystemTime(instantMs(to))
    const ticks = drill.ticks.length
    await vi.advanceTimersByTimeAsync(60_000)
    // The bounded re-check still fires after the jump, and exactly one timer stays armed.
    expect(drill.ticks.length, 'wake-ups in the minute after the jump').toBeGreaterThan(ticks)
    expect(vi.getTimerCount(), 'timers armed after the jump').toBe(1)
    expect(store.getNight('2026-11-24').notified, 'notified steps after the jump').toEqual(record.notified)

    await runUntil('2026-11-25T11:00:00+01:00')
    const after = shown(before).filter(([, kind]) => kind !== 'check-in')
    expect(after.map(([, , ids]) => ids)).toEqual(left.map((id) => [id]))
    const ids = sent.flatMap((s) => s.stepIds)
    expect(ids, 'each step notified once over the evening').toEqual([...new Set(ids)])
    expect([...ids].sort()).toEqual([...STEP_IDS].sort())
    expect(
      sent.filter((s) => s.kind === 'check-in'),
      'check-in notifications',
    ).toHaveLength(1)
    expect(burstTicks(sent)).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('drill: the time zone changes mid-evening', () => {
  it.each([true, false])(
    'Berlin to New York at 21:40 (re-plan reported: %s): the rest comes on New York’s evening, once',
    async (replan) => {
      const { sent, errors, drill, scheduler, shown } = setup('2026-11-24T18:00:00+01:00')
      await runUntil('2026-11-24T21:40:00+01:00')
      expect(shown().map(([, , ids]) => ids[0])).toEqual(['exercise-cutoff', 'warm-socks', 'warm-bath'])

      // 21:40 in Berlin is 15:40 in New York: still the evening of the 24th, now planned by New York's clock.
      const before = sent.length
      drill.setZone(NEW_YORK)
      if (replan) scheduler.replan('time-zone changed')
      await runUntil('2026-11-25T11:00:00-05:00')
      expect(shown(before)).toEqual([
        ['2026-11-24T21:50', 'due', ['magnesium']],
        ['2026-11-24T22:15', 'due', ['pre-bed-walk']],
        // The check-in follows New York's morning too.
        ['2026-11-25T08:00', 'check-in', []],
      ])
      expect(burstTicks(sent)).toEqual([])
      expect(errors).toEqual([])
    },
  )

  it('New York to Berlin at 19:30: the steps long gone in Berlin come in one summary, then quiet', async () => {
    const { sent, errors, drill, store, scheduler, shown } = setup('2026-11-24T18:00:00-05:00', {
      zone: NEW_YORK,
    })
    await runUntil('2026-11-24T19:30:00-05:00')
    expect(shown().map(([, , ids]) => ids[0])).toEqual(['exercise-cutoff', 'warm-socks'])

    const before = sent.length
    drill.setZone(BERLIN) // 01:30 on the 25th in Berlin: the same night, with its last three steps passed
    scheduler.replan('time-zone changed')
    await runUntil('2026-11-25T07:59:00+01:00')
    expect(shown(before)).toEqual([
      ['2026-11-25T01:30', 'summary', ['warm-bath', 'magnesium', 'pre-bed-walk']],
    ])
    expect(sent[before]?.notification.title).toBe('3 steps already passed')
    const steps = store.getNight('2026-11-24').steps
    expect(Object.keys(steps).sort()).toEqual(['magnesium', 'pre-bed-walk', 'warm-bath'])
    expect(burstTicks(sent)).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('drill: sleeping across midnight (bedtime 00:30)', () => {
  const settings: Settings = { ...defaultSettings(), bedtime: '00:30' }

  it.each([true, false])(
    'asleep 23:00 to 02:00 (resume reported: %s): one summary of the three steps, marked missed',
    async (resume) => {
      const { sent, errors, scheduler, store, shown } = setup('2026-11-24T18:00:00+01:00', { settings })
      await runUntil('2026-11-24T23:00:00+01:00')
      expect(shown().map(([, , ids]) => ids[0])).toEqual(['warm-socks', 'exercise-cutoff'])

      sleepUntil('2026-11-25T02:00:00+01:00', scheduler, resume)
      await runUntil('2026-11-25T07:59:00+01:00')
      expect(shown(2)).toHaveLength(1)
      expect(shown(2)[0]?.slice(1)).toEqual(['summary', ['warm-bath', 'magnesium', 'pre-bed-walk']])
      expect(sent[2]?.notification.title).toBe('3 steps passed while your computer was asleep')
      const steps = store.getNight('2026-11-24').steps
      expect(Object.values(steps).map((s) => s.status)).toEqual(['missed', 'missed', 'missed'])
      expect(burstTicks(sent)).toEqual([])
      expect(errors).toEqual([])
    },
  )

  it('asleep 23:00 to 00:20: the walk comes 5 minutes late, naming the two missed steps', async () => {
    const { sent, errors, scheduler, store } = setup('2026-11-24T18:00:00+01:00', { settings })
    await runUntil('2026-11-24T23:00:00+01:00')
    sleepUntil('2026-11-25T00:20:00+01:00', scheduler, true)
    await runUntil('2026-11-25T07:59:00+01:00')
    expect(sent.slice(2).map((s) => [s.kind, s.stepIds, s.missedIds])).toEqual([
      ['due', ['pre-bed-walk'], ['warm-bath', 'magnesium']],
    ])
    expect(sent[2]?.notification.body).toContain('Planned for 00:15.')
    const record = store.getNight('2026-11-24')
    expect(record.steps['pre-bed-walk']).toBeUndefined()
    expect(record.notified).toContain('pre-bed-walk')
    expect(record.steps['warm-bath']?.status).toBe('missed')
    expect(errors).toEqual([])
  })
})

describe('drill: sleeping across the noon rollover', () => {
  // A one-night bedtime of 11:30 puts the night's last steps at 10:30, 10:50 and 11:15 the next morning,
  // and a check-in time of 10:30 puts the check-in inside the sleep too.
  const settings: Settings = { ...defaultSettings(), checkInTime: '10:30' }
  const nights = { '2026-11-24': { ...emptyNightRecord(), bedtimeOverride: '11:30' } }

  it.each([true, false])(
    'asleep 10:00 to 14:00 (resume reported: %s): yesterday stays as it was, tonight starts clean',
    async (resume) => {
      const { sent, errors, scheduler, store, drill, shown } = setup('2026-11-24T18:00:00+01:00', {
        settings,
        nights,
      })
      await runUntil('2026-11-25T10:00:00+01:00')
      expect(shown().map(([, , ids]) => ids[0])).toEqual(['warm-socks', 'exercise-cutoff'])
      const yesterday = store.getNight('2026-11-24')
      const journal = store.getJournal()

      sleepUntil('2026-11-25T14:00:00+01:00', scheduler, resume)
      await vi.advanceTimersByTimeAsync(2 * 60_000)
      expect(sent, 'notifications after waking at 14:00').toHaveLength(2)
      expect(store.getNight('2026-11-24'), 'yesterday’s record').toEqual(yesterday)
      expect(store.getJournal().checkInAsked, 'check-ins asked').toEqual(journal.checkInAsked)
      expect(store.allNights()['2026-11-25'], 'tonight’s record before its first step').toBeUndefined()
      expect(vi.getTimerCount()).toBe(1)
      expect(drill.ticks.length).toBeGreaterThan(0)

      await runUntil('2026-11-25T23:00:00+01:00')
      expect(shown(2)).toEqual([
        ['2026-11-25T18:30', 'due', ['exercise-cutoff']],
        ['2026-11-25T19:00', 'due', ['warm-socks']],
        ['2026-11-25T21:30', 'due', ['warm-bath']],
        ['2026-11-25T21:50', 'due', ['magnesium']],
        ['2026-11-25T22:15', 'due', ['pre-bed-walk']],
      ])
      expect(store.getNight('2026-11-24'), 'yesterday’s record at the end of tonight').toEqual(yesterday)
      expect(errors).toEqual([])
    },
  )
})
