// The canvas chart, loaded on demand so uPlot stays out of the checklist's bundle. Colours come from the
// theme tokens, so the chart matches light and dark; the caller redraws when the theme changes.
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { AVERAGE_DASH, type Marker } from './series-style.ts'
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
  /** A line over the points (the weekly average), one value per point; the points then stand alone, lighter. */
  average?: readonly Point[] | undefined
  marker?: Marker | undefined
  /** The theme token the series is drawn in. */
  colour?: string | undefined
}

/** A nightly point: a dot or a square around (x, y), in canvas pixels. */
export function drawMarker(
  ctx: CanvasRenderingContext2D,
  marker: Marker,
  x: number,
  y: number,
  size: number,
) {
  ctx.beginPath()
  if (marker === 'square') ctx.rect(x - size / 2, y - size / 2, size, size)
  else ctx.arc(x, y, size / 2, 0, 2 * Math.PI)
  ctx.fill()
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
  const line = token(spec.colour ?? '--accent', '#2d4a86')
  const marker = spec.marker ?? 'circle'
  const average = spec.average?.map((p) => p.value)
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

  // uPlot's own points are always round; these are drawn by hand so a series can have its own shape.
  const drawPoints = (u: uPlot) => {
    const { ctx } = u
    const size = (average ? 5 : 7) * uPlot.pxRatio
    ctx.save()
    ctx.fillStyle = line
    // Under an average line the nightly points step back, so the line is what the eye follows.
    ctx.globalAlpha = average ? 0.6 : 1
    ys.forEach((y, i) => {
      const x = xs[i]
      if (y === null || x === undefined) return
      drawMarker(ctx, marker, u.valToPos(x, 'x', true), u.valToPos(y, 'y', true), size)
    })
    ctx.restore()
  }

  const nightly: uPlot.Series = average
    ? { stroke: line, paths: () => null, points: { show: false } }
    : { stroke: line, width: 2, spanGaps: false, points: { show: false } }
  const series: uPlot.Series[] = [{}, nightly]
  if (average) {
    series.push({
      stroke: line,
      width: 2.5,
      dash: [...AVERAGE_DASH[marker]],
      spanGaps: false,
      points: { show: false },
    })
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
    series,
    hooks: { drawClear: [drawBands], draw: [drawPoints] },
  }
  const data: uPlot.AlignedData = average ? [xs, ys, average] : [xs, ys]
  const chart = new uPlot(options, data, target)
  return {
    resize: (next) => chart.setSize({ width: next, height: spec.height }),
    destroy: () => chart.destroy(),
  }
}
