// The window's shell: keeps the theme in step with the settings and shows the routed view. Every view but
// the checklist is loaded on demand (view-loader.ts) so the checklist stays quick to open.
import { type ComponentType, lazy, Suspense, useEffect } from 'react'
import { followLanguage, showLanguage, useLocaleVersion } from './i18n.ts'
import { type Route, useRoute } from './router.ts'
import { SnapshotProvider, useSnapshot } from './snapshot.tsx'
import type { SnapshotSource } from './snapshot-source.ts'
import { strings } from './strings.ts'
import { journalStrings } from './strings-journal.ts'
import { applyTheme } from './theme.ts'
import { isLazyRoute, loadedView, preloadView } from './view-loader.ts'
import { Checklist } from './views/Checklist.tsx'

// Used only for a view that was not preloaded (navigating inside a window); made once per route.
const suspending = new Map<Route, ComponentType>()
function lazyView(route: Route): ComponentType {
  let view = suspending.get(route)
  if (!view) {
    view = isLazyRoute(route) ? lazy(() => preloadView(route).then((c) => ({ default: c }))) : Checklist
    suspending.set(route, view)
  }
  return view
}

// Read on each call so the title follows the language.
const titles: Record<Route, () => string> = {
  checklist: () => strings.checklist.docTitle,
  settings: () => strings.settings.docTitle,
  'first-run': () => strings.firstRun.docTitle,
  history: () => journalStrings.titles.history,
  'check-in': () => journalStrings.titles.checkIn,
  health: () => journalStrings.titles.health,
  summary: () => journalStrings.titles.summary,
}

function View({ route }: { route: Route }) {
  if (!isLazyRoute(route)) return <Checklist />
  const Loaded = loadedView(route) ?? lazyView(route)
  return <Loaded />
}

function Routed() {
  const route = useRoute()
  const { snapshot } = useSnapshot()
  const theme = snapshot?.theme
  const language = snapshot?.language
  const clock = snapshot?.clock
  const localeVersion = useLocaleVersion()

  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])

  useEffect(() => {
    if (snapshot) followLanguage(language, clock).catch((error: unknown) => console.error(error))
  }, [snapshot, language, clock])

  useEffect(() => {
    document.title = titles[route]()
    // The tag in use (en-GB, de-DE…) so screen readers pronounce the words in their language.
    showLanguage(localeVersion.split('|')[0] ?? 'en')
  }, [route, localeVersion])

  return (
    <Suspense
      fallback={
        <p role="status" className="page">
          {strings.loading}
        </p>
      }
    >
      <View route={route} />
    </Suspense>
  )
}

/** `snapshots`: tonight's snapshot already asked for by the window's entry (main.tsx). */
export function App({ snapshots }: { snapshots?: SnapshotSource } = {}) {
  return (
    <SnapshotProvider source={snapshots}>
      <Routed />
    </SnapshotProvider>
  )
}
