import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCheckIn } from '../../shared/checkin.ts'
import { hasDiaryAnswers, type SleepDiary, sleepNumbers, usualTimes } from '../../shared/sleep-diary.ts'
import { checkIn } from './fixtures/journal.ts'

const clock = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

describe('total sleep time and sleep efficiency', () => {
  it('follows the Consensus Sleep Diary: (final wake − trying to sleep) − latency − awake, ÷ time in bed', () => {
    const diary: SleepDiary = {
      inBed: '22:30',
      triedToSleep: '23:00',
      minutesToFallAsleep: 30,
      awakenings: 2,
      minutesAwake: 45,
      finalWake: '06:30',
      outOfBed: '07:00',
    }
    // In bed 8 h 30 = 510 min; asleep window 7 h 30 = 450 − 30 − 45 = 375 min; 375 / 510 = 73.5 %.
    expect(sleepNumbers(diary)).toEqual({ timeInBed: 510, totalSleep: 375, efficiency: 74 })
  })

  it('needs both into bed and out of bed; blanks otherwise read as none', () => {
    expect(sleepNumbers(undefined)).toBeNull()
    expect(sleepNumbers({ inBed: '23:00' })).toBeNull()
    expect(sleepNumbers({ inBed: '23:00', outOfBed: '07:00' })).toEqual({
      timeInBed: 480,
      totalSleep: 480,
      efficiency: 100,
    })
  })

  it('handles a bedtime after midnight and a day sleeper’s morning bedtime by the noon rule', () => {
    expect(sleepNumbers({ inBed: '01:15', outOfBed: '09:15' })?.timeInBed).toBe(480)
    expect(sleepNumbers({ inBed: '12:00', outOfBed: '11:59' })?.timeInBed).toBe(1439)
    expect(sleepNumbers({ inBed: '07:00', outOfBed: '06:00' })).toBeNull()
  })

  it('keeps efficiency within 0–100 % and TST within the time in bed, whatever the answers', () => {
    const time = fc.integer({ min: 0, max: 1439 }).map(clock)
    const minutes = fc.option(fc.integer({ min: 0, max: 720 }), { nil: undefined })
    const maybeTime = fc.option(time, { nil: undefined })
    fc.assert(
      fc.property(
        time,
        time,
        maybeTime,
        maybeTime,
        minutes,
        minutes,
        (inBed, outOfBed, tried, wake, sol, waso) => {
          const diary: SleepDiary = { inBed, outOfBed }
          if (tried) diary.triedToSleep = tried
          if (wake) diary.finalWake = wake
          if (sol !== undefined) diary.minutesToFallAsleep = sol
          if (waso !== undefined) diary.minutesAwake = waso
          const n = sleepNumbers(diary)
          if (n === null) return
          expect(n.totalSleep).toBeGreaterThanOrEqual(0)
          expect(n.totalSleep).toBeLessThanOrEqual(n.timeInBed)
          expect(n.efficiency).toBeGreaterThanOrEqual(0)
          expect(n.efficiency).toBeLessThanOrEqual(100)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('more minutes awake never means more sleep', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 20 }), (waso, more) => {
        const base = { inBed: '22:00', outOfBed: '08:00' }
        const a = sleepNumbers({ ...base, minutesAwake: waso })
        const b = sleepNumbers({ ...base, minutesAwake: waso + more })
        expect(b?.totalSleep ?? 0).toBeLessThanOrEqual(a?.totalSleep ?? 0)
      }),
    )
  })
})

describe('usual times', () => {
  it('offers the most frequent recent answer per time, ties going to the latest', () => {
    expect(
      usualTimes([
        { inBed: '22:30', outOfBed: '07:00' },
        undefined,
        { inBed: '23:00', outOfBed: '07:00' },
        { inBed: '22:30', finalWake: '06:45' },
        { inBed: '23:30' },
      ]),
    ).toEqual({ inBed: '22:30', outOfBed: '07:00', finalWake: '06:45' })
    expect(usualTimes([{ inBed: '22:30' }, { inBed: '23:00' }])).toEqual({ inBed: '23:00' })
    expect(usualTimes([])).toEqual({})
  })

  it('an untouched diary has no answers', () => {
    expect(hasDiaryAnswers({})).toBe(false)
    expect(hasDiaryAnswers(undefined)).toBe(false)
    expect(hasDiaryAnswers({ caffeineAfter17: false })).toBe(true)
  })
})

describe('the check-in keeps old entries valid and checks new answers', () => {
  it('accepts a check-in without any of the new fields', () => {
    expect(parseCheckIn(checkIn(3))).toEqual(checkIn(3))
  })

  it('names the bad field in the diary and the augmentation answers', () => {
    const bad = {
      ...checkIn(3),
      onsetTime: '25:00',
      bodyParts: ['legs', 'legs'],
      restBeforeSymptoms: 'forever',
      diary: { minutesAwake: 800, inBed: '7pm' },
    }
    expect(() => parseCheckIn(bad)).toThrow(/onsetTime: expected HH:MM/)
    expect(() => parseCheckIn(bad)).toThrow(/bodyParts: expected each body part once/)
    expect(() => parseCheckIn(bad)).toThrow(/restBeforeSymptoms: expected one of under15/)
    expect(() => parseCheckIn(bad)).toThrow(/diary.minutesAwake: expected a whole number from 0 to 720/)
    expect(() => parseCheckIn(bad)).toThrow(/diary.inBed: expected HH:MM/)
  })
})
