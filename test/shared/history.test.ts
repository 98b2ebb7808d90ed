import { describe, expect, it } from 'vitest'
import { CHART_RANGES } from '../../shared/chart-ranges.ts'
import { calendarCells, chartSeries, nightState } from '../../shared/history.ts'
import { checkIn, complete, incomplete, night, paused } from './fixtures/journal.ts'

describe('nightState', () => {
  it('tells complete, incomplete, neutral and empty nights apart', () => {
    expect(nightState(complete(), false)).toBe('complete')
    expect(nightState(incomplete(), false)).toBe('incomplete')
    expect(nightState(paused(), false)).toBe('neutral')
    expect(nightState(complete(), true)).toBe('neutral')
    expect(nightState(undefined, true)).toBe('neutral')
    expect(nightState(undefined, false)).toBe('empty')
  })

  it('counts a night with only a check-in as data, so it is incomplete rather than empty', () => {
    expect(nightState({ checkIn: checkIn(3), planned: ['magnesium'] }, false)).toBe('incomplete')
  })
})

describe('calendarCells', () => {
  const history = {
    '2026-03-28': { ...night(['warm-bath'], ['warm-bath', 'magnesium']), checkIn: checkIn(6) },
    '2026-03-29': complete({ checkIn: checkIn(2) }),
    '2026-03-31': paused(),
  }

  it('gives one cell per night across a DST change, with steps done, total and severity', () => {
    const cells = calendarCells(history, '2026-03-27', '2026-04-01', ['2026-03-30'])
    expect(cells.map((c) => c.night)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ])
    expect(cells[0]).toEqual({
      night: '2026-03-27',
      done: 0,
      total: 0,
      state: 'empty',
      paused: false,
      travel: false,
    })
    expect(cells[1]).toMatchObject({ done: 1, total: 2, state: 'incomplete', severity: 6, sleepQuality: 4 })
    expect(cells[2]).toMatchObject({ done: 5, total: 5, state: 'complete', severity: 2 })
    expect(cells[3]).toMatchObject({ state: 'neutral', travel: true })
    expect(cells[4]).toMatchObject({ state: 'neutral', paused: true })
    expect(cells[5]?.severity).toBeUndefined()
  })

  it('refuses a range that runs backwards, naming it', () => {
    expect(() => calendarCells(history, '2026-04-01', '2026-03-01')).toThrow(
      /^to: expected a night on or after/,
    )
    expect(() => calendarCells(history, '2026-13-01', '2026-03-01')).toThrow(/^from:/)
  })
})

describe('chartSeries', () => {
  it('offers 30, 90 and 365 nights', () => {
    expect(CHART_RANGES).toEqual([30, 90, 365])
  })

  it('has one point per night ending at the last night, null where there was no check-in', () => {
    const history = {
      '2026-11-24': complete({ checkIn: checkIn(3, { sleepQuality: 8 }) }),
      '2026-11-20': { checkIn: checkIn(7), planned: [] },
      '2026-10-01': complete({ checkIn: checkIn(9) }),
    }
    const { severity, sleepQuality } = chartSeries(history, '2026-11-24', 30)
    expect(severity).toHaveLength(30)
    expect(severity[0]?.night).toBe('2026-10-26')
    expect(severity.at(-1)).toEqual({ night: '2026-11-24', value: 3 })
    expect(sleepQuality.at(-1)).toEqual({ night: '2026-11-24', value: 8 })
    expect(severity.find((p) => p.night === '2026-11-20')?.value).toBe(7)
    expect(severity.filter((p) => p.value !== null)).toHaveLength(2)
  })

  it('spans a leap year with 365 consecutive nights', () => {
    const points = chartSeries({}, '2028-12-31', 365).severity
    expect(points[0]?.night).toBe('2028-01-02')
    expect(points.some((p) => p.night === '2028-02-29')).toBe(true)
    expect(new Set(points.map((p) => p.night)).size).toBe(365)
  })

  it('names a bad day count', () => {
    expect(() => chartSeries({}, '2026-11-24', 0)).toThrow(/^days:/)
  })
})
