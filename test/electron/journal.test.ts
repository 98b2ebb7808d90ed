// The journal channels through the real IPC wrapper and handler table: check-ins by the noon rule, labs and
// medicines validated against today, prompts dismissed, travel nights, and the checklist's banners.

import { describe, expect, it, vi } from 'vitest'
import { invokeHandler } from '../../electron/ipc.ts'
import type { Clock } from '../../electron/services.ts'
import { problemText } from '../../shared/errors.ts'
import type { Envelope } from '../../shared/ipc.ts'
import { instantMs } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { inProcessMain } from '../support/in-process-main.ts'
import { quiet, VALID_CHECK_IN } from '../support/ipc-table.ts'
import { createMemoryStore } from '../support/memory-store.ts'

function setup(start: string, settings: Settings = defaultSettings()) {
  let nowMs = instantMs(start)
  const clock: Clock = { now: () => nowMs, timeZone: () => 'Europe/Berlin' }
  const store = createMemoryStore({ settings })
  const logger = quiet()
  let n = 0
  const { evening, handlers } = inProcessMain({
    store,
    clock,
    logger,
    printViewToPdf: async () => new Uint8Array(),
    newId: (prefix) => `${prefix}-${++n}`,
    appInfo: () => ({ name: 'Eventide', version: '0', logPath: '', dataPath: '', platform: 'linux' }),
    openWindow: vi.fn(),
    setLaunchAtLogin: vi.fn(),
  })
  const changes = vi.fn()
  evening.onChange(changes)
  const call = async <T>(method: string, payload?: unknown) =>
    (await invokeHandler(handlers, method, payload, logger)) as Envelope<T>
  const ok = async <T>(method: string, payload?: unknown): Promise<T> => {
    const result = await call<T>(method, payload)
    if (!result.ok) throw new Error(`${method} failed: ${result.error}`)
    return result.value
  }
  const setNow = (iso: string) => {
    nowMs = instantMs(iso)
  }
  return { store, evening, changes, call, ok, setNow }
}

const rejected = async (promise: Promise<Envelope<unknown>>) => {
  const result = await promise
  if (result.ok) throw new Error('expected a rejection')
  // Each structured problem as the line a person reads, "path: message".
  return { ...result, problems: result.problems.map(problemText) }
}

describe('check-in', () => {
  it('belongs to the night before by the noon rule, in the morning and in the afternoon', async () => {
    const t = setup('2026-11-25T07:30:00+01:00')
    expect(await t.ok('getCheckIn', { night: null })).toEqual({
      night: '2026-11-24',
      checkIn: null,
      due: false,
    })
    t.setNow('2026-11-25T08:00:00+01:00')
    expect(await t.ok('getCheckIn', { night: null })).toMatchObject({ night: '2026-11-24', due: true })
    t.setNow('2026-11-25T15:00:00+01:00')
    expect(await t.ok('getCheckIn', { night: null })).toMatchObject({ night: '2026-11-24', due: false })
    // Lying awake at 01:00: the night still running is the one to record.
    t.setNow('2026-11-26T01:00:00+01:00')
    expect(await t.ok('getCheckIn', { night: null })).toMatchObject({ night: '2026-11-25' })
  })

  it('stamps savedAt, stores the answers, clears the due flag and tells the windows', async () => {
    const t = setup('2026-11-25T08:10:00+01:00')
    expect(t.evening.snapshot().checkInDue).toBe(true)
    const view = await t.ok('saveCheckIn', { night: '2026-11-24', checkIn: VALID_CHECK_IN })
    expect(view).toEqual({
      night: '2026-11-24',
      checkIn: { ...VALID_CHECK_IN, savedAt: '2026-11-25T08:10:00+01:00' },
      due: false,
    })
    expect(t.store.getJournal().checkIns['2026-11-24']?.severity).toBe(3)
    expect(t.evening.snapshot().checkInDue).toBe(false)
    expect(t.changes).toHaveBeenCalled()
    // Edited later from history: the same night, a new stamp.
    t.setNow('2026-11-27T19:00:00+01:00')
    await t.ok('saveCheckIn', { night: '2026-11-24', checkIn: { ...VALID_CHECK_IN, severity: 5 } })
    expect(t.store.getJournal().checkIns['2026-11-24']).toMatchObject({
      severity: 5,
      savedAt: '2026-11-27T19:00:00+01:00',
    })
  })

  it('refuses a night that has not begun or does not exist, naming the field, and changes nothing', async () => {
    const t = setup('2026-11-25T08:10:00+01:00')
    for (const night of ['2026-11-25', '2027-01-01', '2026-02-30']) {
      const result = await rejected(t.call('saveCheckIn', { night, checkIn: VALID_CHECK_IN }))
      expect(result.problems[0]).toMatch(/^night: expected/)
    }
    expect(t.store.journalWrites).toEqual([])
    expect((await rejected(t.call('getCheckIn', { night: '2026-13-01' }))).problems[0]).toMatch(/^night: /)
  })
})

