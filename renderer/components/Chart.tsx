// A line chart with a text summary. The canvas part (uPlot) is imported only when a chart is on screen;
// where there is no canvas (jsdom) or the import fails, the summary alone stands in for it.
import { useEffect, useRef, useState } from 'react'
import { AVERAGE_DASH, type Marker, type Tone } from '../charts/series-style.ts'
import type { Point } from '../charts/summary.ts'
import type { ChartBand, DrawnChart } from '../charts/uplot-chart.ts'
import { historyStrings } from '../strings-history.ts'

interface Props {
  title: string
  points: readonly Point[]
  summary: string
  yMin: number
  yMax: number
  bands?: readonly ChartBand[] | undefined
  /** Text under the summary, such as what a shaded band means. */
  caption?: string | undefined
  height?: number
  /** A weekly average drawn as a line over the nightly points (same dates). */
  average?: readonly Point[] | undefined
  /** Shape of the nightly points and colour of the series, so symptoms and sleep differ by more than colour. */
  marker?: Marker
  tone?: Tone
  /** What the points and the average line are, shown beside a drawing of each. */
  legend?: { points: string; average?: string | undefined } | undefined
}

/** Canvas drawing needs layout APIs that jsdom does not have; checking them avoids its "not implemented" noise. */
export function canDrawCharts(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    typeof ResizeObserver === 'function' &&
    document.createElement('canvas').getContext('2d') !== null
  )
}

export function Chart({
  title,
  points,
  summary,
  yMin,
  yMax,
  bands,
  caption,
  height = 180,
  average,
  marker = 'circle',
  tone = 'accent',
  legend,
}: Props) {
  const box = useRef<HTMLDivElement>(null)
  const [failed, setFailed] = useState(false)
  const hasData = points.some((p) => p.value !== null)
  // Callers build fresh arrays on each render; redraw only when what is drawn changes.
  const key = JSON.stringify([points, yMin, yMax, bands, height, average, marker, tone])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for everything drawn on the canvas.
  useEffect(() => {
    const target = box.current
    if (!target || !hasData || !canDrawCharts()) return
    let drawn: DrawnChart | null = null
    let live = true
    const spec = { points, yMin, yMax, bands, height, average, marker, colour: `--${tone}` }
    const draw = (module: typeof import('../charts/uplot-chart.ts')) => {
      drawn?.destroy()
      target.replaceChildren()
      drawn = module.drawChart(target, spec, Math.max(target.clientWidth, 200))
    }
    let observers: { disconnect(): void }[] = []
    import('../charts/uplot-chart.ts').then(
      (module) => {
        if (!live) return
        draw(module)
        const resize = new ResizeObserver(() => drawn?.resize(Math.max(target.clientWidth, 200)))
        resize.observe(target)
        // The colours are read from the theme once per drawing, so a theme switch redraws.
        const theme = new MutationObserver(() => draw(module))
        theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
        observers = [resize, theme]
      },
      (error: unknown) => {
        console.error(error)
        if (live) setFailed(true)
      },
    )
    return () => {
      live = false
      for (const observer of observers) observer.disconnect()
      drawn?.destroy()
    }
  }, [key, hasData])

  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      {hasData && !failed && <div className="chart-canvas" ref={box} aria-hidden="true" />}
      {hasData && legend && (
        <ul className={`chart-legend tone-${tone}`}>
          <li>
            <svg className="legend-mark" viewBox="0 0 24 12" aria-hidden="true">
              {marker === 'square' ? (
                <rect x="8" y="2" width="8" height="8" />
              ) : (
                <circle cx="12" cy="6" r="4" />
              )}
            </svg>
            {legend.points}
          </li>
          {average && legend.average && (
            <li>
              <svg className="legend-mark" viewBox="0 0 24 12" aria-hidden="true">
                <line x1="0" y1="6" x2="24" y2="6" strokeDasharray={AVERAGE_DASH[marker].join(' ')} />
              </svg>
              {legend.average}
            </li>
          )}
        </ul>
      )}
      <p className="chart-summary">{summary}</p>
      {caption && <p className="hint">{caption}</p>}
      {failed && <p className="hint">{historyStrings.chart.unavailable}</p>}
    </figure>
  )
}
