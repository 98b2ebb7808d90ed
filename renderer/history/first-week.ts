// A history's first week: how many nights hold anything yet, and the calendar cut to start at the first of
// them, so a new person sees their few nights and a sentence about what is coming, not a month of blanks.
import type { CalendarCell } from '../../shared/history.ts'

/** Below this many recorded nights in the range, the history shows its first-week message. */
export const FIRST_WEEK_NIGHTS = 7

/** Nights with a record, a check-in, a pause or a travel mark. */
export function recordedNights(cells: readonly CalendarCell[]): number {
  return cells.filter((cell) => cell.state !== 'empty').length
}

/** The cells from the first recorded night on; with none yet, the last night alone (to check in for it). */
export function sinceFirstRecord(cells: readonly CalendarCell[]): CalendarCell[] {
  const first = cells.findIndex((cell) => cell.state !== 'empty')
  return first === -1 ? cells.slice(-1) : cells.slice(first)
}
