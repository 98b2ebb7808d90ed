// Edges of the doctor prompts the main suite does not reach: the malabsorption prompt's kind, which lab
// names the iron-high prompt, and the augmentation watch without a medicine list.
import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { LabEntry } from '../../shared/labs.ts'
import { type DoctorPrompt, doctorPrompts, type PromptInput } from '../../shared/prompts.ts'
import { checkIn } from './fixtures/journal.ts'

const NO_HEALTH = { pregnant: false, kidneyDisease: false }
const TODAY = '2026-11-25'

const lab = (kind: LabEntry['kind'], value: number, date: string): LabEntry => ({
  id: `${kind}-${date}`,
  kind,
  value,
  date,
})

function prompts(input: Partial<PromptInput>): DoctorPrompt[] {
  return doctorPrompts({ today: TODAY, checkIns: {}, health: NO_HEALTH, labs: [], ...input })
}

describe('the malabsorption prompt', () => {
  it('is its own kind', () => {
    const [p] = prompts({ health: { ...NO_HEALTH, malabsorption: true } })
    expect(p).toMatchObject({ id: 'malabsorption', kind: 'malabsorption' })
  })
})

describe('the iron-high prompt', () => {
  it('is named by the newer of its two labs, so a new result brings it back after a dismissal', () => {
    const newerTsat = prompts({
      labs: [lab('ferritin', 400, '2026-11-20'), lab('tsat', 50, '2026-11-21')],
      takingIron: true,
    })
    expect(newerTsat.map((p) => p.id)).toEqual(['iron-high:2026-11-21'])
    const olderTsat = prompts({
      labs: [lab('ferritin', 400, '2026-11-20'), lab('tsat', 50, '2026-11-01')],
      takingIron: true,
    })
    expect(olderTsat.map((p) => [p.id, p.basedOn])).toEqual([['iron-high:2026-11-20', '2026-11-20']])
    expect(
      prompts({
        labs: [lab('ferritin', 400, '2026-11-20')],
        takingIron: true,
        dismissed: ['iron-high:2026-11-20'],
      }),
    ).toEqual([])
  })
})

describe('the augmentation watch', () => {
  it('gives the softer note when no medicine list is passed at all', () => {
    const checkIns: Record<string, CheckIn> = {}
    const end = dayNumber('2026-11-24')
    for (let i = 0; i < 56; i++) {
      checkIns[dateFromDayNumber(end - 55 + i)] = {
        ...checkIn(5, { onset: 'evening' }),
        onsetTime: i < 28 ? '22:30' : '20:00',
      }
    }
    expect(prompts({ checkIns }).map((p) => p.kind)).toEqual(['symptoms-changing'])
  })
})
