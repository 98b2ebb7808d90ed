// The treatment log as the doctor's summary lays it out: events per medicine, in date order, and
// whether the medicine is still taken on a given day.
import { describe, expect, it } from 'vitest'
import {
  isDopamineType,
  matchRlsTreatment,
  rlsTreatmentSchema,
  treatmentTimeline,
} from '../../shared/rls-treatments.ts'

const TODAY = '2026-11-24'

describe('what a recognised treatment is called', () => {
  it('names the class in plain words for each kind of RLS treatment', () => {
    expect(matchRlsTreatment('Requip')).toEqual({
      generic: 'ropinirole',
      rlsClass: 'dopamine',
      classLabel: 'dopamine-type medicine',
    })
    expect(matchRlsTreatment('Lyrica')?.classLabel).toBe('alpha-2-delta ligand')
    expect(matchRlsTreatment('Tramadol')?.classLabel).toBe('opioid')
    expect(matchRlsTreatment('Monofer')?.classLabel).toBe('IV iron infusion')
  })

  it('a name that needs every word of a phrase is not matched by one of them', () => {
    expect(matchRlsTreatment('Ferric sulfate')).toBeNull()
    expect(matchRlsTreatment('Intravenous fluids')).toBeNull()
  })

  it('an unrecognised medicine is not dopamine-type', () => {
    expect(isDopamineType('Magnesium glycinate')).toBe(false)
    expect(isDopamineType('Venofer')).toBe(false)
  })
})

describe('the dose-change list', () => {
  it('keeps at most 100 dose changes, and says so with the field named', () => {
    const change = { date: '2026-01-01', dose: '1 tablet' }
    expect(rlsTreatmentSchema.safeParse({ doseChanges: Array(100).fill(change) }).success).toBe(true)
    const result = rlsTreatmentSchema.safeParse({ doseChanges: Array(101).fill(change) })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['doseChanges', 'expected at most 100 dose changes'],
    ])
  })
})

describe('treatmentTimeline', () => {
  const pramipexole = {
    id: 'm1',
    name: 'Pramipexole',
    dose: '0.088 mg',
    startedOn: '2026-01-10',
    rls: {
      // Written out of order: the line still reads in date order.
      doseChanges: [
        { date: '2026-06-15', dose: '0.25 mg' },
        { date: '2026-04-02', dose: '0.18 mg' },
      ],
      stoppedOn: '2026-11-01',
    },
  }

  it('lays a course out as start (with its dose), dose changes and stop, by date', () => {
    expect(treatmentTimeline([pramipexole], TODAY)).toEqual([
      {
        id: 'm1',
        name: 'Pramipexole',
        match: { generic: 'pramipexole', rlsClass: 'dopamine', classLabel: 'dopamine-type medicine' },
        events: [
          { date: '2026-01-10', kind: 'start', dose: '0.088 mg' },
          { date: '2026-04-02', kind: 'dose', dose: '0.18 mg' },
          { date: '2026-06-15', kind: 'dose', dose: '0.25 mg' },
          { date: '2026-11-01', kind: 'stop' },
        ],
        ongoing: false,
      },
    ])
  })

  it('leaves out medicines not marked as RLS treatment', () => {
    const { rls: _, ...plain } = pramipexole
    expect(treatmentTimeline([plain], TODAY)).toEqual([])
  })

  it('a start with no dose written has no dose, and an unknown medicine has no match', () => {
    const [line] = treatmentTimeline(
      [{ id: 'm2', name: 'Dr Smith’s mixture', startedOn: '2026-02-01', rls: { doseChanges: [] } }],
      TODAY,
    )
    expect(line?.match).toBeNull()
    expect(line?.events).toStrictEqual([{ date: '2026-02-01', kind: 'start' }])
    expect(line?.ongoing).toBe(true)
  })

  it('a medicine with no start date has only its changes and counts as taken', () => {
    const [line] = treatmentTimeline(
      [{ id: 'm3', name: 'Lyrica', rls: { doseChanges: [{ date: '2026-05-01', dose: '75 mg' }] } }],
      TODAY,
    )
    expect(line?.events).toEqual([{ date: '2026-05-01', kind: 'dose', dose: '75 mg' }])
    expect(line?.ongoing).toBe(true)
  })

  it.each([
    ['started today', { startedOn: TODAY }, true],
    ['starting tomorrow', { startedOn: '2026-11-25' }, false],
    ['stopping today', { startedOn: '2026-01-10', stoppedOn: TODAY }, true],
    ['stopping tomorrow', { startedOn: '2026-01-10', stoppedOn: '2026-11-25' }, true],
    ['stopped yesterday', { startedOn: '2026-01-10', stoppedOn: '2026-11-23' }, false],
  ])('a medicine %s is taken today: %s', (_, dates, ongoing) => {
    const entry = {
      id: 'm4',
      name: 'Neupro',
      startedOn: dates.startedOn,
      rls: { doseChanges: [], ...('stoppedOn' in dates ? { stoppedOn: dates.stoppedOn } : {}) },
    }
    expect(treatmentTimeline([entry], TODAY)[0]?.ongoing).toBe(ongoing)
  })

  it('an IV iron entry is a set of infusions on their dates, never a course that is ongoing or stopped', () => {
    const [line] = treatmentTimeline(
      [
        {
          id: 'm5',
          name: 'Ferinject',
          dose: '1000 mg',
          startedOn: '2026-03-01',
          rls: { doseChanges: [{ date: '2026-09-01', dose: '500 mg' }], stoppedOn: '2026-10-01' },
        },
      ],
      '2026-03-01',
    )
    expect(line?.events).toEqual([
      { date: '2026-03-01', kind: 'infusion', dose: '1000 mg' },
      { date: '2026-09-01', kind: 'infusion', dose: '500 mg' },
    ])
    expect(line?.ongoing).toBe(false)
  })

  it('orders the lines by their first event, lines with no dates last', () => {
    const lines = treatmentTimeline(
      [
        { id: 'late', name: 'Gabapentin', startedOn: '2026-08-01', rls: { doseChanges: [] } },
        { id: 'undated', name: 'Methadone', rls: { doseChanges: [] } },
        pramipexole,
        { id: 'mid', name: 'Lyrica', rls: { doseChanges: [{ date: '2026-03-01', dose: '75 mg' }] } },
      ],
      TODAY,
    )
    expect(lines.map((l) => l.id)).toEqual(['m1', 'mid', 'late', 'undated'])
  })
})
