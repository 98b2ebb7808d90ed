// Edges of the augmentation watch that the main suite does not reach: medians of unsorted and even-sized
// windows, the window's exact span, answers that must not count, ties between earlier windows, and the
// arguments' refusals.
import { describe, expect, it } from 'vitest'
import {
  augmentationSigns,
  augmentationWindows,
  lastCheckInNight,
  onsetDayMinutes,
  WINDOW_NIGHTS,
} from '../../shared/augmentation.ts'
import type { CheckIn } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { checkIn } from './fixtures/journal.ts'

const LAST = '2026-11-24'

/** The night `back` nights before LAST (0 = LAST). */
const nightsBack = (back: number) => dateFromDayNumber(dayNumber(LAST) - back)

function answer(extra: Partial<CheckIn>): CheckIn {
  return { ...checkIn(5, { onset: 'evening' }), ...extra }
}

/** One check-in per value, on consecutive nights ending `back` nights before LAST, in the given order. */
function series(values: readonly Partial<CheckIn>[], back = 0): Record<string, CheckIn> {
  const out: Record<string, CheckIn> = {}
  values.forEach((extra, i) => {
    out[nightsBack(back + values.length - 1 - i)] = answer(extra)
  })
  return out
}

const onsets = (...times: string[]) => times.map((onsetTime) => ({ onsetTime }))

describe('the median of a window', () => {
  it('is the middle answer by time, whatever order the nights came in', () => {
    const w = augmentationWindows(
      series(onsets('17:00', '18:00', '19:00', '23:00', '22:00', '21:00', '20:00')),
      LAST,
      1,
    )[0]
    expect(w?.onsetMedian).toBe(onsetDayMinutes('20:00'))
  })

  it('of an even number of answers is halfway between the two middle ones', () => {
    const w = augmentationWindows(
      series(onsets('21:00', '20:00', '21:00', '20:00', '21:00', '20:00', '21:00', '20:00')),
      LAST,
      1,
    )[0]
    expect(w?.onsetMedian).toBe(onsetDayMinutes('20:30'))
    const rest = augmentationWindows(
      series(
        ['15to30', '30to60', '15to30', '30to60', '15to30', '30to60', '15to30', '30to60'].map((r) => ({
          restBeforeSymptoms: r as CheckIn['restBeforeSymptoms'],
        })),
      ),
      LAST,
      1,
    )[0]
    expect(rest?.restMedian).toBe(1.5)
  })
})

describe('what a window holds', () => {
  it('spans exactly 28 nights: the night before its first is not in it', () => {
    const thirty = series(Array.from({ length: WINDOW_NIGHTS + 2 }, () => ({ onsetTime: '21:00' })))
    const [w] = augmentationWindows(thirty, LAST, 1)
    expect(w?.from).toBe(nightsBack(WINDOW_NIGHTS - 1))
    expect(w?.onsetNights).toBe(WINDOW_NIGHTS)
  })

  it('ignores an onset time left on a night that says there were no symptoms', () => {
    const data = series([...onsets('21:00', '21:00'), { onset: 'none', onsetTime: '21:00' }])
    expect(augmentationWindows(data, LAST, 1)[0]?.onsetNights).toBe(2)
  })

  it('counts only the nights that answered "how long still"', () => {
    const data = series([{ restBeforeSymptoms: 'under15' }, {}, { restBeforeSymptoms: 'over120' }, {}])
    expect(augmentationWindows(data, LAST, 1)[0]?.restNights).toBe(2)
  })

  it('does not count an empty "where" answer as a night that answered where', () => {
    const data = series([{ bodyParts: [] }, { bodyParts: ['legs'] }, { bodyParts: [] }])
    const [w] = augmentationWindows(data, LAST, 1)
    expect(w?.locationNights).toBe(1)
    expect(w?.spreadShare).toBe(0)
    expect(augmentationWindows(series([{ bodyParts: [] }]), LAST, 1)[0]?.spreadShare).toBeNull()
  })
})