describe('labs', () => {
  it('gives an entry an id, validates it against today and returns the health view', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    const view = await t.ok<{ labs: { id: string }[]; recheck: unknown }>('addLab', {
      kind: 'ferritin',
      value: 48,
      date: '2026-11-24',
    })
    expect(view.labs).toEqual([{ id: 'lab-1', kind: 'ferritin', value: 48, date: '2026-11-24' }])
    expect(view.recheck).toMatchObject({ dueDate: '2027-02-24', status: 'upcoming' })
  })

  it('refuses a date in the future and an implausible value, naming the field', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    const future = await rejected(t.call('addLab', { kind: 'ferritin', value: 48, date: '2026-11-25' }))
    expect(future.problems).toEqual(['date: expected a date on or before 2026-11-24, got "2026-11-25"'])
    const range = await rejected(t.call('addLab', { kind: 'tsat', value: 140, date: '2026-11-01' }))
    expect(range.problems).toEqual(['value: expected TSAT from 1 to 100 %, got 140'])
    const impossible = await rejected(t.call('addLab', { kind: 'ferritin', value: 48, date: '2026-02-30' }))
    expect(impossible.problems[0]).toMatch(/^date: expected a real date/)
    expect(t.store.journalWrites).toEqual([])
  })

  it('removes an entry by id and refuses an unknown id', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    await t.ok('addLab', { kind: 'vitaminD', value: 35, date: '2026-11-01' })
    expect((await rejected(t.call('removeLab', { id: 'lab-9' }))).problems[0]).toMatch(/^id: expected/)
    const view = await t.ok<{ labs: unknown[] }>('removeLab', { id: 'lab-1' })
    expect(view.labs).toEqual([])
  })
})

describe('medicines and prompts', () => {
  it('adds "ZzzQuil", shows the watch-list note, and removes it again', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    const view = await t.ok<{
      medicines: { entry: { id: string; name: string }; matches: { note: string }[] }[]
    }>('addMedicine', { name: '  ZzzQuil ', kind: 'medicine' })
    expect(view.medicines[0]?.entry).toEqual({ id: 'med-1', name: 'ZzzQuil', kind: 'medicine' })
    // ZzzQuil is bought over the counter: the note sends the person to a pharmacist or doctor.
    expect(view.medicines[0]?.matches[0]?.note).toMatch(/Ask a pharmacist or doctor about an alternative/)
    const blank = await rejected(t.call('addMedicine', { name: '   ', kind: 'medicine' }))
    expect(blank.problems[0]).toMatch(/^name: expected some text/)
    const later = await rejected(
      t.call('addMedicine', { name: 'Iron', kind: 'supplement', startedOn: '2027-01-01' }),
    )
    expect(later.problems[0]).toMatch(/^startedOn: expected a date on or before 2026-11-24/)
    expect(await t.ok('removeMedicine', { id: 'med-1' })).toMatchObject({ medicines: [] })
  })

  it('keeps a treatment log: marks pramipexole, records dose changes and a stop date, refuses a stop before the start', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    await t.ok('addMedicine', {
      name: 'Pramipexole',
      kind: 'medicine',
      dose: '0.088 mg',
      startedOn: '2026-03-01',
      rls: { doseChanges: [] },
    })
    const rls = { doseChanges: [{ date: '2026-06-01', dose: '0.18 mg' }], stoppedOn: '2026-11-01' }
    const view = await t.ok<{ medicines: { entry: unknown }[] }>('updateTreatment', { id: 'med-1', rls })
    expect(view.medicines[0]?.entry).toMatchObject({ name: 'Pramipexole', startedOn: '2026-03-01', rls })
    const early = await rejected(
      t.call('updateTreatment', { id: 'med-1', rls: { doseChanges: [], stoppedOn: '2026-01-01' } }),
    )
    expect(early.problems[0]).toMatch(/^rls.stoppedOn: expected a date on or after the start 2026-03-01/)
    const unmarked = await t.ok<{ medicines: { entry: object }[] }>('updateTreatment', {
      id: 'med-1',
      rls: null,
    })
    expect(unmarked.medicines[0]?.entry).not.toHaveProperty('rls')
    const missing = await rejected(t.call('updateTreatment', { id: 'med-9', rls: null }))
    expect(missing.problems[0]).toMatch(/^id: expected the id of a medicine entry/)
  })

  it('shows prompts in the snapshot until dismissed', async () => {
    const t = setup('2026-11-24T20:00:00+01:00', {
      ...defaultSettings(),
      health: { pregnant: true, kidneyDisease: false },
    })
    expect(t.evening.snapshot().prompts.map((p) => p.id)).toEqual(['pregnancy'])
    expect(await t.ok('dismissPrompt', { id: 'pregnancy' })).toBeNull()
    expect(t.evening.snapshot().prompts).toEqual([])
    expect((await t.ok<{ prompts: unknown[] }>('getHealth')).prompts).toEqual([])
  })
})

describe('history', () => {
  it('marks and unmarks a travel night and answers with the range last asked for', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    await t.ok('getHistory', { days: 30 })
    const marked = await t.ok<{ days: number; travelNights: string[] }>('setTravelNight', {
      night: '2026-11-20',
      travel: true,
    })
    expect(marked).toMatchObject({ days: 30, travelNights: ['2026-11-20'] })
    const unmarked = await t.ok<{ travelNights: string[] }>('setTravelNight', {
      night: '2026-11-20',
      travel: false,
    })
    expect(unmarked.travelNights).toEqual([])
  })

  it('records the planned steps with every night the evening writes', async () => {
    const t = setup('2026-11-24T20:00:00+01:00')
    await t.ok('setStepStatus', { stepId: 'warm-socks', status: 'done' })
    expect(t.store.getNight('2026-11-24').planned).toEqual([
      'exercise-cutoff',
      'warm-socks',
      'warm-bath',
      'magnesium',
      'pre-bed-walk',
    ])
    const history = await t.ok<{ calendar: unknown[]; streaks: { current: { length: number } } }>(
      'getHistory',
      {
        days: 365,
      },
    )
    expect(history.calendar).toHaveLength(365)
  })
})
