// A performance mark when a window first shows its data: `npm run bench` reads it inside the page.
export const VIEW_READY_MARK = 'eventide:view-ready'

export function markViewReady(): void {
  if (performance.getEntriesByName(VIEW_READY_MARK).length === 0) performance.mark(VIEW_READY_MARK)
}
