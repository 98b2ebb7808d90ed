import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  augmentationSigns,
  augmentationWindows,
  dayMinutesToClock,
  onsetDayMinutes,
  WINDOW_NIGHTS,
} from '../../shared/augmentation.ts'
import { augmentationFindings, augmentationPrompts } from '../../shared/augmentation-prompt.ts'
import type { BodyPart, CheckIn, RestBucket } from '../../shared/checkin.ts'
import { dateFromDayNumber, dayNumber } from '../../shared/fields.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import type { MedicineEntry } from '../../shared/medicines.ts'
import { doctorPrompts } from '../../shared/prompts.ts'
import { checkIn } from './fixtures/journal.ts'

const LAST = '2026-11-24'

function withExtras(extra: Partial<CheckIn>): CheckIn {
  return { ...checkIn(5, { onset: 'evening' }), ...extra }
}

/** Every night of the `nights` ending `last` gets the check-in `make(i)` gives (undefined = a gap). */
function nights(count: number, make: (i: number) => Partial<CheckIn> | undefined, last = LAST) {
  const out: Record<string, CheckIn> = {}
  const end = dayNumber(last)
  for (let i = 0; i < count; i++) {
    const extra = make(i)
    if (extra) out[dateFromDayNumber(end - count + 1 + i)] = withExtras(extra)
  }
  return out
}

/** Two 4-week windows ending LAST: the first with onset `before`, the second with `after`. */
function twoWindows(before: string, after: string, last = LAST) {
  return nights(2 * WINDOW_NIGHTS, (i) => ({ onsetTime: i < WINDOW_NIGHTS ? before : after }), last)
}

const pramipexole: MedicineEntry = {
  id: 'm1',
  name: 'Pramipexole',
  kind: 'medicine',
  startedOn: '2026-01-10',
  rls: { doseChanges: [] },
}

describe('onset on the symptom day (which starts at 06:00)', () => {
  it('puts afternoon before evening before after midnight', () => {
    expect(onsetDayMinutes('14:00')).toBeLessThan(onsetDayMinutes('21:00'))
    expect(onsetDayMinutes('21:00')).toBeLessThan(onsetDayMinutes('01:30'))
    expect(onsetDayMinutes('06:00')).toBe(0)
    expect(onsetDayMinutes('05:59')).toBe(24 * 60 - 1)
  })

  it('turns back into the same clock time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        const clock = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
        expect(dayMinutesToClock(onsetDayMinutes(clock))).toBe(clock)
      }),
    )
  })
})

describe('earlier onset between two 4-week windows', () => {
  it('is a sign at exactly 2 h earlier', () => {
    const signs = augmentationSigns(twoWindows('22:00', '20:00'), LAST)
    expect(signs.earlierOnset?.minutes).toBe(120)
    expect(signs.earlierOnset?.before.from).toBe('2026-09-30')
    expect(signs.earlierOnset?.latest).toMatchObject({ from: '2026-10-28', to: LAST })
    expect(signs.any).toBe(true)
  })

  it('is no sign at 1 h 59 min earlier', () => {
    const signs = augmentationSigns(twoWindows('22:00', '20:01'), LAST)
    expect(signs.earlierOnset).toBeNull()
    expect(signs.any).toBe(false)
  })

  it('is no sign when onset moves later', () => {
    expect(augmentationSigns(twoWindows('18:00', '23:00'), LAST).earlierOnset).toBeNull()
  })

  it('counts across midnight: 01:00 to 22:30 is 2 h 30 min earlier', () => {
    expect(augmentationSigns(twoWindows('01:00', '22:30'), LAST).earlierOnset?.minutes).toBe(150)
  })

  it('compares with any earlier window in the year, so a slow creep still shows', () => {
    // Six windows, each 30 min earlier than the one before: no neighbour differs by 2 h.
    const creeping = nights(6 * WINDOW_NIGHTS, (i) => ({
      onsetTime: dayMinutesToClock(onsetDayMinutes('23:00') - Math.floor(i / WINDOW_NIGHTS) * 30),
    }))
    const signs = augmentationSigns(creeping, LAST)
    expect(signs.earlierOnset?.minutes).toBe(150)
    expect(signs.earlierOnset?.before.onsetMedian).toBe(onsetDayMinutes('23:00'))
  })

  it('uses the median, so one odd early night does not make a trend', () => {
    const data = twoWindows('22:00', '22:00')
    const lastWindowNight = Object.keys(data).sort().at(-1) as string
    data[lastWindowNight] = withExtras({ onsetTime: '12:00' })
    expect(augmentationSigns(data, LAST).earlierOnset).toBeNull()
  })

  it('skips windows with fewer than 7 onset times instead of reading the gap as a change', () => {
    // The earlier window has only 6 answers; the latest is full.
    const sparse = nights(2 * WINDOW_NIGHTS, (i) =>
      i < WINDOW_NIGHTS ? (i < 6 ? { onsetTime: '23:30' } : undefined) : { onsetTime: '19:00' },
    )
    const signs = augmentationSigns(sparse, LAST)
    expect(signs.windows.at(-2)?.onsetMedian).toBeNull()
    expect(signs.earlierOnset).toBeNull()
    // A seventh answer makes it count.
    const seventh = dateFromDayNumber(dayNumber(LAST) - 2 * WINDOW_NIGHTS + 7)
    sparse[seventh] = withExtras({ onsetTime: '23:30' })
    expect(augmentationSigns(sparse, LAST).earlierOnset?.minutes).toBe(270)
  })

  it('ignores nights without symptoms and a whole missing month between windows', () => {
    const data = {
      ...nights(WINDOW_NIGHTS, () => ({ onsetTime: '23:00' }), '2026-09-02'),
      // 2026-09-03 … 2026-09-30: no check-ins at all.
      ...nights(WINDOW_NIGHTS, (i) => (i % 2 ? { onsetTime: '20:30' } : { onset: 'none' }), LAST),
    }
    const signs = augmentationSigns(data, LAST)
    expect(signs.windows.at(-2)?.onsetNights).toBe(0)
    expect(signs.windows.at(-1)?.onsetNights).toBe(14)
    expect(signs.earlierOnset?.minutes).toBe(150)
    expect(signs.earlierOnset?.before.to).toBe('2026-09-01')
  })

  it('reads DST nights by the clock: 22:00 → 20:01 across the October change is still under 2 h', () => {
    // Europe's clocks went back on 2026-10-25, inside the latest window; the answers are clock times.
    const last = '2026-11-05'
    expect(augmentationSigns(twoWindows('22:00', '20:01', last), last).earlierOnset).toBeNull()
    expect(augmentationSigns(twoWindows('22:00', '20:00', last), last).earlierOnset?.minutes).toBe(120)
  })
})

