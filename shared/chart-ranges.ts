// The day ranges the history window offers. Kept apart from the history maths (which reads dates with
// zod and Temporal) so the history window's own code does not have to load them.
export const CHART_RANGES = [30, 90, 365] as const
export type ChartRange = (typeof CHART_RANGES)[number]
