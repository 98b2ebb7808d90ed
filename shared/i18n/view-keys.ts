// Key prefixes that only the lazily loaded views (history, health, summary, diary, check-in) and the main
// process read. A window's build leaves their English text out of its first chunk and fetches it with the
// view (build/lazy-catalogues.ts); the build fails if code loaded with every window reads one of them.
// A prefix not listed here simply stays in the first chunk, so new keys always work.
export const VIEW_ONLY_PREFIXES = [
  'cell',
  'chart',
  'checkIn',
  'clinical',
  'data',
  'diary',
  'doctor',
  'health',
  'history',
  'labs',
  'main',
  'medicines',
  'night',
  'quick',
  'sleepChart',
  'summary',
  'tray',
  'treatment',
  'weekly',
  'windowTitle',
] as const

export function isViewOnlyKey(key: string): boolean {
  return (VIEW_ONLY_PREFIXES as readonly string[]).includes(key.slice(0, key.indexOf('.')))
}
