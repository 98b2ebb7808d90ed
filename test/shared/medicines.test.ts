import { describe, expect, it } from 'vitest'
import { problemText, ValidationError } from '../../shared/errors.ts'
import {
  ironConflict,
  ironRules,
  ironStartDate,
  ironThyroidClash,
  ironThyroidConflict,
  isIron,
  isThyroidMedicine,
  type MedicineEntry,
  parseMedicineEntry,
} from '../../shared/medicines.ts'

const TODAY = '2026-11-24'

function problems(value: unknown): string[] {
  try {
    parseMedicineEntry(value, TODAY)
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map(problemText)
    throw error
  }
  return []
}

describe('medicine entries', () => {
  const valid: MedicineEntry = {
    id: 'm1',
    name: 'Magnesium glycinate',
    dose: '300 mg',
    time: '21:50',
    kind: 'supplement',
  }

  it('accepts a full entry and a minimal one', () => {
    expect(parseMedicineEntry(valid, TODAY)).toEqual(valid)
    expect(parseMedicineEntry({ id: 'm2', name: 'Sertraline', kind: 'medicine' }, TODAY)).toEqual({
      id: 'm2',
      name: 'Sertraline',
      kind: 'medicine',
    })
  })

  it('names each bad field and what is allowed', () => {
    expect(
      problems({ id: 'm1', name: 'x'.repeat(81), dose: 'd'.repeat(61), time: '25:00', kind: 'vitamin' }),
    ).toEqual([
      'name: expected at most 80 characters, got 81 characters',
      'dose: expected at most 60 characters, got 61 characters',
      'time: expected HH:MM (00:00–23:59), got "25:00"',
      'kind: expected medicine or supplement, got "vitamin"',
    ])
    expect(problems({ ...valid, name: '   ' })).toEqual(['name: expected some text, got an empty value'])
  })

  it('refuses a start date in the future', () => {
    expect(problems({ ...valid, startedOn: '2026-11-25' })).toEqual([
      'startedOn: expected a date on or before 2026-11-24, got "2026-11-25"',
    ])
    expect(problems({ ...valid, startedOn: '2026-11-24' })).toEqual([])
  })
})

describe('iron', () => {
  it.each([
    ['Ferrous sulfate 325 mg', true],
    ['Iron bisglycinate', true],
    ['ferrous gluconate', true],
    ['Slow Fe', true],
    ['Iron-free multivitamin', false],
    ['Ironwood tea', false],
    ['Magnesium glycinate', false],
  ])('%s is iron: %s', (name, expected) => {
    expect(isIron(name)).toBe(expected)
  })

  it('takes the earliest start date of any iron entry as the iron log', () => {
    const list: MedicineEntry[] = [
      { id: 'a', name: 'Iron bisglycinate', kind: 'supplement', startedOn: '2026-06-01' },
      { id: 'b', name: 'Ferrous sulfate', kind: 'supplement', startedOn: '2026-03-01' },
      { id: 'c', name: 'Magnesium', kind: 'supplement', startedOn: '2025-01-01' },
      { id: 'd', name: 'Iron', kind: 'supplement' },
    ]
    expect(ironStartDate(list)).toBe('2026-03-01')
    expect(ironStartDate([list[3] as MedicineEntry])).toBeNull()
  })

  it('flags iron closer than 2 h to magnesium, either side and across midnight', () => {
    expect(ironConflict('20:00', '21:50')).toMatchObject({ conflict: true, minutesApart: 110 })
    expect(ironConflict('19:51', '21:50')).toMatchObject({ conflict: true, minutesApart: 119 })
    expect(ironConflict('19:50', '21:50')).toMatchObject({
      conflict: false,
      minutesApart: 120,
      message: null,
    })
    expect(ironConflict('23:40', '21:50').conflict).toBe(true)
    expect(ironConflict('00:30', '23:00')).toMatchObject({ conflict: true, minutesApart: 90 })
    expect(ironConflict('01:00', '23:00')).toMatchObject({ conflict: false, minutesApart: 120 })
    expect(ironConflict('07:30', '21:50').conflict).toBe(false)
  })

  it('reads the magnesium time from a planned instant too', () => {
    const result = ironConflict('21:00', '2026-11-24T21:50:00+01:00')
    expect(result.conflict).toBe(true)
    expect(result.message).toMatch(/21:00.*21:50/)
  })

  it('carries the absorption rules', () => {
    const rules = ironRules().join(' ')
    expect(rules).toMatch(/empty stomach/)
    expect(rules).toMatch(/250 mg of vitamin C/)
    expect(rules).toMatch(/calcium, dairy, antacids, coffee and tea at least 2 hours away/)
    expect(rules).toMatch(/levothyroxine\) at least 4 hours away, as its label says/)
    expect(rules).toMatch(/Magnesium also lowers iron absorption/)
    expect(ironConflict('07:00', '21:50').rules).toEqual(ironRules())
  })

  it('names a bad time', () => {
    expect(() => ironConflict('7am', '21:50')).toThrow(/^ironTime:/)
    expect(() => ironConflict('07:00', 'bedtime')).toThrow(/^magnesium:/)
  })
})

