// Properties over many nights and zones: order, exact elapsed offsets, and lossless instant strings.
import fc from 'fast-check'
import { Temporal } from 'temporal-polyfill'
import { describe, expect, it } from 'vitest'
import { formatHHMM } from '../../shared/hhmm.ts'
import { instantMs, nightOf } from '../../shared/night.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
]

const night = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const zone = fc.constantFrom(...ZONES)
const minutes = fc.integer({ min: 0, max: 1439 })

const settingsArb = fc
  .record({
    bedtime: minutes,
    offsets: fc.array(fc.integer({ min: -720, max: 0 }), { minLength: 0, maxLength: 6 }),
    clocks: fc.array(minutes, { minLength: 0, maxLength: 4 }),
  })
  .map(({ bedtime, offsets, clocks }): Settings => {
    const s = defaultSettings()
    s.bedtime = formatHHMM(bedtime)
    s.steps = [
      ...offsets.map((offsetMinutes, i) => ({
        id: `custom-${i + 1}`,
        title: `Relative ${i}`,
        enabled: true,
        anchor: 'bedtime' as const,
        offsetMinutes,
      })),
      ...clocks.map((m, i) => ({
        id: `custom-${i + 20}`,
        title: `Clock ${i}`,
        enabled: true,
        anchor: 'clock' as const,
        time: formatHHMM(m),
      })),
    ]
    return s
  })

describe('planNight properties', () => {
  it('steps are always in time order', () => {
    fc.assert(
      fc.property(settingsArb, night, zone, (s, n, z) => {
        const at = planNight(s, n, z).steps.map((p) => instantMs(p.at))
        for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThanOrEqual(at[i - 1] ?? 0)
      }),
      { numRuns: 300 },
    )
  })

  it('bedtime-relative steps sit at exact elapsed offsets from the bedtime instant', () => {
    fc.assert(
      fc.property(settingsArb, night, zone, (s, n, z) => {
        const plan = planNight(s, n, z)
        const bed = instantMs(plan.bedtime)
        for (const step of s.steps) {
          if (step.anchor !== 'bedtime') continue
          const planned = plan.steps.find((p) => p.id === step.id)
          expect(instantMs(planned?.at ?? '')).toBe(bed + step.offsetMinutes * 60_000)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('every instant string round-trips and carries a numeric offset, never Z', () => {
    fc.assert(
      fc.property(settingsArb, night, zone, (s, n, z) => {
        const plan = planNight(s, n, z)
        for (const iso of [plan.bedtime, ...plan.steps.flatMap((p) => [p.at, p.until ?? p.at])]) {
          expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/)
          const back = Temporal.Instant.from(iso).toZonedDateTimeISO(z)
          expect(back.toString({ timeZoneName: 'never', smallestUnit: 'second' })).toBe(iso)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('the bedtime (and every clock step) belongs to its own night by the noon rule', () => {
    fc.assert(
      fc.property(settingsArb, night, zone, (s, n, z) => {
        const plan = planNight(s, n, z)
        expect(nightOf(plan.bedtime, z)).toBe(n)
        for (const p of plan.steps) if (p.anchor === 'clock') expect(nightOf(p.at, z)).toBe(n)
      }),
      { numRuns: 300 },
    )
  })

  it('a wall time shows its own HH:MM unless it fell in a DST gap (then it moved forward)', () => {
    fc.assert(
      fc.property(minutes, night, zone, (m, n, z) => {
        const s = { ...defaultSettings(), bedtime: formatHHMM(m) }
        const local = planNight(s, n, z).bedtime.slice(11, 16)
        if (local !== s.bedtime) {
          const shiftedBy = (Number(local.slice(0, 2)) * 60 + Number(local.slice(3)) - m + 1440) % 1440
          expect(shiftedBy).toBeGreaterThan(0)
          expect(shiftedBy).toBeLessThanOrEqual(60)
        }
      }),
      { numRuns: 1000 },
    )
  })
})
