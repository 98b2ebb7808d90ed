// The augmentation prompt's own rules: which treatment-log entries count for the latest window (to the day),
// how minutes are written, and what a dismissal covers (one 4-week period). The signs are in augmentation.test.ts.
import { describe, expect, it } from 'vitest'
import { augmentationSigns, WINDOW_NIGHTS } from '../../shared/augmentation.ts'
import {
  augmentationFindings,
  augmentationPrompts,
  dopamineOnLog,
  formatMinutes,
} from '../../shared/augmentation-prompt.ts'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import type { MedicineEntry } from '../../shared/medicines.ts'
import { checkIn } from './fixtures/journal.ts'

const LAST = '2026-11-24'
const FROM = '2026-10-28' // the first night of the 4-week window ending LAST

/** Two 4-week windows ending `last`: onset at 22:30 in the first, 20:00 in the second (2 h 30 min earlier). */
function creeping(last = LAST, extra: (latest: boolean) => Partial<CheckIn> = () => ({})) {
  const out: Record<string, CheckIn> = {}
  const end = dayNumber(last)
  for (let i = 0; i < 2 * WINDOW_NIGHTS; i++) {
    const latest = i >= WINDOW_NIGHTS
    out[dateFromDayNumber(end - 2 * WINDOW_NIGHTS + 1 + i)] = {
      ...checkIn(5, { onset: 'evening' }),
      onsetTime: latest ? '20:00' : '22:30',
      ...extra(latest),
    }
  }
  return out
}

const pramipexole = (rls: MedicineEntry['rls'] = { doseChanges: [] }, startedOn?: string): MedicineEntry => ({
  id: 'm1',
  name: 'Pramipexole',
  kind: 'medicine',
  ...(startedOn ? { startedOn } : {}),
  rls,
})

describe('a dopamine-type medicine on the log for the latest window', () => {
  const counts = (m: MedicineEntry) => dopamineOnLog([m], FROM, LAST).length === 1

  it('counts one started on the window’s last night, not one started the day after', () => {
    expect(counts(pramipexole(undefined, LAST))).toBe(true)
    expect(counts(pramipexole(undefined, '2026-11-25'))).toBe(false)
  })

  it('counts one stopped on the window’s first night, not one stopped the day before', () => {
    expect(counts(pramipexole({ doseChanges: [], stoppedOn: FROM }))).toBe(true)
    expect(counts(pramipexole({ doseChanges: [], stoppedOn: '2026-10-27' }))).toBe(false)
  })

  it('counts one with no start or stop date as taken throughout', () => {
    expect(counts(pramipexole())).toBe(true)
    expect(augmentationPrompts(creeping(), [pramipexole()])[0]?.kind).toBe('augmentation')
  })
})

describe('minutes as the person reads them', () => {
  it('writes whole hours, minutes under an hour, and both, rounded to the minute', () => {
    expect(formatMinutes(45)).toBe('45 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(150)).toBe('2 h 30 min')
    expect(formatMinutes(179.6)).toBe('3 h')
  })
})

describe('the prompt', () => {
  it('gives each sign as its own sentence, one space apart', () => {
    const checkIns = creeping(LAST, (latest) => ({ bodyParts: latest ? ['legs', 'arms'] : ['legs'] }))
    const findings = augmentationFindings(augmentationSigns(checkIns, LAST))
    expect(findings).toHaveLength(2)
    expect(augmentationPrompts(checkIns, [])[0]?.reason).toBe(`${findings[0]} ${findings[1]}`)
  })

  it('can be dismissed, with or without a dopamine-type medicine', () => {
    expect(augmentationPrompts(creeping(), [pramipexole()])[0]?.dismissible).toBe(true)
    expect(augmentationPrompts(creeping(), [])[0]?.dismissible).toBe(true)
  })

  it('keeps one id for 28 nights in a row, so a dismissal lasts one 4-week period and then the prompt returns', () => {
    for (const [kind, medicines] of [
      ['augmentation', [pramipexole()]],
      ['symptoms-changing', []],
    ] as const) {
      const ids = Array.from({ length: 3 * WINDOW_NIGHTS }, (_, i) => {
        const last = dateFromDayNumber(dayNumber(LAST) + i)
        return augmentationPrompts(creeping(last), medicines)[0]?.id ?? ''
      })
      for (const id of ids) expect(id).toMatch(new RegExp(`^${kind}:\\d+$`))
      const runs: number[] = []
      ids.forEach((id, i) => {
        if (i > 0 && id === ids[i - 1]) runs[runs.length - 1] = (runs.at(-1) ?? 0) + 1
        else runs.push(1)
      })
      // 84 nights cross three or four periods; every period wholly inside them lasts 28 nights.
      expect(new Set(ids).size).toBe(runs.length)
      expect(runs.slice(1, -1).every((run) => run === WINDOW_NIGHTS)).toBe(true)
      expect(runs.length).toBeGreaterThanOrEqual(3)
    }
  })
})
