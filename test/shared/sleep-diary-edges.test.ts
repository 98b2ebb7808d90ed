// The sleep diary's edges: a time that is not HH:MM is refused by name, cleared answers count as none, and
// the usual times come from the newest check-ins before the night only.
import { describe, expect, it } from 'vitest'
import {
  hasDiaryAnswers,
  type SleepDiary,
  sleepNumbers,
  USUAL_FROM_CHECK_INS,
  usualTimes,
  usualTimesBefore,
} from '../../shared/sleep-diary.ts'

describe('sleep numbers from an unchecked diary', () => {
  it('name the time that is not HH:MM', () => {
    const night: SleepDiary = { inBed: '23:00', outOfBed: '07:00' }
    expect(() => sleepNumbers({ ...night, inBed: '11pm' })).toThrow(
      'inBed: expected HH:MM (00:00–23:59), got "11pm"',
    )
    expect(() => sleepNumbers({ ...night, outOfBed: '7am' })).toThrow(
      'outOfBed: expected HH:MM (00:00–23:59), got "7am"',
    )
    expect(() => sleepNumbers({ ...night, triedToSleep: '23.15' })).toThrow(
      'triedToSleep: expected HH:MM (00:00–23:59), got "23.15"',
    )
    expect(() => sleepNumbers({ ...night, finalWake: '6:45' })).toThrow(
      'finalWake: expected HH:MM (00:00–23:59), got "6:45"',
    )
  })
})

describe('diary answers', () => {
  it('a diary whose answers were all cleared has none', () => {
    expect(hasDiaryAnswers({ inBed: undefined, minutesAwake: undefined })).toBe(false)
    expect(hasDiaryAnswers({ inBed: undefined, awakenings: 0 })).toBe(true)
  })

  it('usual times leave out a time never answered instead of offering it blank', () => {
    expect(usualTimes([{ inBed: '22:30' }, { minutesAwake: 10 }])).toStrictEqual({ inBed: '22:30' })
    expect(usualTimes([undefined, {}])).toStrictEqual({})
  })
})

describe('usual times before a night', () => {
  const night = (day: number) => `2026-11-${String(day).padStart(2, '0')}`

  it('come from check-ins of earlier nights only, never the night itself or later ones', () => {
    const checkIns = {
      [night(20)]: { diary: { inBed: '22:00' } },
      [night(24)]: { diary: { inBed: '23:30' } },
      [night(25)]: { diary: { inBed: '23:30' } },
      [night(21)]: {},
    }
    expect(usualTimesBefore(checkIns, night(24))).toStrictEqual({ inBed: '22:00' })
    expect(usualTimesBefore(checkIns, night(20))).toStrictEqual({})
  })

  it(`come from the newest ${USUAL_FROM_CHECK_INS} earlier check-ins, whatever order they are stored in`, () => {
    // Nights 1–16, stored newest first. The newest 14 (nights 3–16) hold 22:00 eight times and 23:00 six
    // times. Counting all 16, the oldest 14, or only the newest two would each offer 23:00 instead.
    const inBedOn = (day: number) => ((day >= 3 && day <= 9) || day === 15 ? '22:00' : '23:00')
    const checkIns: Record<string, { diary?: SleepDiary }> = {}
    for (let day = 16; day >= 1; day--) checkIns[night(day)] = { diary: { inBed: inBedOn(day) } }
    expect(usualTimesBefore(checkIns, night(17))).toStrictEqual({ inBed: '22:00' })
  })
})
