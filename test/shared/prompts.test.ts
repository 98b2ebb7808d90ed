import { describe, expect, it } from 'vitest'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { LabEntry } from '../../shared/labs.ts'
import { type DoctorPrompt, doctorPrompts, type PromptInput, routineAdherence } from '../../shared/prompts.ts'
import type { NightRecord } from '../../shared/records.ts'
import { WATCHED_SUBSTANCES } from '../../shared/watchlist.ts'
import { CORE, checkIn, record } from './fixtures/journal.ts'

const NO_HEALTH = { pregnant: false, kidneyDisease: false }
const TODAY = '2026-11-25'

/** Check-ins on consecutive nights ending 2026-11-24, oldest first. */
function checkIns(severities: readonly number[], last = '2026-11-24'): Record<string, CheckIn> {
  const out: Record<string, CheckIn> = {}
  const end = dayNumber(last)
  severities.forEach((s, i) => {
    out[dateFromDayNumber(end - severities.length + 1 + i)] = checkIn(s)
  })
  return out
}

/** Check-ins on the given nights, all rated `severity`. */
const onNights = (nights: string[], severity = 8): Record<string, CheckIn> =>
  Object.fromEntries(nights.map((n) => [n, checkIn(severity)]))

const ferritin = (value: number, date = '2026-11-20'): LabEntry => ({
  id: `f-${value}`,
  kind: 'ferritin',
  value,
  date,
})
const tsat = (value: number, date = '2026-11-20'): LabEntry => ({
  id: `t-${value}`,
  kind: 'tsat',
  value,
  date,
})
const adherence = (percent: number) => ({
  from: '2026-11-18',
  to: '2026-11-24',
  stepsDone: percent,
  stepsPlanned: 100,
  percent,
})

function prompts(input: Partial<PromptInput>): DoctorPrompt[] {
  return doctorPrompts({ today: TODAY, checkIns: {}, health: NO_HEALTH, labs: [], ...input })
}
const kinds = (input: Partial<PromptInput>) => prompts(input).map((p) => p.kind)

describe('severe nights: 7 or more on 3 check-ins close together', () => {
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

  it('counts three check-ins within 4 nights, with a night between them without one', () => {
    expect(kinds({ checkIns: onNights(['2026-11-21', '2026-11-23', '2026-11-24']) })).toEqual([
      'severe-nights',
    ])
  })

  it('does not count three check-ins spread over 5 nights or more', () => {
    expect(kinds({ checkIns: onNights(['2026-11-20', '2026-11-22', '2026-11-24']) })).toEqual([])
  })

  it('does not count three check-ins weeks apart', () => {
    expect(kinds({ checkIns: onNights(['2026-10-01', '2026-10-20', '2026-11-24']) })).toEqual([])
    expect(kinds({ checkIns: onNights(['2026-11-20', '2026-11-23', '2026-11-24']) })).toEqual([])
  })

  it('is named by the first night of the run, says why with the dates, and stays dismissed while the run goes on', () => {
    const [p] = prompts({ checkIns: checkIns([1, 7, 8, 9, 10]) })
    expect(p).toMatchObject({ id: 'severe-nights:2026-11-21', dismissible: true, basedOn: '2026-11-24' })
    expect(p?.reason).toBe(
      'Your last 4 check-ins, 21 Nov 2026 to 24 Nov 2026, rated symptoms 7 or more out of 10.',
    )
    const later = checkIns([1, 7, 8, 9, 10, 9], '2026-11-25')
    expect(prompts({ checkIns: later })[0]?.id).toBe('severe-nights:2026-11-21')
    expect(prompts({ checkIns: later, dismissed: ['severe-nights:2026-11-21'] })).toEqual([])
  })

  it('expires when its latest check-in is more than 14 days old', () => {
    const list = checkIns([8, 8, 8])
    expect(kinds({ checkIns: list, today: '2026-12-08' })).toEqual(['severe-nights'])
    expect(kinds({ checkIns: list, today: '2026-12-09' })).toEqual([])
  })
})