describe('spread to the arms or trunk', () => {
  const spreadOn = (count: number, part: BodyPart = 'arms') =>
    nights(WINDOW_NIGHTS, (i) => ({ bodyParts: i < count ? ['legs', part] : ['legs'] }))

  it('is a sign on 3 nights of the latest window, not on 2', () => {
    expect(augmentationSigns(spreadOn(2), LAST).spread).toBeNull()
    const signs = augmentationSigns(spreadOn(3, 'trunk'), LAST)
    expect(signs.spread?.nights).toEqual(['2026-10-28', '2026-10-29', '2026-10-30'])
  })

  it('gives the share of nights with arms or trunk among nights that answered where', () => {
    const w = augmentationWindows(spreadOn(7), LAST, 1)[0]
    expect(w?.locationNights).toBe(WINDOW_NIGHTS)
    expect(w?.spreadShare).toBeCloseTo(0.25)
    expect(augmentationWindows({}, LAST, 1)[0]?.spreadShare).toBeNull()
  })

  it('only counts the latest 4 weeks', () => {
    const old = nights(WINDOW_NIGHTS, () => ({ bodyParts: ['arms'] }), '2026-10-27')
    expect(augmentationSigns(old, LAST).spread).toBeNull()
  })
})

describe('time at rest before symptoms', () => {
  const rest = (before: RestBucket, after: RestBucket) =>
    nights(2 * WINDOW_NIGHTS, (i) => ({ restBeforeSymptoms: i < WINDOW_NIGHTS ? before : after }))

  it('is a sign two buckets shorter (1–2 h → 15–30 min), not one', () => {
    expect(augmentationSigns(rest('60to120', '15to30'), LAST).shorterRest?.buckets).toBe(2)
    expect(augmentationSigns(rest('60to120', '30to60'), LAST).shorterRest).toBeNull()
    expect(augmentationSigns(rest('15to30', 'over120'), LAST).shorterRest).toBeNull()
  })
})

