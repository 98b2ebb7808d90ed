import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { followLanguage, showLanguage } from './i18n.ts'
import { routeOf } from './router.ts'
import { openSnapshotSource, type SnapshotSource } from './snapshot-source.ts'
import { applyTheme } from './theme.ts'
import { isLazyRoute, preloadView } from './view-loader.ts'
import './styles.css'
import './views.css'

// Follow the system until the saved choice arrives, so the first paint already matches.
applyTheme('system')
const language = followLanguage(undefined, undefined)

/**
 * The first render is synchronous: the view commits with its data inside this task, so the first frame
 * Chromium paints already shows it (a scheduled render leaves a blank frame and a wait for the next one).
 */
function render(snapshots: SnapshotSource): void {
  const root = document.getElementById('root')
  if (!root) return
  // The person's theme and the language on <html> before the first render: changed after it, each makes
  // Chromium restyle and lay out the page again before its first frame.
  const first = snapshots.read().snapshot
  if (first) applyTheme(first.theme)
  showLanguage()
  const reactRoot = createRoot(root)
  flushSync(() =>
    reactRoot.render(
      <StrictMode>
        <App snapshots={snapshots} />
      </StrictMode>,
    ),
  )
}

/** A slow main process still gets a window at once, showing "Loading…" until its answer comes. */
const FIRST_ANSWER_WAIT_MS = 250

// Tonight's snapshot, the window's own view and the system's language (when not English) are fetched
// together before the first render; a failed fetch still renders (in English, or the view loading through
// Suspense, or the load error) and is reported.
const route = routeOf(window.location.hash)
const snapshots = openSnapshotSource()
const reported = (work: Promise<unknown>) => work.catch((error: unknown) => console.error(error))
// With the answer comes the person's own language and clock: the first render already uses them.
const savedLanguage = snapshots.settled.then(() => {
  const first = snapshots.read().snapshot
  return first ? followLanguage(first.language, first.clock) : undefined
})
const firstAnswer = Promise.race([
  reported(savedLanguage),
  new Promise((resolve) => setTimeout(resolve, FIRST_ANSWER_WAIT_MS)),
])
Promise.all([reported(language), isLazyRoute(route) ? reported(preloadView(route)) : null, firstAnswer]).then(
  () => render(snapshots),
)
