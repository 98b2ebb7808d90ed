// History maths at its edges: the longest range it draws, a range of one night, nights with a check-in but no
// evening record, and the sleep-diary series the charts plot in hours.
import { describe, expect, it } from 'vitest'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import {
  calendarCells,
  chartSeries,
  MAX_RANGE_NIGHTS,
  nightState,
  sleepSeries,
} from '../../shared/history.ts'
import { CORE, checkIn, complete } from './fixtures/journal.ts'

const FROM = '2000-01-01'
const nightsAfter = (night: string, n: number) => dateFromDayNumber(dayNumber(night) + n)

describe('nightState', () => {
  it('calls a night with steps planned but nothing recorded and no check-in empty, not incomplete', () => {
    expect(nightState({ planned: CORE }, false)).toBe('empty')
    expect(nightState({ planned: [] }, false)).toBe('empty')
  })
})

describe('calendarCells', () => {
  it('draws a range of one night as one cell', () => {
    const cells = calendarCells({ '2026-11-24': complete() }, '2026-11-24', '2026-11-24')
    expect(cells.map((c) => [c.night, c.state])).toEqual([['2026-11-24', 'complete']])
  })

  it('draws up to 20,000 nights and refuses one more, naming the limit and the start', () => {
    expect(MAX_RANGE_NIGHTS).toBe(20_000)
    const last = nightsAfter(FROM, 19_999)
    expect(calendarCells({}, FROM, last)).toHaveLength(20_000)
    const tooFar = nightsAfter(FROM, 20_000)
    expect(() => calendarCells({}, FROM, tooFar)).toThrow(
      `to: expected at most 20000 nights from 2000-01-01, got "${tooFar}"`,
    )
  })

  it('names the end of the range when it is not a real date', () => {
    expect(() => calendarCells({}, '2026-02-01', '2026-02-30')).toThrow(
      'to: expected a real date as YYYY-MM-DD, got "2026-02-30"',
    )
  })

  it('shows a night with only a check-in as not paused, with its ratings', () => {
    const [cell] = calendarCells(
      { '2026-11-24': { checkIn: checkIn(6), planned: CORE } },
      '2026-11-24',
      '2026-11-24',
    )
    expect(cell).toEqual({
      night: '2026-11-24',
      done: 0,
      total: 5,
      state: 'incomplete',
      paused: false,
      travel: false,
      severity: 6,
      sleepQuality: 4,
    })
  })
})

describe('chartSeries', () => {
  it('has exactly one point per night and nothing else in either series', () => {
    const history = { '2026-11-24': complete({ checkIn: checkIn(3, { sleepQuality: 8 }) }) }
    expect(chartSeries(history, '2026-11-24', 1)).toEqual({
      severity: [{ night: '2026-11-24', value: 3 }],
      sleepQuality: [{ night: '2026-11-24', value: 8 }],
    })
    expect(chartSeries(history, '2026-11-24', 2).sleepQuality).toEqual([
      { night: '2026-11-23', value: null },
      { night: '2026-11-24', value: 8 },
    ])
  })

  it('takes from 1 to 20,000 whole nights and names the count otherwise', () => {
    expect(chartSeries({}, nightsAfter(FROM, 19_999), 20_000).severity[0]?.night).toBe(FROM)
    for (const days of [0, 1.5, 20_001]) {
      expect(() => chartSeries({}, '2026-11-24', days)).toThrow(
        `days: expected a whole number from 1 to 20000, got ${days}`,
      )
    }
  })

  it('names a last night that is not a real date', () => {
    expect(() => chartSeries({}, '2026-13-01', 30)).toThrow(
      'lastNight: expected a real date as YYYY-MM-DD, got "2026-13-01"',
    )
  })
})

describe('sleepSeries', () => {
  it('gives total sleep in hours to one decimal and efficiency in %, null on nights without a diary', () => {
    const diary = { inBed: '23:00', outOfBed: '07:00', minutesAwake: 50 }
    const history = {
      '2026-11-22': complete({ checkIn: { ...checkIn(3), diary } }),
      '2026-11-23': complete({ checkIn: checkIn(3) }),
    }
    // 480 minutes in bed, 430 asleep: 7.17 h shown as 7.2, and 90 %.
    expect(sleepSeries(history, '2026-11-24', 3)).toEqual({
      totalSleep: [
        { night: '2026-11-22', value: 7.2 },
        { night: '2026-11-23', value: null },
        { night: '2026-11-24', value: null },
      ],
      efficiency: [
        { night: '2026-11-22', value: 90 },
        { night: '2026-11-23', value: null },
        { night: '2026-11-24', value: null },
      ],
    })
  })
})
