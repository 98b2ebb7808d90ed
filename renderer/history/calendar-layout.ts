// Calendar cells grouped into months with their Monday-first weekday offset, each with a text label and a
// colour level, so the calendar never says anything by colour alone.
import type { CalendarCell } from '../../shared/history.ts'
import { formatDate } from '../../shared/i18n/index.ts'
import { historyStrings, monthName, utcDateOf } from '../strings-history.ts'

export type CellLevel = 'complete' | 'partial' | 'none' | 'neutral' | 'empty'

export interface Month {
  key: string
  name: string
  /** Blank places before the first cell, Monday first. */
  offset: number
  cells: CalendarCell[]
}

export function cellLevel(cell: CalendarCell): CellLevel {
  if (cell.state === 'incomplete') return cell.done > 0 ? 'partial' : 'none'
  return cell.state
}

export function cellLabel(cell: CalendarCell): string {
  const c = historyStrings.cell
  const parts: string[] = [c.states[cell.state]]
  if (cell.total > 0 && cell.state !== 'empty') parts.push(c.steps(cell.done, cell.total))
  if (cell.paused) parts.push(c.paused)
  if (cell.travel) parts.push(c.travel)
  if (cell.severity !== undefined) parts.push(c.severity(cell.severity))
  return c.label(formatDate(cell.night), parts)
}

/** Months newest first, so the current month is what a person sees first; days inside a month stay in order. */
export function monthsOf(cells: readonly CalendarCell[]): Month[] {
  const months: Month[] = []
  for (const cell of cells) {
    const key = cell.night.slice(0, 7)
    let month = months.at(-1)
    if (!month || month.key !== key) {
      month = {
        key,
        name: monthName(cell.night),
        offset: (utcDateOf(cell.night).getUTCDay() + 6) % 7,
        cells: [],
      }
      months.push(month)
    }
    month.cells.push(cell)
  }
  return months.reverse()
}
