import { describe, expect, it } from 'vitest'
import { parseMedicineEntry } from '../../shared/medicines.ts'
import { isDopamineType, matchRlsTreatment } from '../../shared/rls-treatments.ts'

describe('RLS treatments by generic and brand name', () => {
  it.each([
    ['Carbidopa/levodopa 25/100', 'levodopa', 'dopamine'],
    ['Sinemet', 'levodopa', 'dopamine'],
    ['Madopar 62.5', 'levodopa', 'dopamine'],
    ['pramipexole', 'pramipexole', 'dopamine'],
    ['Mirapex', 'pramipexole', 'dopamine'],
    ['Mirapexin', 'pramipexole', 'dopamine'],
    ['Sifrol ER', 'pramipexole', 'dopamine'],
    ['Ropinirole', 'ropinirole', 'dopamine'],
    ['Requip', 'ropinirole', 'dopamine'],
    ['Adartrel', 'ropinirole', 'dopamine'],
    ['Rotigotine patch', 'rotigotine', 'dopamine'],
    ['Neupro', 'rotigotine', 'dopamine'],
    ['Gabapentin', 'gabapentin', 'alpha2delta'],
    ['Gabapentin enacarbil', 'gabapentin enacarbil', 'alpha2delta'],
    ['Horizant', 'gabapentin enacarbil', 'alpha2delta'],
    ['Pregabalin', 'pregabalin', 'alpha2delta'],
    ['Lyrica', 'pregabalin', 'alpha2delta'],
    ['Oxycodone/naloxone (Targin)', 'opioid', 'opioid'],
    ['Methadone', 'opioid', 'opioid'],
    ['IV iron', 'IV iron', 'iv-iron'],
    ['Ferinject infusion', 'IV iron', 'iv-iron'],
    ['Iron sucrose (Venofer)', 'IV iron', 'iv-iron'],
  ])('%s is %s (%s)', (name, generic, rlsClass) => {
    expect(matchRlsTreatment(name)).toMatchObject({ generic, rlsClass })
  })

  it('matches whole words only and leaves other medicines alone', () => {
    for (const name of ['Magnesium glycinate', 'Ferrous sulfate', 'Requiped', 'Iron', 'Ondansetron', '']) {
      expect(matchRlsTreatment(name)).toBeNull()
    }
    expect(isDopamineType('Pregabalin')).toBe(false)
    expect(isDopamineType('Neupro 1 mg/24 h')).toBe(true)
  })
})

describe('treatment log entries', () => {
  const base = { id: 'm1', name: 'Pramipexole', kind: 'medicine', startedOn: '2026-01-10' }

  it('keeps dose changes as written and an optional stop date', () => {
    const entry = {
      ...base,
      rls: {
        doseChanges: [
          { date: '2026-01-10', dose: '0.088 mg at 21:00' },
          { date: '2026-04-02', dose: '0.18 mg' },
        ],
        stoppedOn: '2026-11-01',
      },
    }
    expect(parseMedicineEntry(entry, '2026-11-24')).toEqual(entry)
    expect(parseMedicineEntry(base, '2026-11-24')).toEqual(base)
  })

  it('names a stop before the start, a future date or an empty dose', () => {
    const bad = {
      ...base,
      rls: { doseChanges: [{ date: '2026-12-01', dose: '1 tablet' }], stoppedOn: '2026-01-01' },
    }
    expect(() => parseMedicineEntry(bad, '2026-11-24')).toThrow(
      /rls.stoppedOn: expected a date on or after the start 2026-01-10/,
    )
    expect(() => parseMedicineEntry(bad, '2026-11-24')).toThrow(
      /rls.doseChanges\[0\].date: expected a date on or before 2026-11-24/,
    )
    const blank = { ...base, rls: { doseChanges: [{ date: '2026-02-01', dose: ' ' }] } }
    expect(() => parseMedicineEntry(blank, '2026-11-24')).toThrow(
      /rls\.doseChanges\[0\]\.dose: expected some text/,
    )
  })
})
