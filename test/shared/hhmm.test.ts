// Wall-clock times as people type them: HH:MM on a 24-hour clock, wrapping around midnight.
import { describe, expect, it } from 'vitest'
import { clockOf, formatHHMM, isHHMM, parseHHMM, shiftHHMM } from '../../shared/hhmm.ts'

describe('recognising HH:MM', () => {
  it.each(['00:00', '09:05', '23:59'])('%s is a time', (text) => {
    expect(isHHMM(text)).toBe(true)
  })

  it.each(['24:00', '9:05', '22:60', '22:300', '22:30 ', 'x22:30', ''])('"%s" is not', (text) => {
    expect(isHHMM(text)).toBe(false)
  })

  it('something that is not text is not a time, even when it prints like one', () => {
    expect(isHHMM(1230)).toBe(false)
    expect(isHHMM(undefined)).toBe(false)
    expect(isHHMM({ toString: () => '22:30' })).toBe(false)
  })
})

describe('reading HH:MM', () => {
  it('gives minutes since midnight', () => {
    expect(parseHHMM('00:00')).toBe(0)
    expect(parseHHMM('22:30')).toBe(1350)
    expect(parseHHMM('23:59')).toBe(1439)
  })

  it('refuses trailing text, naming the field and what was expected', () => {
    expect(() => parseHHMM('22:305', 'bedtime')).toThrow(
      'bedtime: expected HH:MM (00:00–23:59), got "22:305"',
    )
  })

  it('calls the field "time" when the caller does not name it', () => {
    expect(() => parseHHMM('25:00')).toThrow('time: expected HH:MM (00:00–23:59), got "25:00"')
  })
})

describe('writing minutes as HH:MM', () => {
  it('wraps past midnight in both directions', () => {
    expect(formatHHMM(1350)).toBe('22:30')
    expect(formatHHMM(1440 + 75)).toBe('01:15')
    expect(formatHHMM(-30)).toBe('23:30')
    expect(formatHHMM(-1440 - 60)).toBe('23:00')
  })

  it('rounds to the nearest minute', () => {
    expect(formatHHMM(90.6)).toBe('01:31')
  })

  it('shifting a time moves it by the minutes given, across midnight', () => {
    expect(shiftHHMM('23:50', 20)).toBe('00:10')
    expect(shiftHHMM('00:10', -20)).toBe('23:50')
    expect(shiftHHMM('21:00', 45)).toBe('21:45')
  })
})

describe('the clock of a plan instant', () => {
  it('reads the wall-clock time written in the instant, and leaves anything else unchanged', () => {
    expect(clockOf('2026-11-24T21:50:00+01:00')).toBe('21:50')
    expect(clockOf('not a time')).toBe('not a time')
  })
})
