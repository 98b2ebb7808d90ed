import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { LabEntry } from '../../shared/labs.ts'
import { type DoctorPrompt, doctorPrompts, type PromptInput } from '../../shared/prompts.ts'
import { WATCHED_SUBSTANCES } from '../../shared/watchlist.ts'
import { checkIn } from './fixtures/journal.ts'

const NO_HEALTH = { pregnant: false, kidneyDisease: false }

/** Check-ins on consecutive nights ending 2026-11-24, oldest first. */
function checkIns(severities: readonly number[], last = '2026-11-24'): Record<string, CheckIn> {
  const out: Record<string, CheckIn> = {}
  const end = dayNumber(last)
  severities.forEach((s, i) => {
    out[dateFromDayNumber(end - severities.length + 1 + i)] = checkIn(s)
  })
  return out
}

const ferritin = (value: number, date = '2026-11-20'): LabEntry => ({
  id: `f-${value}`,
  kind: 'ferritin',
  value,
  date,
})

function prompts(input: Partial<PromptInput>): DoctorPrompt[] {
  return doctorPrompts({ checkIns: {}, health: NO_HEALTH, labs: [], ...input })
}
const kinds = (input: Partial<PromptInput>) => prompts(input).map((p) => p.kind)

describe('severe nights: 7 or more on 3 consecutive check-ins', () => {
  it('appears at 3 check-ins of 7, not at 2', () => {
    expect(kinds({ checkIns: checkIns([2, 7, 7, 7]) })).toEqual(['severe-nights'])
    expect(kinds({ checkIns: checkIns([2, 2, 7, 7]) })).toEqual([])
  })

  it('needs 7, not 6', () => {
    expect(kinds({ checkIns: checkIns([7, 7, 6]) })).toEqual([])
    expect(kinds({ checkIns: checkIns([6, 7, 7]) })).toEqual([])
  })

  it('looks at the latest check-ins, so an old bad run that has ended does not show', () => {
    expect(kinds({ checkIns: checkIns([9, 9, 9, 9, 3]) })).toEqual([])
  })

  it('counts consecutive check-ins even with a night between them without one', () => {
    const list = { ...checkIns([8], '2026-11-20'), ...checkIns([8, 9], '2026-11-24') }
    expect(kinds({ checkIns: list })).toEqual(['severe-nights'])
  })

  it('is named by the first night of the run, says why, and stays dismissed while the run goes on', () => {
    const [p] = prompts({ checkIns: checkIns([1, 7, 8, 9, 10]) })
    expect(p).toMatchObject({ id: 'severe-nights:2026-11-21', dismissible: true })
    expect(p?.reason).toBe('Your last 4 check-ins rated symptoms 7 or more out of 10.')
    const later = checkIns([1, 7, 8, 9, 10, 9], '2026-11-25')
    expect(prompts({ checkIns: later })[0]?.id).toBe('severe-nights:2026-11-21')
    expect(prompts({ checkIns: later, dismissed: ['severe-nights:2026-11-21'] })).toEqual([])
  })
})

describe('health flags', () => {
  it('shows the pregnancy and kidney prompts from settings, each saying why', () => {
    const shown = prompts({ health: { pregnant: true, kidneyDisease: true } })
    expect(shown.map((p) => p.id)).toEqual(['pregnancy', 'kidney-disease'])
    expect(shown[0]?.reason).toMatch(/pregnant/)
    expect(shown[1]?.reason).toMatch(/kidney/)
    expect(kinds({ health: NO_HEALTH })).toEqual([])
  })
})

describe('ferritin below 25 after 3 months of iron', () => {
  const start = '2026-08-22'

  it('appears at 24 after 90 days of iron, not at 25', () => {
    expect(kinds({ labs: [ferritin(24, '2026-11-20')], ironStartedOn: start })).toEqual([
      'ferritin-low-on-iron',
    ])
    expect(kinds({ labs: [ferritin(25, '2026-11-20')], ironStartedOn: start })).toEqual([])
  })

  it('needs 90 days between starting iron and the test, not 89', () => {
    expect(kinds({ labs: [ferritin(24, '2026-11-19')], ironStartedOn: start })).toEqual([])
  })

  it('needs logged iron and uses the latest ferritin', () => {
    expect(kinds({ labs: [ferritin(10)] })).toEqual([])
    const labs = [ferritin(10, '2026-11-20'), ferritin(60, '2026-11-22')]
    expect(kinds({ labs, ironStartedOn: start })).toEqual([])
  })

  it('says why, with the value, the date and the days on iron', () => {
    const [p] = prompts({ labs: [ferritin(18)], ironStartedOn: start })
    expect(p?.id).toBe('ferritin-low-on-iron:2026-11-20')
    expect(p?.reason).toBe(
      'Your ferritin was 18 ng/mL on 2026-11-20, 90 days after you started iron on 2026-08-22.',
    )
  })

  it('names a bad iron start date', () => {
    expect(() => prompts({ ironStartedOn: 'March' })).toThrow(/^ironStartedOn:/)
  })
})

