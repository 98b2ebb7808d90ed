// How a chart series looks, shared by the canvas (loaded on demand) and the legend beside it, so the legend
// always draws what the canvas draws: symptoms and sleep differ by point shape and dash, not by colour alone.

/** The shape of a series' nightly points. */
export type Marker = 'circle' | 'square'

/** Theme colours a series can be drawn in (tokens in styles.css). */
export type Tone = 'accent' | 'done'

/** The average line's dash for each marker: a circle series gets long dashes, a square one dash-dots. */
export const AVERAGE_DASH: Record<Marker, readonly number[]> = { circle: [10, 5], square: [10, 4, 2, 4] }
