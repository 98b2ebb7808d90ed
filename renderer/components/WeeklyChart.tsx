// A labelled weekly bar chart for print and screen: a y axis with its ticks and unit, one bar per week with
// its value written on it, and the week's end date under it. Weeks without data say "–" instead of a bar.
// Plain SVG, so it prints crisply; a table beside it is not needed because every value is written out.

import { t } from '../../shared/i18n/index.ts'
import { axisDate } from '../charts/summary.ts'

export interface WeeklyBar {
  /** The week's last night, YYYY-MM-DD. */
  to: string
  value: number | null
}

interface Props {
  title: string
  bars: readonly WeeklyBar[]
  yMax: number
  ticks: readonly number[]
  /** How a value is written on its bar. */
  format?: (value: number) => string
  width?: number
  height?: number
}

/** "2026-11-24" → "24 Nov", in the person's language. */
export const shortDate = axisDate

export function WeeklyChart({ title, bars, yMax, ticks, format = String, width = 640, height = 120 }: Props) {
  const left = 34
  const right = 6
  const top = 14
  const bottom = 18
  const plotW = width - left - right
  const plotH = height - top - bottom
  const slot = plotW / Math.max(bars.length, 1)
  const barW = Math.min(28, slot * 0.6)
  const y = (v: number) => top + plotH - (Math.min(Math.max(v, 0), yMax) / yMax) * plotH
  return (
    <figure className="weekly-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`${title}: ${bars.map((b) => (b.value === null ? t('forms.weekBarEmpty', { date: shortDate(b.to) }) : t('forms.weekBar', { date: shortDate(b.to), value: format(b.value) }))).join(', ')}`}
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="axis-grid" x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} />
            <text className="axis-label" x={left - 4} y={y(tick) + 3} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        <line className="axis-line" x1={left} x2={left} y1={top} y2={top + plotH} />
        <line className="axis-line" x1={left} x2={width - right} y1={top + plotH} y2={top + plotH} />
        {bars.map((b, i) => {
          const cx = left + slot * i + slot / 2
          return (
            <g key={b.to}>
              {b.value !== null && (
                <rect
                  className="bar"
                  x={cx - barW / 2}
                  y={y(b.value)}
                  width={barW}
                  height={top + plotH - y(b.value)}
                />
              )}
              <text
                className="bar-value"
                x={cx}
                y={(b.value === null ? top + plotH : y(b.value)) - 3}
                textAnchor="middle"
              >
                {b.value === null ? '–' : format(b.value)}
              </text>
              <text className="axis-label" x={cx} y={height - bottom + 14} textAnchor="middle">
                {shortDate(b.to)}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>{t('forms.weekCaption', { title })}</figcaption>
    </figure>
  )
}