describe('iron and thyroid medicine: at least 4 hours apart (the levothyroxine label)', () => {
  const thyroid = { name: 'Levothyroxine', time: '07:00' }

  it.each([
    ['10:59', true, 239],
    ['11:00', false, 240],
    ['11:01', false, 241],
    ['03:01', true, 239],
    ['03:00', false, 240],
  ])('iron at %s: conflict %s (%d min apart)', (ironTime, conflict, minutesApart) => {
    const result = ironThyroidConflict(ironTime, thyroid)
    expect(result).toMatchObject({ conflict, minutesApart })
    if (conflict) {
      expect(result.message).toBe(
        `Iron at ${ironTime} is within 4 hours of Levothyroxine at 07:00. ` +
          'Iron lowers the absorption of thyroid medicine, so keep them at least 4 hours apart.',
      )
    } else expect(result.message).toBeNull()
  })

  it('measures across midnight', () => {
    expect(ironThyroidConflict('01:00', { name: 'Synthroid', time: '22:00' })).toMatchObject({
      conflict: true,
      minutesApart: 180,
    })
  })

  it('knows thyroid medicine by generic and brand, and nothing else', () => {
    for (const name of [
      'Levothyroxine 100 mcg',
      'SYNTHROID',
      'Eltroxin',
      'Euthyrox 50',
      'Armour Thyroid',
      'NP Thyroid 60 mg',
      'Nature-Throid',
      'WP Thyroid',
      'Desiccated thyroid extract',
      'Westhroid',
      'Adthyza 30 mg',
      'Liotrix',
      'Cytomel',
    ]) {
      expect(isThyroidMedicine(name), name).toBe(true)
    }
    for (const name of [
      'Thyroid support (iodine)',
      'Iron bisglycinate',
      'Magnesium',
      'Armour',
      'NP',
      'Nature Made iron',
      'Thyroid NP',
    ]) {
      expect(isThyroidMedicine(name), name).toBe(false)
    }
  })

  it('flags a listed thyroid medicine within 4 h of the iron entry, like the magnesium clash', () => {
    const list = (ironTime: string): MedicineEntry[] => [
      { id: 'med-1', name: 'Ferrous sulfate', kind: 'supplement', time: ironTime },
      { id: 'med-2', name: 'Eltroxin', kind: 'medicine', time: '07:00' },
      { id: 'med-3', name: 'Vitamin D', kind: 'supplement', time: '08:00' },
    ]
    expect(ironThyroidClash(list('09:00'))?.message).toMatch(
      /^Iron at 09:00 is within 4 hours of Eltroxin at 07:00/,
    )
    expect(ironThyroidClash(list('11:00'))).toBeNull()
    expect(ironThyroidClash([{ id: 'med-1', name: 'Eltroxin', kind: 'medicine', time: '07:00' }])).toBeNull()
  })
})
