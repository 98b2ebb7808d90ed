// The evening steps' defaults and words, checked against /work/shared/PROTOCOL.md: the expected values
// below are written from the protocol text, not read back from shared/protocol.ts.
import { describe, expect, it } from 'vitest'
import {
  CATALOGUE,
  DISCLAIMER,
  defaultStepSettings,
  describeStep,
  disclaimer,
  LIBRARY_STEP_IDS,
  stepKind,
} from '../../shared/protocol.ts'
import { stepSettingSchema } from '../../shared/settings.ts'

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const clock = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`

describe('the default evening (PROTOCOL.md, bedtime 22:30)', () => {
  it('puts the five core steps at 18:30, 19:00, 21:30, 21:50 and 22:15', () => {
    const bed = minutes('22:30')
    const times = defaultStepSettings().map((s) =>
      s.anchor === 'clock' ? s.time : clock(bed + (s.offsetMinutes ?? Number.NaN)),
    )
    expect(times).toEqual(['18:30', '19:00', '21:30', '21:50', '22:15'])
  })
})

describe('library steps, as added to the evening', () => {
  it('are each a valid step setting under their own id, switched on', () => {
    for (const id of LIBRARY_STEP_IDS) {
      const defaults = CATALOGUE[id]?.defaults
      expect(stepSettingSchema.safeParse(defaults).success).toBe(true)
      expect(defaults?.id).toBe(id)
      expect(defaults?.enabled).toBe(true)
    }
  })

  it('offer yoga, compression socks, side sleeping, a caffeine cut-off and no alcohol or nicotine', () => {
    expect([...LIBRARY_STEP_IDS].sort()).toEqual([
      'caffeine-cutoff',
      'compression-socks',
      'evening-yoga',
      'no-alcohol-nicotine',
      'side-sleeping',
    ])
  })

  it('place gentle yoga after the vigorous-exercise cut-off (bedtime − 4 h) and before bed, for 20 minutes', () => {
    expect(CATALOGUE['evening-yoga']?.defaults).toEqual({
      id: 'evening-yoga',
      enabled: true,
      anchor: 'bedtime',
      offsetMinutes: -120,
      durationMinutes: 20,
    })
  })

  it('put side sleeping with a pillow at bedtime itself', () => {
    expect(CATALOGUE['side-sleeping']?.defaults).toEqual({
      id: 'side-sleeping',
      enabled: true,
      anchor: 'bedtime',
      offsetMinutes: 0,
    })
  })

  it('stop caffeine at 14:00, well before the diary’s "caffeine after 17:00" mark', () => {
    expect(CATALOGUE['caffeine-cutoff']?.defaults).toEqual({
      id: 'caffeine-cutoff',
      enabled: true,
      anchor: 'clock',
      time: '14:00',
    })
  })

  it('put compression socks on and alcohol and nicotine away at 18:00, in the evening', () => {
    for (const id of ['compression-socks', 'no-alcohol-nicotine']) {
      expect(CATALOGUE[id]?.defaults).toEqual({ id, enabled: true, anchor: 'clock', time: '18:00' })
    }
  })

  it('treat the caffeine and alcohol cut-offs as rules that hold from their time on, the rest as tasks', () => {
    expect(stepKind('caffeine-cutoff')).toBe('rule')
    expect(stepKind('no-alcohol-nicotine')).toBe('rule')
    expect(stepKind('exercise-cutoff')).toBe('rule')
    expect(stepKind('evening-yoga')).toBe('task')
    expect(stepKind('warm-bath')).toBe('task')
    expect(stepKind('custom-1')).toBe('task')
  })
})

describe('a step’s words name its own times', () => {
  it('a clock step with no plan at hand names its own set time', () => {
    expect(describeStep({ id: 'caffeine-cutoff', anchor: 'clock', time: '15:30' }).instruction).toBe(
      'From 15:30 on, switch to caffeine-free drinks.',
    )
    expect(describeStep({ id: 'no-alcohol-nicotine', anchor: 'clock', time: '18:00' }).instruction).toBe(
      'From 18:00 on, skip alcohol and nicotine for the evening.',
    )
  })

  it('a clock step with an end time names both', () => {
    expect(
      describeStep({ id: 'warm-socks', anchor: 'clock', time: '19:00', untilTime: '20:00' }).instruction,
    ).toBe('Put on warm socks or wrap your legs, some time between 19:00 and 20:00.')
  })

  it('warm socks moved to a single time name that time alone', () => {
    expect(describeStep({ id: 'warm-socks' }, { at: '18:45' }).instruction).toBe(
      'Put on warm socks or wrap your legs at 18:45.',
    )
  })

  it('a bedtime step with no plan at hand keeps the catalogue words without times', () => {
    expect(describeStep({ id: 'magnesium', anchor: 'bedtime', offsetMinutes: -40 }).instruction).toBe(
      '300–400 mg, 30–60 minutes before bed.',
    )
  })

  it('a clock step with no time set keeps the catalogue words without times', () => {
    expect(describeStep({ id: 'caffeine-cutoff', anchor: 'clock' }).instruction).toBe(
      'Switch to caffeine-free drinks for the rest of the day.',
    )
  })

  it('magnesium at a time with no bedtime distance names only the time', () => {
    expect(describeStep({ id: 'magnesium' }, { at: '21:50' }).instruction).toBe('300–400 mg at 21:50.')
  })

  it('a bath of the default 20 minutes reads as the protocol’s 15–20; another length reads as itself', () => {
    const bath = (durationMinutes?: number) =>
      describeStep(
        { id: 'warm-bath' },
        durationMinutes === undefined ? { at: '21:30' } : { at: '21:30', durationMinutes },
      ).instruction
    const protocol =
      '15–20 minutes at 40–42 °C (104–108 °F), from 21:30. You can finish with cool water on your legs.'
    expect(bath()).toBe(protocol)
    expect(bath(20)).toBe(protocol)
    expect(bath(30)).toBe(
      '30 minutes at 40–42 °C (104–108 °F), from 21:30. You can finish with cool water on your legs.',
    )
  })

  it('a custom step with no title of its own is shown by its id, with no instruction or why', () => {
    expect(describeStep({ id: 'custom-3', title: undefined, instruction: undefined })).toEqual({
      title: 'custom-3',
      instruction: '',
      why: '',
    })
  })
})

describe('the disclaimer', () => {
  it('reads, in English, as the English disclaimer saying this is not medical advice', () => {
    expect(disclaimer()).toBe(DISCLAIMER)
    expect(disclaimer()).toMatch(/not medical advice/)
  })
})
