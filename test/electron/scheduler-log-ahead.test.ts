// The notified-log line is written a few milliseconds ahead of its reminder, so the send at the instant waits
// for no system call. The reminder still goes out at its instant exactly, once; a re-plan or a stop inside
// those milliseconds sends it at once rather than losing it; a crash inside them never repeats it.
import { describe, expect, it, vi } from 'vitest'
import { createMemoryNotifiedLog } from '../../electron/notified-log.ts'
import { createScheduler, LOG_AHEAD_MS, type Scheduler } from '../../electron/scheduler.ts'
import type { Clock, Notification } from '../../electron/services.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { onFakeTime } from '../support/fake-time.ts'
import { createMemoryStore, type MemoryStore } from '../support/memory-store.ts'

const TZ = 'Europe/Berlin'
const NIGHT = '2026-11-24'
// The default routine's warm bath, an hour before the default 22:30 bedtime.
const BATH = instantMs('2026-11-24T21:30:00+01:00')
const track = onFakeTime()
type MemoryLog = ReturnType<typeof createMemoryNotifiedLog>

function setup(options: { store?: MemoryStore; clock?: Clock; logAheadMs?: number; log?: MemoryLog } = {}) {
  vi.setSystemTime(BATH - 60_000)
  const store = options.store ?? createMemoryStore()
  const log = options.log ?? createMemoryNotifiedLog()
  const logger = { info() {}, warn() {}, error: vi.fn() }
  const sent: { atMs: number; notification: Notification; storedNotified: string[] }[] = []
  const scheduler = createScheduler({
    store,
    clock: options.clock ?? { now: () => Date.now(), timeZone: () => TZ },
    notifier: {
      notify: async (notification) => {
        sent.push({ atMs: Date.now(), notification, storedNotified: store.getNight(NIGHT).notified })
      },
      onAction: () => () => {},
    },
    logger,
    notifiedLog: log,
    ...(options.logAheadMs === undefined ? {} : { logAheadMs: options.logAheadMs }),
  })
  track(scheduler)
  const changes = vi.fn()
  scheduler.onChange(changes)
  const bathSends = () => sent.filter((s) => s.notification.stepIds.includes('warm-bath'))
  return { store, log, sent, scheduler, bathSends, changes, logger }
}

const advanceTo = (ms: number) => vi.advanceTimersByTimeAsync(ms - Date.now())

