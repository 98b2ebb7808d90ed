// The journal file's contract: what a saved journal may hold, how a refusal names the field, and the two
// capped lists (mornings already asked for a check-in, dismissed doctor prompts).
import { describe, expect, it } from 'vitest'
import { problemText, ValidationError } from '../../shared/errors.ts'
import { emptyJournal, MAX_ASKED, parseJournal, withAsked, withDismissed } from '../../shared/journal.ts'
import { checkIn } from './fixtures/journal.ts'

/** The problems a refused journal names, as "field: message"; [] when it is kept. */
function problems(value: unknown, prefix?: string): string[] {
  try {
    // Without a prefix the field paths start at the journal's own fields.
    if (prefix === undefined) parseJournal(value)
    else parseJournal(value, prefix)
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map(problemText)
    throw e
  }
  return []
}

/** `count` distinct real dates, one a day from 1950-01-01. */
function nights(count: number): string[] {
  const start = Date.UTC(1950, 0, 1)
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10))
}

const lab = { id: 'lab-1', kind: 'ferritin', value: 42, date: '2026-11-01' }
const medicine = { id: 'med-1', name: 'Magnesium glycinate', kind: 'supplement' }

describe('a saved journal', () => {
  it('starts empty, with every list present', () => {
    expect(emptyJournal()).toStrictEqual({
      checkIns: {},
      labs: [],
      medicines: [],
      dismissedPrompts: [],
      travelNights: [],
      checkInAsked: [],
    })
    expect(parseJournal(emptyJournal())).toStrictEqual(emptyJournal())
  })

  it('keeps what the person recorded', () => {
    const journal = {
      checkIns: { '2026-11-24': checkIn(4) },
      labs: [lab],
      medicines: [medicine],
      dismissedPrompts: ['ferritin-low:2026-11'],
      travelNights: ['2026-11-20'],
      checkInAsked: ['2026-11-24'],
    }
    expect(parseJournal(journal)).toStrictEqual(journal)
  })

  it('refuses a missing list or an unknown field, naming it under the given prefix', () => {
    const { labs: _, ...noLabs } = emptyJournal()
    expect(problems(noLabs, 'journal')).toEqual([expect.stringMatching(/^journal\.labs: /)])
    expect(problems({ ...emptyJournal(), extra: 1 }, 'journal')).toEqual([
      expect.stringMatching(/^journal: .*extra/),
    ])
  })

  it('names a night that is not text, or not a real date', () => {
    expect(problems({ ...emptyJournal(), travelNights: [20261124] })).toEqual([
      'travelNights[0]: expected a night as YYYY-MM-DD, got 20261124',
    ])
    expect(problems({ ...emptyJournal(), checkInAsked: ['2026-02-30'] })).toEqual([
      'checkInAsked[0]: expected a night as a real date YYYY-MM-DD, got "2026-02-30"',
    ])
  })

  it('names a dismissed prompt that is not a prompt id', () => {
    expect(problems({ ...emptyJournal(), dismissedPrompts: ['Ferritin Low!'] })).toEqual([
      'dismissedPrompts[0]: expected a prompt id, got "Ferritin Low!"',
    ])
  })
})

describe('how much a journal may hold', () => {
  it('at most 40,000 check-ins', () => {
    const at = (n: number) => Object.fromEntries(nights(n).map((night) => [night, checkIn(3)]))
    expect(problems({ ...emptyJournal(), checkIns: at(40_000) })).toEqual([])
    expect(problems({ ...emptyJournal(), checkIns: at(40_001) })).toEqual([
      'checkIns: expected at most 40000 check-ins',
    ])
  })

  it('at most 40,000 travel nights', () => {
    expect(problems({ ...emptyJournal(), travelNights: nights(40_000) })).toEqual([])
    expect(problems({ ...emptyJournal(), travelNights: nights(40_001) })).toEqual([
      'travelNights: expected at most 40000 travel nights',
    ])
  })

  it('at most 5,000 lab entries and 500 medicines', () => {
    expect(problems({ ...emptyJournal(), labs: Array(5_000).fill(lab) })).toEqual([])
    expect(problems({ ...emptyJournal(), labs: Array(5_001).fill(lab) })).toEqual([
      'labs: expected at most 5000 lab entries',
    ])
    expect(problems({ ...emptyJournal(), medicines: Array(500).fill(medicine) })).toEqual([])
    expect(problems({ ...emptyJournal(), medicines: Array(501).fill(medicine) })).toEqual([
      'medicines: expected at most 500 medicines',
    ])
  })

  it('at most 1,000 dismissed prompts and 60 asked-for mornings', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `prompt-${i}`)
    expect(problems({ ...emptyJournal(), dismissedPrompts: ids(1_000) })).toEqual([])
    expect(problems({ ...emptyJournal(), dismissedPrompts: ids(1_001) })).toEqual([
      'dismissedPrompts: expected at most 1000 dismissed prompts',
    ])
    expect(MAX_ASKED).toBe(60)
    expect(problems({ ...emptyJournal(), checkInAsked: nights(60) })).toEqual([])
    expect(problems({ ...emptyJournal(), checkInAsked: nights(61) })).toEqual([
      'checkInAsked: expected at most 60 nights',
    ])
  })
})

describe('mornings already asked for a check-in', () => {
  it('a night asked about again is not added twice', () => {
    expect(withAsked(['2026-11-23', '2026-11-24'], '2026-11-23')).toEqual(['2026-11-23', '2026-11-24'])
  })

  it('a new night joins the list in date order and leaves the given list alone', () => {
    const asked = ['2026-11-22', '2026-11-24']
    expect(withAsked(asked, '2026-11-23')).toEqual(['2026-11-22', '2026-11-23', '2026-11-24'])
    expect(asked).toEqual(['2026-11-22', '2026-11-24'])
  })

  it('past 60 nights the oldest are forgotten', () => {
    const sixty = nights(60)
    const next = withAsked(sixty, '2000-01-01')
    expect(next).toHaveLength(60)
    expect(next[0]).toBe(sixty[1])
    expect(next.at(-1)).toBe('2000-01-01')
  })
})

describe('dismissed doctor prompts', () => {
  it('a prompt dismissed again is not added twice, and the given list is left alone', () => {
    const dismissed = ['ferritin-low']
    const same = withDismissed(dismissed, 'ferritin-low')
    expect(same).toEqual(['ferritin-low'])
    same.push('x')
    expect(dismissed).toEqual(['ferritin-low'])
  })

  it('a new dismissal goes last; past 1,000 the oldest dismissals are forgotten first', () => {
    expect(withDismissed(['a'], 'b')).toEqual(['a', 'b'])
    const full = Array.from({ length: 1_000 }, (_, i) => `prompt-${i}`)
    const next = withDismissed(full, 'newest')
    expect(next).toHaveLength(1_000)
    expect(next[0]).toBe('prompt-1')
    expect(next.at(-1)).toBe('newest')
  })
})