describe('ferritin 75 or more and nights still severe', () => {
  // Mean exactly 7.0 over 7 check-ins, though no single one decides it.
  const severe = checkIns([8, 6, 8, 6, 8, 6, 7])

  it('appears at ferritin 75 with a mean of 7 over at least 7 check-ins, not at 74', () => {
    expect(kinds({ labs: [ferritin(75)], checkIns: severe })).toEqual(['discuss-treatment'])
    expect(kinds({ labs: [ferritin(74)], checkIns: severe })).toEqual([])
  })

  it('needs at least 7 check-ins and a mean of 7', () => {
    expect(kinds({ labs: [ferritin(120)], checkIns: checkIns([7, 7, 7, 7, 7, 6]) })).toEqual([])
    expect(kinds({ labs: [ferritin(120)], checkIns: checkIns([8, 6, 8, 6, 8, 6, 6]) })).toEqual([])
  })

  it('looks at the last 14 check-ins only', () => {
    const list = checkIns([...Array(10).fill(10), ...Array(14).fill(5)])
    expect(kinds({ labs: [ferritin(100)], checkIns: list })).toEqual([])
  })

  it('says why and names no prescription drug or dose', () => {
    const [p] = prompts({ labs: [ferritin(80)], checkIns: severe })
    expect(p?.title).toBe('Time to discuss treatment with your doctor')
    expect(p?.reason).toBe(
      'Your ferritin was 80 ng/mL on 2026-11-20, and your last 7 check-ins averaged 7.0 out of 10.',
    )
  })
})

describe('all prompts', () => {
  const everything = prompts({
    health: { pregnant: true, kidneyDisease: true },
    checkIns: checkIns([9, 9, 9, 9, 9, 9, 9]),
    labs: [ferritin(80), ferritin(20, '2026-06-01')],
    ironStartedOn: '2026-01-01',
  })

  it('appear in a fixed order and are all dismissible with a reason', () => {
    expect(everything.map((p) => p.kind)).toEqual([
      'pregnancy',
      'kidney-disease',
      'severe-nights',
      'discuss-treatment',
    ])
    for (const p of everything) {
      expect(p.dismissible).toBe(true)
      expect(p.reason.length).toBeGreaterThan(10)
    }
  })

  it('never name a prescription drug or a dose', () => {
    const low = prompts({ labs: [ferritin(20)], ironStartedOn: '2026-01-01' })
    const drugs = [
      ...WATCHED_SUBSTANCES.map((s) => s.split(' ')[0] ?? ''),
      'gabapentin',
      'pregabalin',
      'ropinirole',
      'pramipexole',
      'rotigotine',
      'levodopa',
      'clonazepam',
      'oxycodone',
      'methadone',
    ]
    for (const p of [...everything, ...low]) {
      const words = `${p.title} ${p.body} ${p.reason}`.toLowerCase()
      for (const drug of drugs) expect(words).not.toContain(drug)
      expect(words).not.toMatch(/\d\s*(mg|mcg|µg)\b/)
    }
  })

  it('filters out the dismissed ones', () => {
    const dismissed = ['pregnancy', 'discuss-treatment:2026-11-20']
    const shown = prompts({
      health: { pregnant: true, kidneyDisease: true },
      checkIns: checkIns([9, 9, 9, 9, 9, 9, 9]),
      labs: [ferritin(80)],
      dismissed,
    })
    expect(shown.map((p) => p.kind)).toEqual(['kidney-disease', 'severe-nights'])
  })
})

describe('a suspected medication cause (PROTOCOL.md)', () => {
  const med = (id: string, name: string) => ({ id, name, kind: 'medicine' as const })

  it('appears for a medicine on the watch list, naming only what the person typed and why', () => {
    const [p] = prompts({ medicines: [med('med-1', 'ZzzQuil'), med('med-2', 'Vitamin C')] })
    expect(p?.kind).toBe('medication')
    expect(p?.id).toBe('medication:med-1')
    expect(p?.reason).toBe(
      '"ZzzQuil" on your medicine list is a sedating antihistamine, which is on the watch list.',
    )
    expect(p?.body).toMatch(/Do not stop a prescription medicine on your own/)
    expect(prompts({ medicines: [med('med-1', 'ZzzQuil'), med('med-2', 'Vitamin C')] })).toHaveLength(1)
  })

  it('stays away for lower-risk antihistamines, lifestyle items and look-alike names', () => {
    for (const name of ['Loratadine', 'Coffee with caffeine', 'Ondansetron', 'Magnesium glycinate']) {
      expect(kinds({ medicines: [med('med-1', name)] }), name).toEqual([])
    }
  })

  it('a dismissal hides that entry only', () => {
    const medicines = [med('med-1', 'Benadryl'), med('med-2', 'sertraline 50 mg')]
    expect(prompts({ medicines, dismissed: ['medication:med-1'] }).map((p) => p.id)).toEqual([
      'medication:med-2',
    ])
  })
})