describe('health flags', () => {
  it('shows the pregnancy, kidney and malabsorption prompts from settings, each saying why', () => {
    const shown = prompts({ health: { pregnant: true, kidneyDisease: true, malabsorption: true } })
    expect(shown.map((p) => p.id)).toEqual(['pregnancy', 'kidney-disease', 'malabsorption'])
    expect(shown[0]?.reason).toMatch(/pregnant/)
    expect(shown[1]?.reason).toMatch(/kidney/)
    expect(shown[2]?.reason).toMatch(/coeliac disease, IBD or bariatric surgery/)
    expect(shown[2]?.body).toMatch(/Ask your doctor whether IV iron makes sense/)
    expect(kinds({ health: NO_HEALTH })).toEqual([])
  })

  it('speaks to the person in the banner and about the patient in the doctor summary', () => {
    const shown = prompts({ health: { pregnant: true, kidneyDisease: true, malabsorption: true } })
    expect(shown[1]?.reason).toBe('You noted kidney disease in settings.')
    expect(shown[1]?.forDoctor).toBe('The patient noted kidney disease.')
    for (const p of shown) {
      expect(p.forDoctor).toMatch(/^The patient/)
      expect(p.forDoctor).not.toMatch(/\byou(r)?\b/i)
    }
  })
})

describe('ferritin below 25 after 3 months of iron', () => {
  const start = '2026-08-20'

  it('appears at 24 after 3 months of iron, not at 25', () => {
    expect(kinds({ labs: [ferritin(24, '2026-11-20')], ironStartedOn: start })).toEqual([
      'ferritin-low-on-iron',
    ])
    expect(kinds({ labs: [ferritin(25, '2026-11-20')], ironStartedOn: start })).toEqual([])
  })

  it.each([
    // iron started, the first test date that counts, the day before
    ['2026-08-20', '2026-11-20', '2026-11-19'],
    ['2026-08-31', '2026-11-30', '2026-11-29'],
    ['2026-05-31', '2026-08-31', '2026-08-30'],
    ['2025-11-30', '2026-02-28', '2026-02-27'],
  ])('iron from %s: a test on %s counts, on %s not (the recheck rule)', (from, due, before) => {
    const today = due
    expect(kinds({ labs: [ferritin(20, due)], ironStartedOn: from, today })).toEqual(['ferritin-low-on-iron'])
    expect(kinds({ labs: [ferritin(20, before)], ironStartedOn: from, today })).toEqual([])
  })

  it('needs logged iron and uses the latest ferritin', () => {
    expect(kinds({ labs: [ferritin(10)] })).toEqual([])
    const labs = [ferritin(10, '2026-11-20'), ferritin(60, '2026-11-22')]
    expect(kinds({ labs, ironStartedOn: '2026-01-01' })).toEqual([])
  })

  it('says why, with the value and the dates it rests on', () => {
    const [p] = prompts({ labs: [ferritin(18)], ironStartedOn: start })
    expect(p).toMatchObject({ id: 'ferritin-low-on-iron:2026-11-20', basedOn: '2026-11-20' })
    expect(p?.reason).toBe(
      'Your ferritin was 18 ng/mL on 20 Nov 2026, 3 months or more after you started iron on 20 Aug 2026.',
    )
  })

  it('expires when the ferritin is more than 6 months old', () => {
    const input = { labs: [ferritin(18, '2026-05-20')], ironStartedOn: '2026-01-01' }
    expect(kinds({ ...input, today: '2026-11-20' })).toEqual(['ferritin-low-on-iron'])
    expect(kinds({ ...input, today: '2026-11-21' })).toEqual([])
  })

  it('names a bad iron start date or today', () => {
    expect(() => prompts({ ironStartedOn: 'March' })).toThrow(/^ironStartedOn:/)
    expect(() => prompts({ today: '2026-02-30' })).toThrow(/^today:/)
  })
})

