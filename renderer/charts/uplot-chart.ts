// The canvas chart, loaded on demand so uPlot stays out of the checklist's bundle. Colours come from the
// theme tokens, so the chart matches light and dark; the caller redraws when the theme changes.
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { axisDate, dateSeconds, type Point } from './summary.ts'

export interface ChartBand {
  from: number
  to: number | null
}

export interface ChartSpec {
  points: readonly Point[]
  yMin: number
  yMax: number
  bands?: readonly ChartBand[] | undefined
  height: number
}

export interface DrawnChart {
  resize(width: number): void
  destroy(): void
}

const DAY = 86_400

/** "25 Oct", with the year on a second line under the first tick and wherever a new year starts. */
function dateLabels(splits: number[]): string[] {
  return splits.map((seconds, i) => {
    const date = new Date(seconds * 1000)
    const year = date.getUTCFullYear()
    const previous = splits[i - 1]
    const newYear = previous === undefined || new Date(previous * 1000).getUTCFullYear() !== year
    return newYear ? `${axisDate(date)}\n${year}` : axisDate(date)
  })
}

/** A theme colour as the canvas needs it: resolved through a probe, since tokens may be light-dark() pairs. */
function token(name: string, fallback: string): string {
  if (!getComputedStyle(document.documentElement).getPropertyValue(name).trim()) return fallback
  const probe = document.createElement('span')
  probe.style.color = `var(${name})`
  document.documentElement.append(probe)
  const color = getComputedStyle(probe).color
  probe.remove()
  return color || fallback
}

export function drawChart(target: HTMLElement, spec: ChartSpec, width: number): DrawnChart {
  const text = token('--muted', '#4a5163')
  const grid = token('--border', '#b9bdc8')
  const line = token('--accent', '#2d4a86')
  const band = token('--band', 'rgba(29, 106, 58, 0.16)')
  const xs = spec.points.map((p) => dateSeconds(p.date))
  const ys = spec.points.map((p) => p.value)
  // One date alone would give uPlot an empty range; a month around it reads as a point in time.
  const first = Math.min(...xs)
  const last = Math.max(...xs)
  const xRange: [number, number] = first === last ? [first - 15 * DAY, last + 15 * DAY] : [first, last]
  const axis = { stroke: text, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } }
  // uPlot's default "10/25" reads as month/day or day/month depending on the reader; a month name does not.
  const dateAxis: uPlot.Axis = {
    ...axis,
    values: (_u, splits) => dateLabels(splits),
  }

  const drawBands = (u: uPlot) => {
    if (!spec.bands?.length) return
    const { ctx, bbox } = u
    ctx.save()
    ctx.fillStyle = band
    // Stacked bands (minimum, then target) deepen towards the target so they stay apart.
    spec.bands.forEach((b, i, all) => {
      ctx.globalAlpha = i === all.length - 1 ? 1 : 0.5
      const top = u.valToPos(Math.min(b.to ?? spec.yMax, spec.yMax), 'y', true)
      const bottom = u.valToPos(Math.max(b.from, spec.yMin), 'y', true)
      if (bottom > top) ctx.fillRect(bbox.left, top, bbox.width, bottom - top)
    })
    ctx.restore()
  }

  const options: uPlot.Options = {
    width,
    height: spec.height,
    legend: { show: false },
    cursor: { drag: { x: false, y: false } },
    // Nights and lab dates are calendar days: show them as such, whatever the machine's zone.
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'UTC'),
    scales: {
      x: { time: true, range: xRange },
      y: { range: [spec.yMin, spec.yMax] },
    },
    axes: [dateAxis, axis],
    series: [
      {},
      { stroke: line, width: 2, spanGaps: false, points: { show: true, size: 6, stroke: line, fill: line } },
    ],
    hooks: { drawClear: [drawBands] },
  }
  const chart = new uPlot(options, [xs, ys], target)
  return {
    resize: (next) => chart.setSize({ width: next, height: spec.height }),
    destroy: () => chart.destroy(),
  }
}
