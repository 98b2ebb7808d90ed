// Nights by month, coloured by steps done and marked with the symptom rating. One cell is in the Tab order;
// the arrow keys move between nights (a day sideways, a week up or down), Enter or Space shows details.
import { type KeyboardEvent, useId, useRef } from 'react'
import type { CalendarCell } from '../../shared/history.ts'
import { historyStrings } from '../strings-history.ts'
import { cellLabel, cellLevel, monthsOf } from './calendar-layout.ts'

const s = historyStrings.history
const WEEKDAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S']
const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }

interface Props {
  cells: readonly CalendarCell[]
  selected: string
  onSelect: (night: string) => void
}

export function Calendar({ cells, selected, onSelect }: Props) {
  const id = useId()
  const root = useRef<HTMLDivElement>(null)
  const index = new Map(cells.map((cell, i) => [cell.night, i]))
  const focusable = index.has(selected) ? selected : cells.at(-1)?.night

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const current = event.currentTarget.dataset.night
    if (!current) return
    const at = index.get(current) ?? 0
    let next: number | undefined = MOVES[event.key] === undefined ? undefined : at + (MOVES[event.key] ?? 0)
    if (event.key === 'Home') next = 0
    if (event.key === 'End') next = cells.length - 1
    if (next === undefined) return
    event.preventDefault()
    const night = cells[Math.min(Math.max(next, 0), cells.length - 1)]?.night
    if (!night) return
    onSelect(night)
    root.current?.querySelector<HTMLButtonElement>(`[data-night="${night}"]`)?.focus()
  }

  return (
    <div className="calendar" ref={root}>
      <p id={`${id}-hint`} className="hint">
        {s.calendarHint}
      </p>
      <ul className="calendar-legend" aria-label={s.calendarHeading}>
        <li>
          <span className="cal-swatch cal-complete" aria-hidden="true" /> {s.legendComplete}
        </li>
        <li>
          <span className="cal-swatch cal-partial" aria-hidden="true" /> {s.legendPartial}
        </li>
        <li>
          <span className="cal-swatch cal-none" aria-hidden="true" /> {s.legendNone}
        </li>
        <li>
          <span className="cal-swatch cal-neutral" aria-hidden="true" /> {s.legendNeutral}
        </li>
        <li>
          <span className="cal-swatch cal-empty" aria-hidden="true" /> {s.legendEmpty}
        </li>
        <li>{s.legendSeverity}</li>
      </ul>
      <div className="calendar-months">
        {monthsOf(cells).map((month) => (
          <section key={month.key} className="calendar-month" aria-labelledby={`${id}-${month.key}`}>
            <h3 id={`${id}-${month.key}`}>{month.name}</h3>
            <div className="calendar-grid" aria-hidden="true">
              {WEEKDAYS.map((day, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the weekday letters repeat; their place is the key.
                <span key={i} className="calendar-weekday">
                  {day}
                </span>
              ))}
            </div>
            <ol className="calendar-grid">
              {Array.from({ length: month.offset }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: blank places before the first day have no identity.
                <li key={`blank-${i}`} className="calendar-blank" aria-hidden="true" />
              ))}
              {month.cells.map((cell) => (
                <li key={cell.night}>
                  <button
                    type="button"
                    data-night={cell.night}
                    className={`cal-cell cal-${cellLevel(cell)}${cell.night === selected ? ' cal-selected' : ''}`}
                    tabIndex={cell.night === focusable ? 0 : -1}
                    aria-pressed={cell.night === selected}
                    onKeyDown={onKeyDown}
                    onClick={() => onSelect(cell.night)}
                  >
                    {/* The name comes from the full sentence; the digits are its visual shorthand. */}
                    <span className="sr-only">{cellLabel(cell)}</span>
                    <span className="cal-day" aria-hidden="true">
                      {Number(cell.night.slice(8))}
                    </span>
                    {cell.severity !== undefined && (
                      <span className="cal-severity" aria-hidden="true">
                        {cell.severity}
                      </span>
                    )}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  )
}
