// The journal service's own checks and bookkeeping, called directly: impossible dates named by field, new
// ids, removing one entry of several, travel nights kept sorted, one treatment changed of several, the
// check-in view of another night, and usual diary times from check-ins older than a year.
import { describe, expect, it, vi } from 'vitest'
import { createJournal } from '../../electron/journal.ts'
import type { Clock } from '../../electron/services.ts'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { instantMs } from '../../shared/night.ts'
import { checkIn, record } from '../shared/fixtures/journal.ts'
import { createMemoryStore } from '../support/memory-store.ts'

function setup(journal: Journal = emptyJournal(), options: { ids?: boolean } = { ids: true }) {
  const clock: Clock = { now: () => instantMs('2026-11-25T09:00:00+01:00'), timeZone: () => 'Europe/Berlin' }
  const store = createMemoryStore({ journal })
  const emitChange = vi.fn()
  let n = 0
  const service = createJournal({
    store,
    clock,
    emitChange,
    ...(options.ids ? { newId: (prefix: 'lab' | 'med') => `${prefix}-${++n}` } : {}),
  })
  return { service, store, emitChange }
}

function problems(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map(problemText)
    throw error
  }
  throw new Error('expected a ValidationError')
}

describe('journal service', () => {
  it('refuses an impossible date for a check-in view, a check-in or a travel night, naming "night"', () => {
    const { service, store } = setup()
    const expected = ['night: expected a real date as YYYY-MM-DD, got "2026-02-30"']
    expect(problems(() => service.checkIn('2026-02-30'))).toEqual(expected)
    expect(problems(() => service.saveCheckIn({ night: '2026-02-30', checkIn: checkIn(3) }))).toEqual(
      expected,
    )
    expect(problems(() => service.setTravelNight('2026-02-30', true))).toEqual(expected)
    expect(store.journalWrites).toEqual([])
  })

  it('gives a new lab a random "lab-" id by default', () => {
    const { service } = setup(emptyJournal(), { ids: false })
    const view = service.addLab({ kind: 'ferritin', value: 48, date: '2026-11-24' })
    expect(view.labs[0]?.id).toMatch(/^lab-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })

  it('removes only the lab asked for, tells the windows, and names the kind of entry for an unknown id', () => {
    const { service, emitChange } = setup()
    service.addLab({ kind: 'ferritin', value: 48, date: '2026-11-24' })
    service.addLab({ kind: 'vitaminD', value: 35, date: '2026-11-01' })
    emitChange.mockClear()
    expect(service.removeLab('lab-1').labs.map((l) => l.id)).toEqual(['lab-2'])
    expect(emitChange).toHaveBeenCalledTimes(1)
    expect(problems(() => service.removeLab('lab-9'))).toEqual([
      'id: expected the id of a lab entry, got "lab-9"',
    ])
    expect(problems(() => service.removeMedicine('med-9'))).toEqual([
      'id: expected the id of a medicine entry, got "med-9"',
    ])
  })

  it('tells the windows when a prompt is dismissed', () => {
    const { service, store, emitChange } = setup()
    service.dismissPrompt('kidney-disease')
    expect(store.getJournal().dismissedPrompts).toEqual(['kidney-disease'])
    expect(emitChange).toHaveBeenCalledTimes(1)
  })

  it('keeps travel nights sorted and unmarks only the night asked for', () => {
    const { service, store } = setup()
    service.setTravelNight('2026-11-24', true)
    service.setTravelNight('2026-11-20', true)
    service.setTravelNight('2026-11-22', true)
    expect(store.getJournal().travelNights).toEqual(['2026-11-20', '2026-11-22', '2026-11-24'])
    service.setTravelNight('2026-11-22', false)
    expect(store.getJournal().travelNights).toEqual(['2026-11-20', '2026-11-24'])
  })

  it('changes the treatment of one medicine and leaves the others as they were', () => {
    const { service, store } = setup()
    service.addMedicine({ name: 'Iron', kind: 'supplement', time: '07:30', startedOn: '2026-08-01' })
    service.addMedicine({ name: 'Pramipexole', kind: 'medicine', time: '21:00', startedOn: '2026-09-01' })
    const before = store.getJournal().medicines
    service.updateTreatment('med-2', { doseChanges: [{ date: '2026-10-01', dose: '0.25 mg' }] })
    const after = store.getJournal().medicines
    expect(after[0]).toEqual(before[0])
    expect(after[1]?.rls).toEqual({ doseChanges: [{ date: '2026-10-01', dose: '0.25 mg' }] })
  })

  it("shows an earlier night's check-in as asked, never as due", () => {
    const { service } = setup({ ...emptyJournal(), checkIns: { '2026-11-20': checkIn(4) } })
    const view = service.checkIn('2026-11-20')
    expect(view.night).toBe('2026-11-20')
    expect(view.checkIn?.severity).toBe(4)
    expect(view.due).toBe(false)
    expect(service.checkIn(null)).toMatchObject({ night: '2026-11-24', due: true })
  })

  it('offers usual diary times from check-ins older than a year when the last year has none', () => {
    const old: Journal['checkIns'] = {}
    for (const night of ['2024-03-01', '2024-03-02', '2024-03-03'])
      old[night] = { ...checkIn(2), diary: { inBed: '22:45' } }
    const { service } = setup({ ...emptyJournal(), checkIns: old })
    expect(service.checkIn(null).usualTimes).toEqual({ inBed: '22:45' })
  })

  it('offers no usual times when no check-in has any', () => {
    const { service } = setup()
    expect(service.checkIn(null)).not.toHaveProperty('usualTimes')
  })

  it('shows the nights of the range asked for, with their recorded steps', () => {
    const { service, store } = setup()
    store.setNight('2026-11-22', record({ magnesium: 'done' }))
    const cell = service.history(30).calendar.find((c) => c.night === '2026-11-22')
    expect(cell?.done).toBe(1)
  })

  it("counts the stored nights in the doctor's summary", () => {
    const { service, store } = setup()
    store.setNight('2026-11-22', record({ magnesium: 'done' }))
    store.setNight('2026-11-23', record({ magnesium: 'done' }))
    expect(service.summary().adherence.stepsDone).toBe(2)
  })
})
