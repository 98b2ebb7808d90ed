// The .ics export read back with an independent parser (ical.js): real instants across a DST change,
// per-weekday bedtimes, one alarm per event, UIDs that stay the same from one export to the next.
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { calendarExport, eventUid } from '../../shared/calendar-export.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'

interface ParsedEvent {
  uid: string
  summary: string
  startMs: number
  endMs: number
  alarms: { action: string; triggerSeconds: number }[]
  sequence: number
}

function parse(text: string): { events: ParsedEvent[]; description: string } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    return {
      uid: event.uid,
      summary: event.summary,
      startMs: event.startDate.toJSDate().getTime(),
      endMs: event.endDate.toJSDate().getTime(),
      sequence: event.sequence,
      alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
        action: String(alarm.getFirstPropertyValue('action')),
        triggerSeconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      })),
    }
  })
  return { events, description: String(calendar.getFirstPropertyValue('x-wr-caldesc')) }
}

// Berlin leaves summer time on Sun 25 Oct 2026; the four weeks start on Fri 16 Oct.
const FIRST = '2026-10-16'
const NOW = Date.parse('2026-10-16T09:00:00+02:00')
const ZONE = 'Europe/Berlin'
const settings: Settings = {
  ...defaultSettings(),
  bedtime: '22:30',
  // Fridays and Saturdays later.
  bedtimeByWeekday: { fri: '23:30', sat: '23:30' },
}
const exported = (nowMs = NOW, s = settings) =>
  calendarExport({ settings: s, firstNight: FIRST, timeZone: ZONE, nowMs })
const find = (events: ParsedEvent[], uid: string) => {
  const event = events.find((e) => e.uid === uid)
  if (!event) throw new Error(`no event ${uid}`)
  return event
}

describe('calendar export (.ics)', () => {
  it('covers 4 weeks of evenings, one event per enabled step, each with a display alarm at its time', () => {
    const { events } = parse(exported())
    const enabled = settings.steps.filter((s) => s.enabled).length
    expect(events).toHaveLength(28 * enabled)
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length)
    for (const e of events) expect(e.alarms).toEqual([{ action: 'DISPLAY', triggerSeconds: 0 }])
    const nights = new Set(events.map((e) => e.uid.slice(0, 10)))
    expect([...nights].sort().at(0)).toBe('2026-10-16')
    expect([...nights].sort().at(-1)).toBe('2026-11-12')
  })

  it('puts each step at its real instant on both sides of the DST change, with per-weekday bedtimes', () => {
    const { events } = parse(exported())
    // Thu 22 Oct (summer time, +02:00), everyday bedtime 22:30: magnesium 21:50.
    expect(find(events, eventUid('magnesium', '2026-10-22')).startMs).toBe(
      Date.parse('2026-10-22T21:50:00+02:00'),
    )
    // Fri 23 Oct: the Friday bedtime 23:30 moves it to 22:50.
    expect(find(events, eventUid('magnesium', '2026-10-23')).startMs).toBe(
      Date.parse('2026-10-23T22:50:00+02:00'),
    )
    // Mon 26 Oct (winter time, +01:00): back to 21:50 local, one more hour in UTC.
    expect(find(events, eventUid('magnesium', '2026-10-26')).startMs).toBe(
      Date.parse('2026-10-26T21:50:00+01:00'),
    )
    // Warm socks is a clock step: 19:00 local on each side, with its window to 20:00.
    const socksBefore = find(events, eventUid('warm-socks', '2026-10-24'))
    const socksAfter = find(events, eventUid('warm-socks', '2026-10-25'))
    expect(socksBefore.startMs).toBe(Date.parse('2026-10-24T19:00:00+02:00'))
    expect(socksAfter.startMs).toBe(Date.parse('2026-10-25T19:00:00+01:00'))
    expect(socksAfter.endMs).toBe(Date.parse('2026-10-25T20:00:00+01:00'))
    // The title a phone shows is the step's own.
    expect(socksAfter.summary).toBe('Warm socks or leg wraps')
  })

  it('keeps the same UIDs in a later export, with a higher sequence so calendars update instead of duplicating', () => {
    const first = parse(exported())
    const later = parse(exported(NOW + 3 * 3_600_000))
    expect(later.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid))
    expect(later.events[0]?.sequence).toBeGreaterThan(first.events[0]?.sequence ?? Number.POSITIVE_INFINITY)
  })

  it('leaves out a step that is switched off', () => {
    const off = {
      ...settings,
      steps: settings.steps.map((s) => (s.id === 'warm-bath' ? { ...s, enabled: false } : s)),
    }
    const { events } = parse(exported(NOW, off))
    expect(events.some((e) => e.uid.includes('warm-bath'))).toBe(false)
  })

  it('says it is a snapshot and when to export again', () => {
    const { description } = parse(exported())
    expect(description).toContain('A snapshot of your Eventide evening routine')
    // Dates as people read them, never ISO.
    expect(description).toContain('export again after you change a bedtime or a step, and before 12 Nov 2026')
    expect(description).not.toMatch(/\d{4}-\d{2}-\d{2}/)
  })

  it("is written in the person's language", () => {
    setLocale('de', 'de-DE')
    try {
      const { description } = parse(exported())
      expect(description).toContain('Eine Momentaufnahme Ihrer Eventide-Abendroutine')
      expect(description).toContain('12. Nov. 2026')
    } finally {
      setLocale('en', 'en-GB')
    }
  })

  it('names each event by night and step under the eventide.app domain, with minutes since 1970 as its sequence', () => {
    const { events } = parse(exported())
    const magnesium = find(events, '2026-10-22-magnesium@eventide.app')
    // 2026-10-16 07:00 UTC is minute 29 868 900 since 1970.
    expect(magnesium.sequence).toBe(29_868_900)
  })

  it('gives a step without a window of its own a 10-minute block', () => {
    const { events } = parse(exported())
    const magnesium = find(events, eventUid('magnesium', '2026-10-22'))
    expect(magnesium.endMs - magnesium.startMs).toBe(10 * 60_000)
  })

  it("uses the person's own title and instruction, and notes the bedtime and the export date", () => {
    const own: Settings = {
      ...settings,
      steps: settings.steps.map((s) =>
        s.id === 'magnesium'
          ? { ...s, title: 'Mag glycinate 200', instruction: 'Two capsules with water.' }
          : s,
      ),
    }
    const calendar = new ICAL.Component(ICAL.parse(exported(NOW, own)))
    const event = calendar
      .getAllSubcomponents('vevent')
      .find((c) => c.getFirstPropertyValue('uid') === eventUid('magnesium', '2026-10-22'))
    expect(event?.getFirstPropertyValue('summary')).toBe('Mag glycinate 200')
    expect(event?.getFirstPropertyValue('description')).toBe(
      'Two capsules with water.\n\nBedtime 22:30. From an Eventide export of 16 Oct 2026: a snapshot, so export again after changing a bedtime or a step.',
    )
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Eventide//Evening routine//EN')
  })
})