describe('a latest window too thin to judge', () => {
  it('gives no earlier-onset sign, however late the earlier windows were', () => {
    const data = {
      ...series(
        Array.from({ length: WINDOW_NIGHTS }, () => ({ onsetTime: '23:30' })),
        WINDOW_NIGHTS,
      ),
      ...series(onsets('19:00', '19:00', '19:00', '19:00', '19:00', '19:00')),
    }
    const signs = augmentationSigns(data, LAST, 2)
    expect(signs.windows[1]?.onsetMedian).toBeNull()
    expect(signs.earlierOnset).toBeNull()
  })

  it('gives no shorter-rest sign, however long the rest was before', () => {
    const data = {
      ...series(
        Array.from({ length: WINDOW_NIGHTS }, () => ({ restBeforeSymptoms: 'over120' as const })),
        WINDOW_NIGHTS,
      ),
      ...series(Array.from({ length: 6 }, () => ({ restBeforeSymptoms: 'under15' as const }))),
    }
    const signs = augmentationSigns(data, LAST, 2)
    expect(signs.windows[1]?.restMedian).toBeNull()
    expect(signs.shorterRest).toBeNull()
  })
})

describe('which earlier window a sign names', () => {
  const month = (extra: Partial<CheckIn>, windowsBack: number) =>
    series(
      Array.from({ length: WINDOW_NIGHTS }, () => extra),
      windowsBack * WINDOW_NIGHTS,
    )

  it('names the earlier window with the latest onset, the oldest of equals', () => {
    const data = {
      ...month({ onsetTime: '22:00' }, 3),
      ...month({ onsetTime: '23:00' }, 2),
      ...month({ onsetTime: '23:00' }, 1),
      ...month({ onsetTime: '20:00' }, 0),
    }
    const shift = augmentationSigns(data, LAST, 4).earlierOnset
    expect(shift?.minutes).toBe(180)
    expect(shift?.before.to).toBe(nightsBack(2 * WINDOW_NIGHTS))
  })

  it('names the earlier window with the longest rest, the oldest of equals', () => {
    const data = {
      ...month({ restBeforeSymptoms: '60to120' }, 3),
      ...month({ restBeforeSymptoms: 'over120' }, 2),
      ...month({ restBeforeSymptoms: 'over120' }, 1),
      ...month({ restBeforeSymptoms: '15to30' }, 0),
    }
    const shift = augmentationSigns(data, LAST, 4).shorterRest
    expect(shift?.buckets).toBe(3)
    expect(shift?.before.to).toBe(nightsBack(2 * WINDOW_NIGHTS))
  })
})

describe('refusals name the argument and what was expected', () => {
  it('takes 1 to 1000 whole windows', () => {
    expect(augmentationWindows({}, LAST, 1)).toHaveLength(1)
    expect(augmentationWindows({}, LAST, 1000)).toHaveLength(1000)
    for (const count of [0, 1001, 1.5]) {
      expect(() => augmentationWindows({}, LAST, count)).toThrow(
        `count: expected a whole number from 1 to 1000, got ${count}`,
      )
    }
  })

  it('names lastNight and onsetTime', () => {
    expect(() => augmentationWindows({}, '2026-02-30', 1)).toThrow(/^lastNight: /)
    expect(() => onsetDayMinutes('24:00')).toThrow('onsetTime: expected HH:MM (00:00–23:59), got "24:00"')
  })
})

describe('the last night with a check-in', () => {
  it('is the latest date, whatever order the journal lists them in', () => {
    const checkIns = { [nightsBack(0)]: answer({}), [nightsBack(9)]: answer({}), [nightsBack(3)]: answer({}) }
    expect(lastCheckInNight(checkIns)).toBe(LAST)
    expect(lastCheckInNight({})).toBeNull()
  })
})