describe('the prompt', () => {
  const creeping = twoWindows('22:30', '20:00')

  it('with pramipexole on the treatment log names augmentation, the dates, and the prescriber', () => {
    const [p, ...rest] = augmentationPrompts(creeping, [pramipexole])
    expect(rest).toEqual([])
    expect(p?.kind).toBe('augmentation')
    expect(p?.body).toContain('augmentation')
    expect(p?.body).toContain('prescriber')
    expect(p?.body).toContain('Do not change or stop the medicine on your own')
    expect(p?.reason).toContain('28 Oct 2026 to 24 Nov 2026')
    expect(p?.reason).toContain('2 h 30 min earlier')
    expect(p?.reason).toContain('“Pramipexole” is a dopamine-type medicine')
  })

  it('without a dopamine-type medicine on the log is the softer note', () => {
    for (const medicines of [
      [],
      [{ ...pramipexole, rls: undefined }],
      [{ ...pramipexole, name: 'Pregabalin' }],
      [{ ...pramipexole, rls: { doseChanges: [], stoppedOn: '2026-06-01' } }],
    ]) {
      const [p] = augmentationPrompts(creeping, medicines)
      expect(p?.kind).toBe('symptoms-changing')
      expect(p?.body).not.toContain('augmentation')
      expect(p?.reason).toContain('earlier')
    }
  })

  it('recognises brand names: Mirapexin, Requip, Neupro, Sinemet', () => {
    for (const name of ['Mirapexin 0.088 mg', 'Requip XL', 'Neupro patch', 'Sinemet CR']) {
      expect(augmentationPrompts(creeping, [{ ...pramipexole, name }])[0]?.kind).toBe('augmentation')
    }
  })

  it('is absent without a sign, and reaches doctorPrompts where it can be dismissed', () => {
    expect(augmentationPrompts(twoWindows('22:00', '21:00'), [pramipexole])).toEqual([])
    expect(augmentationPrompts({}, [pramipexole])).toEqual([])
    const input = {
      today: LAST,
      checkIns: creeping,
      health: { pregnant: false, kidneyDisease: false },
      labs: [],
    }
    const [p] = doctorPrompts({ ...input, medicines: [pramipexole] })
    expect(p?.kind).toBe('augmentation')
    expect(doctorPrompts({ ...input, medicines: [pramipexole], dismissed: [p?.id ?? ''] })).toEqual([])
  })

  it('rests on the last check-in: says so to the doctor, and expires two weeks after it', () => {
    const health = { pregnant: false, kidneyDisease: false }
    const input = { checkIns: creeping, health, labs: [], medicines: [pramipexole] }
    const [p] = doctorPrompts({ ...input, today: '2026-12-08' })
    expect(p?.basedOn).toBe(LAST)
    expect(p?.forDoctor).toMatch(/^Possible augmentation on /)
    expect(doctorPrompts({ ...input, today: '2026-12-08' }).map((x) => x.kind)).toContain('augmentation')
    expect(doctorPrompts({ ...input, today: '2026-12-09' }).map((x) => x.kind)).not.toContain('augmentation')
  })

  it('says every sign it saw', () => {
    const all = nights(2 * WINDOW_NIGHTS, (i) =>
      i < WINDOW_NIGHTS
        ? { onsetTime: '23:00', restBeforeSymptoms: 'over120', bodyParts: ['legs'] }
        : { onsetTime: '19:00', restBeforeSymptoms: 'under15', bodyParts: ['legs', 'arms'] },
    )
    const findings = augmentationFindings(augmentationSigns(all, LAST))
    expect(findings).toHaveLength(3)
    expect(findings[1]).toContain('arms or trunk on 28 nights')
    expect(findings[2]).toContain('under 15 minutes')
    expect(findings[2]).toContain('over 2 hours')
  })

  it('says the signs in German with German dates, and a 12-hour clock when chosen', () => {
    const all = nights(2 * WINDOW_NIGHTS, (i) =>
      i < WINDOW_NIGHTS
        ? { onsetTime: '23:00', restBeforeSymptoms: 'over120', bodyParts: ['legs'] }
        : { onsetTime: '19:00', restBeforeSymptoms: 'under15', bodyParts: ['legs', 'arms'] },
    )
    try {
      setLocale('de', 'de-DE')
      const [onset, spread, rest] = augmentationFindings(augmentationSigns(all, LAST))
      expect(onset).toBe(
        'Die Beschwerden begannen vom 28. Okt. 2026 bis 24. Nov. 2026 gegen 19:00 (Median), 4 h früher als vom 30. Sept. 2026 bis 27. Okt. 2026 gegen 23:00.',
      )
      expect(spread).toMatch(
        /^Die Beschwerden erreichten in 28 Nächten die Arme oder den Rumpf: 28\. Okt\. 2026, /,
      )
      expect(rest).toContain('unter 15 Minuten (Median)')
      expect(rest).toContain('zuvor über 2 Stunden')
      setLocale('en', 'en-US', '12h')
      expect(augmentationFindings(augmentationSigns(all, LAST))[0]).toMatch(
        /^Symptoms started around 7:00\sPM/,
      )
    } finally {
      setLocale('en', 'en-GB', 'system')
    }
  })
})

describe('properties', () => {
  it('a sign appears exactly when the latest median is at least 2 h earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (a, b) => {
        const signs = augmentationSigns(twoWindows(dayMinutesToClock(a), dayMinutesToClock(b)), LAST, 2)
        expect(signs.earlierOnset !== null).toBe(a - b >= 120)
      }),
      { numRuns: 60 },
    )
  })

  it('windows tile the look-back without overlap and end on the last night', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), (count) => {
        const windows = augmentationWindows({}, LAST, count)
        expect(windows).toHaveLength(count)
        expect(windows.at(-1)?.to).toBe(LAST)
        for (let i = 1; i < windows.length; i++) {
          expect(dayNumber(windows[i]?.from as string)).toBe(dayNumber(windows[i - 1]?.to as string) + 1)
        }
      }),
    )
  })
})