describe('the notified log written ahead of a reminder', () => {
  it('holds the line LOG_AHEAD_MS before the instant, and the reminder goes out at the instant exactly', async () => {
    const { store, log, scheduler, bathSends } = setup()
    scheduler.start()
    await advanceTo(BATH - LOG_AHEAD_MS - 1)
    expect(log.lines).toEqual([])
    await advanceTo(BATH - LOG_AHEAD_MS)
    // Written, not yet sent, not yet stored.
    expect(log.pending().entries).toEqual([
      { night: NIGHT, record: expect.objectContaining({ notified: expect.arrayContaining(['warm-bath']) }) },
    ])
    expect(bathSends()).toEqual([])
    expect(store.getNight(NIGHT).notified).not.toContain('warm-bath')
    await advanceTo(BATH - 1)
    expect(bathSends()).toEqual([])
    await advanceTo(BATH)
    expect(bathSends().map((s) => formatMs(s.atMs, TZ))).toEqual(['2026-11-24T21:30:00+01:00'])
    // Sent before it was stored; stored and the log emptied right after.
    expect(bathSends()[0]?.storedNotified).not.toContain('warm-bath')
    expect(store.getNight(NIGHT).notified).toContain('warm-bath')
    expect(log.lines).toEqual([])
  })

  it.each([
    ['a re-plan', (scheduler: Scheduler) => scheduler.replan('settings changed')],
    // Quitting: the reminder goes out rather than staying marked as sent but never shown.
    ['a stop', (scheduler: Scheduler) => scheduler.stop()],
  ])('%s inside those milliseconds sends the reminder at once, and only once', async (_, interrupt) => {
    const { store, log, scheduler, bathSends, changes } = setup()
    scheduler.start()
    await advanceTo(BATH - 2)
    changes.mockClear()
    interrupt(scheduler)
    expect(bathSends().map((s) => s.atMs)).toEqual([BATH - 2])
    // The windows hear of it, as after any reminder.
    expect(changes).toHaveBeenCalled()
    expect(store.getNight(NIGHT).notified).toContain('warm-bath')
    expect(log.lines).toEqual([])
    await advanceTo(BATH + 60_000)
    expect(bathSends()).toHaveLength(1)
  })

  it('a crash inside those milliseconds leaves the reminder recorded as sent, and the next start does not show it again', async () => {
    const first = setup()
    first.scheduler.start()
    await advanceTo(BATH - 2)
    // The crash: the line is on disk, nothing else happened. The next start reads the same log.
    const afterCrash = createMemoryNotifiedLog()
    afterCrash.lines.push(...first.log.lines)
    // Every timer of the crashed process is gone; the clock goes on from the same instant.
    vi.useRealTimers()
    vi.useFakeTimers()
    vi.setSystemTime(BATH - 2)
    const sent: Notification[] = []
    const restarted = track(
      createScheduler({
        store: first.store,
        clock: { now: () => Date.now(), timeZone: () => TZ },
        notifier: { notify: async (n) => void sent.push(n), onAction: () => () => {} },
        logger: { info() {}, warn() {}, error() {} },
        notifiedLog: afterCrash,
      }),
    )
    restarted.start()
    await advanceTo(BATH + 60_000)
    expect(first.store.getNight(NIGHT).notified).toContain('warm-bath')
    expect(sent.filter((n) => n.stepIds.includes('warm-bath'))).toEqual([])
  })

  it('a timer that wakes after the instant sends at once, with no second wait', async () => {
    // The clock runs 10 ms ahead of the timers: the early wake-up already finds the instant passed.
    let skew = 0
    const { scheduler, bathSends } = setup({
      clock: { now: () => Date.now() + skew, timeZone: () => TZ },
    })
    scheduler.start()
    await advanceTo(BATH - LOG_AHEAD_MS - 1)
    skew = LOG_AHEAD_MS + 10
    await advanceTo(BATH - LOG_AHEAD_MS)
    expect(bathSends().map((s) => s.atMs)).toEqual([BATH - LOG_AHEAD_MS])
  })

  it('refuses a lead that is negative or not shorter than the prepared tolerance, naming the field', () => {
    expect(() => setup({ logAheadMs: -1 })).toThrow(
      'logAheadMs: expected 0 or more milliseconds and less than preparedForMs (1000), got -1',
    )
    expect(() => setup({ logAheadMs: 1000 })).toThrow(/logAheadMs: .* got 1000/)
    expect(() => setup({ logAheadMs: Number.NaN })).toThrow(/logAheadMs: .* got NaN/)
  })

  it('with no lead, writes the line and sends in the same wake-up at the instant', async () => {
    const { log, scheduler, bathSends } = setup({ logAheadMs: 0 })
    scheduler.start()
    await advanceTo(BATH - 1)
    expect(log.lines).toEqual([])
    expect(bathSends()).toEqual([])
    await advanceTo(BATH)
    expect(bathSends().map((s) => s.atMs)).toEqual([BATH])
  })

  it('a stop lets go of the log file, and a failure to do so is logged, not thrown', () => {
    const close = vi.fn()
    const first = setup({ log: { ...createMemoryNotifiedLog(), close } })
    first.scheduler.start()
    first.scheduler.stop()
    expect(close).toHaveBeenCalledTimes(1)
    const failure = new Error('EBADF: bad file descriptor')
    const second = setup({
      log: {
        ...createMemoryNotifiedLog(),
        close: () => {
          throw failure
        },
      },
    })
    second.scheduler.start()
    expect(() => second.scheduler.stop()).not.toThrow()
    expect(second.logger.error).toHaveBeenCalledWith('scheduler: could not close the notified log', failure)
  })
})
