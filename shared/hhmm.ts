// Wall-clock times as the user writes them: "HH:MM", 24-hour.

export const HHMM_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

export const HHMM_EXPECTED = 'expected HH:MM (00:00–23:59)'

/**
 * The HH:MM of an ISO local date-time such as 2026-11-24T21:50:00+01:00. Plan instants carry the night's
 * offset, so the wall-clock time is in the string; anything else comes back unchanged rather than garbled.
 */
export function clockOf(iso: string): string {
  const clock = iso.slice(11, 16)
  return HHMM_PATTERN.test(clock) ? clock : iso
}

export function isHHMM(value: unknown): value is string {
  return typeof value === 'string' && HHMM_PATTERN.test(value)
}

/** Minutes since midnight; throws naming the field when the text is not HH:MM. */
export function parseHHMM(value: string, field = 'time'): number {
  const m = HHMM_PATTERN.exec(value)
  if (!m) throw new RangeError(`${field}: ${HHMM_EXPECTED}, got ${JSON.stringify(value)}`)
  return Number(m[1]) * 60 + Number(m[2])
}

/** Formats minutes since midnight, wrapping around the day in both directions. */
export function formatHHMM(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

export function shiftHHMM(value: string, deltaMinutes: number): string {
  return formatHHMM(parseHHMM(value) + deltaMinutes)
}
