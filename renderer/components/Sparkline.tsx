// A small inline SVG trend line for the printable summary: no script, no canvas, prints crisply. The text
// beside it carries the meaning, so the drawing is hidden from screen readers.
import type { Point } from '../charts/summary.ts'
import { dateSeconds } from '../charts/summary.ts'

interface Props {
  points: readonly Point[]
  yMin: number
  yMax: number
  bands?: readonly { from: number; to: number | null }[]
  width?: number
  height?: number
}

export function Sparkline({ points, yMin, yMax, bands = [], width = 320, height = 64 }: Props) {
  const known = points.filter((p): p is { date: string; value: number } => p.value !== null)
  if (known.length === 0) return null
  const xs = points.map((p) => dateSeconds(p.date))
  const x0 = Math.min(...xs)
  const span = Math.max(...xs) - x0 || 1
  const pad = 4
  const x = (date: string) => pad + ((dateSeconds(date) - x0) / span) * (width - 2 * pad)
  const y = (v: number) =>
    pad + (1 - (Math.min(Math.max(v, yMin), yMax) - yMin) / (yMax - yMin)) * (height - 2 * pad)
  // Gaps (nights without a check-in) break the line instead of bridging it.
  const runs: string[] = []
  let run: string[] = []
  for (const p of points) {
    if (p.value === null) {
      if (run.length) runs.push(run.join(' '))
      run = []
    } else run.push(`${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
  }
  if (run.length) runs.push(run.join(' '))
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      {bands.map((b) => (
        <rect
          key={b.from}
          className="sparkline-band"
          x={0}
          width={width}
          y={y(b.to ?? yMax)}
          height={Math.max(y(b.from) - y(b.to ?? yMax), 0)}
        />
      ))}
      <rect className="sparkline-frame" x={0.5} y={0.5} width={width - 1} height={height - 1} fill="none" />
      {runs.map((r) => (
        <polyline key={r} className="sparkline-line" points={r} fill="none" />
      ))}
      {known.map((p) => (
        <circle key={p.date} className="sparkline-dot" cx={x(p.date)} cy={y(p.value)} r={2} />
      ))}
    </svg>
  )
}
