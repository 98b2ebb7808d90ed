// Edges of the medicine list the main suite does not reach: the treatment log's stop and dose-change dates
// against today and the start, the day itself on each edge, every thyroid and iron name on the lists,
// untimed entries, and the refusals' wording.
import { describe, expect, it } from 'vitest'
import { problemText, ValidationError } from '../../shared/errors.ts'
import {
  ironConflict,
  ironStartDate,
  ironThyroidClash,
  ironThyroidConflict,
  isIron,
  isThyroidMedicine,
  type MedicineEntry,
  parseMedicineEntry,
} from '../../shared/medicines.ts'

const TODAY = '2026-11-24'

const ropinirole: MedicineEntry = {
  id: 'm1',
  name: 'Ropinirole',
  kind: 'medicine',
  startedOn: '2026-05-01',
  rls: { doseChanges: [] },
}

function problems(value: unknown): string[] {
  try {
    parseMedicineEntry(value, TODAY)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map(problemText)
    throw error
  }
  return []
}

const stoppedOn = (date: string) => ({ ...ropinirole, rls: { doseChanges: [], stoppedOn: date } })

describe('the treatment log on a medicine entry', () => {
  it('accepts a stop today, and refuses one tomorrow', () => {
    expect(problems(stoppedOn(TODAY))).toEqual([])
    expect(problems(stoppedOn('2026-11-25'))).toEqual([
      'rls.stoppedOn: expected a date on or before 2026-11-24, got "2026-11-25"',
    ])
  })

  it('accepts a stop on the day it started, and refuses one the day before', () => {
    expect(problems(stoppedOn('2026-05-01'))).toEqual([])
    expect(problems(stoppedOn('2026-04-30'))).toEqual([
      'rls.stoppedOn: expected a date on or after the start 2026-05-01, got "2026-04-30"',
    ])
  })

  it('accepts any past stop when no start date is known', () => {
    const { startedOn: _, ...noStart } = stoppedOn('2020-01-01')
    expect(problems(noStart)).toEqual([])
  })

  it('accepts a dose change today, and names the one in the future by its place in the list', () => {
    const changes = [
      { date: TODAY, dose: '0.5 mg' },
      { date: '2026-11-25', dose: '1 mg' },
    ]
    expect(problems({ ...ropinirole, rls: { doseChanges: changes.slice(0, 1) } })).toEqual([])
    expect(problems({ ...ropinirole, rls: { doseChanges: changes } })).toEqual([
      'rls.doseChanges[1].date: expected a date on or before 2026-11-24, got "2026-11-25"',
    ])
  })

  it('refuses a today that is not a real date, naming it', () => {
    expect(() => parseMedicineEntry(ropinirole, '2026-02-30')).toThrow(
      'today: expected a real date as YYYY-MM-DD, got "2026-02-30"',
    )
  })
})

describe('names on the lists', () => {
  it.each(['Ferric carboxymaltose', 'Feosol 65 mg'])('%s is iron', (name) => {
    expect(isIron(name)).toBe(true)
  })

  it.each(['Slow release melatonin', 'Fe supplement drink', 'Slow magnesium', 'B complex Fe-free'])(
    '%s is not iron',
    (name) => {
      expect(isIron(name)).toBe(false)
    },
  )

  it.each(['Thyroxine 50 mcg', 'Liothyronine', 'Levoxyl', 'Unithroid', 'Tirosint', 'Oroxine'])(
    '%s is thyroid medicine',
    (name) => {
      expect(isThyroidMedicine(name)).toBe(true)
    },
  )

  it.each(['Herbal thyroid support', 'Armour vitamin C'])('%s is not thyroid medicine', (name) => {
    expect(isThyroidMedicine(name)).toBe(false)
  })
})

describe('times', () => {
  it('skips entries without a time when looking for an iron and thyroid clash', () => {
    const list: MedicineEntry[] = [
      { id: 'm1', name: 'Ferrous sulfate', kind: 'supplement' },
      { id: 'm2', name: 'Levothyroxine', kind: 'medicine', time: '07:00' },
      { id: 'm3', name: 'Iron bisglycinate', kind: 'supplement', time: '08:00' },
    ]
    expect(ironThyroidClash(list)?.message).toMatch(/^Iron at 08:00 is within 4 hours of Levothyroxine/)
    expect(ironThyroidClash(list.slice(0, 2))).toBeNull()
  })

  it('names the thyroid time and the iron time when either is not HH:MM', () => {
    expect(() => ironThyroidConflict('07:00', { name: 'Synthroid', time: '7am' })).toThrow(
      'thyroidTime: expected HH:MM (00:00–23:59), got "7am"',
    )
    expect(() => ironThyroidConflict('7am', { name: 'Synthroid', time: '07:00' })).toThrow(
      'ironTime: expected HH:MM (00:00–23:59), got "7am"',
    )
  })

  it('says magnesium takes HH:MM or an ISO date-time', () => {
    expect(() => ironConflict('07:00', 'bedtime')).toThrow(
      'magnesium: expected HH:MM (00:00–23:59) or an ISO date-time, got "bedtime"',
    )
    // An impossible hour in an instant is refused as a whole, not read as the clock time "25:10".
    expect(() => ironConflict('07:00', '2026-11-24T25:10:00+01:00')).toThrow(
      'magnesium: expected HH:MM (00:00–23:59) or an ISO date-time, got "2026-11-24T25:10:00+01:00"',
    )
  })

  it('the iron log starts on the earliest iron start, whichever entry comes first', () => {
    const iron = (id: string, startedOn: string): MedicineEntry => ({
      id,
      name: 'Iron',
      kind: 'supplement',
      startedOn,
    })
    expect(ironStartDate([iron('a', '2026-03-01'), iron('b', '2026-02-01'), iron('c', '2026-04-01')])).toBe(
      '2026-02-01',
    )
  })
})