describe('iron possibly too high while taking iron', () => {
  it('appears above ferritin 300, not at 300', () => {
    expect(kinds({ labs: [ferritin(301)], takingIron: true })).toEqual(['iron-high'])
    expect(kinds({ labs: [ferritin(300)], takingIron: true })).toEqual([])
  })

  it('appears above TSAT 45 %, not at 45', () => {
    expect(kinds({ labs: [ferritin(120), tsat(46)], takingIron: true })).toEqual(['iron-high'])
    expect(kinds({ labs: [ferritin(120), tsat(45)], takingIron: true })).toEqual([])
  })

  it('only while iron is on the list, calmly, and with the values and dates', () => {
    expect(kinds({ labs: [ferritin(400)] })).toEqual([])
    const [p] = prompts({ labs: [ferritin(400), tsat(50, '2026-11-21')], ironStartedOn: '2026-01-01' })
    expect(p?.title).toBe('Ask your doctor before continuing iron')
    expect(p?.reason).toMatch(/ferritin 400 ng\/mL on 20 Nov 2026, TSAT 50 % on 21 Nov 2026/)
    expect(p?.basedOn).toBe('2026-11-21')
    expect(p?.forDoctor).toMatch(/^Possible iron excess while taking oral iron/)
  })

  it('expires with its lab after 6 months', () => {
    const input = { labs: [ferritin(400, '2026-05-24')], takingIron: true }
    expect(kinds({ ...input, today: '2026-11-24' })).toEqual(['iron-high'])
    expect(kinds({ ...input, today: '2026-11-25' })).toEqual([])
  })
})

describe('iron in target and nights still severe, with the routine really followed', () => {
  // Mean exactly 7.0 over 7 check-ins, though no single one decides it.
  const severe = checkIns([8, 6, 8, 6, 8, 6, 7])
  const ok = { checkIns: severe, adherence: adherence(70) }

  it('appears at ferritin 76 with a mean of 7 over at least 7 check-ins, not at 75', () => {
    expect(kinds({ ...ok, labs: [ferritin(76)] })).toEqual(['discuss-treatment'])
    expect(kinds({ ...ok, labs: [ferritin(75)] })).toEqual([])
  })

  it('TSAT counts: ferritin 90 with TSAT 19 % is not in target, with 20 % it is', () => {
    expect(kinds({ ...ok, labs: [ferritin(90), tsat(19)] })).toEqual([])
    expect(kinds({ ...ok, labs: [ferritin(90), tsat(20)] })).toEqual(['discuss-treatment'])
  })

  it('ferritin 90 with TSAT 15 % never says the iron is in the target range', () => {
    const all = prompts({ ...ok, labs: [ferritin(90), tsat(15)] })
    for (const p of all) expect(`${p.body} ${p.reason}`).not.toMatch(/in the target range/)
  })

  it('needs 70 % of planned steps done over the period, not 69 %, and a known routine', () => {
    expect(kinds({ ...ok, labs: [ferritin(120)], adherence: adherence(69) })).toEqual([])
    expect(kinds({ ...ok, labs: [ferritin(120)], adherence: null })).toEqual([])
    expect(kinds({ ...ok, labs: [ferritin(120)], adherence: adherence(70) })).toEqual(['discuss-treatment'])
  })

  it('needs at least 7 check-ins: 6 severe ones are not enough, the 7th makes it', () => {
    const base = { labs: [ferritin(120)], adherence: adherence(90) }
    // (Severe nights like these bring their own prompt too; only the treatment one counts here.)
    expect(kinds({ ...base, checkIns: checkIns([8, 8, 8, 8, 8, 8]) })).not.toContain('discuss-treatment')
    expect(kinds({ ...base, checkIns: checkIns([8, 8, 8, 8, 8, 8, 8]) })).toContain('discuss-treatment')
  })

  it('needs a mean of 7 over those check-ins, not 6.9', () => {
    const base = { labs: [ferritin(120)], adherence: adherence(90) }
    expect(kinds({ ...base, checkIns: checkIns([8, 6, 8, 6, 8, 6, 6]) })).toEqual([])
  })

  it('looks at the last 14 check-ins only', () => {
    const list = checkIns([...Array(10).fill(10), ...Array(14).fill(5)])
    expect(kinds({ labs: [ferritin(100)], checkIns: list, adherence: adherence(90) })).toEqual([])
  })

  it('expires when the check-ins are more than 14 days old or the ferritin more than 6 months', () => {
    expect(kinds({ ...ok, labs: [ferritin(120)], today: '2026-12-08' })).toEqual(['discuss-treatment'])
    expect(kinds({ ...ok, labs: [ferritin(120)], today: '2026-12-09' })).toEqual([])
    expect(kinds({ ...ok, labs: [ferritin(120, '2026-05-24')], today: '2026-11-24' })).toEqual([
      'discuss-treatment',
    ])
    expect(kinds({ ...ok, labs: [ferritin(120, '2026-05-24')], today: '2026-11-25' })).toEqual([])
  })

  it('says why, with dates and adherence, and names no prescription drug or dose', () => {
    const [p] = prompts({ ...ok, labs: [ferritin(80)] })
    expect(p?.title).toBe('Time to discuss treatment with your doctor')
    expect(p?.reason).toBe(
      'Your ferritin was 80 ng/mL on 20 Nov 2026; your last 7 check-ins (18 Nov 2026 to 24 Nov 2026) averaged 7.0 ' +
        'out of 10, with 70 % of planned evening steps done.',
    )
    expect(p?.basedOn).toBe('2026-11-24')
    expect(p?.body).toMatch(/you have kept up the evening routine/)
    const [withTsat] = prompts({ ...ok, labs: [ferritin(80), tsat(25)] })
    expect(withTsat?.reason).toMatch(/^Your ferritin was 80 ng\/mL and TSAT 25 % on 20 Nov 2026; /)
    expect(withTsat?.forDoctor).toMatch(
      /with ferritin 80 ng\/mL and TSAT 25 % on 20 Nov 2026 and 70 % of the/,
    )
  })
})

describe('routineAdherence', () => {
  const nights: Record<string, NightRecord> = {
    '2026-11-20': record({ 'exercise-cutoff': 'done', 'warm-socks': 'done', 'warm-bath': 'done' }),
    '2026-11-21': record({ 'exercise-cutoff': 'done' }, true),
    '2026-11-22': { ...record({ magnesium: 'done' }), planned: ['magnesium', 'warm-bath'] },
    '2026-11-23': record({}),
  }
  it('counts done against planned steps, leaving out paused nights and nights without a record', () => {
    const result = routineAdherence((n) => nights[n], '2026-11-19', '2026-11-24', CORE)
    // 3 of 5 on the 20th, 1 of 2 on the 22nd; the 21st is paused, the 23rd empty, the 19th and 24th absent.
    expect(result).toEqual({
      from: '2026-11-19',
      to: '2026-11-24',
      stepsDone: 4,
      stepsPlanned: 7,
      percent: 57,
    })
  })

  it('is null when nothing was planned', () => {
    expect(routineAdherence(() => undefined, '2026-11-19', '2026-11-24', CORE)).toBeNull()
  })
})

describe('all prompts', () => {
  const everything = prompts({
    health: { pregnant: true, kidneyDisease: true },
    checkIns: checkIns([9, 9, 9, 9, 9, 9, 9]),
    labs: [ferritin(80), ferritin(20, '2026-06-01')],
    ironStartedOn: '2026-01-01',
    adherence: adherence(80),
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
    const high = prompts({ labs: [ferritin(400)], ironStartedOn: '2026-01-01' })
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
    for (const p of [...everything, ...low, ...high]) {
      const words = `${p.title} ${p.body} ${p.reason} ${p.forDoctor}`.toLowerCase()
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
      adherence: adherence(80),
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
      '“ZzzQuil” on your medicine list is an antihistamine that makes you drowsy, which is on the watch list.',
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
