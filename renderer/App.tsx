// The window's shell: keeps the theme in step with the settings and shows the routed view. The history,
// check-in, health and summary views are loaded on demand so the checklist stays quick to open.
import { lazy, Suspense, useEffect } from 'react'
import { type Route, useRoute } from './router.ts'
import { SnapshotProvider, useSnapshot } from './snapshot.tsx'
import { strings } from './strings.ts'
import { journalStrings } from './strings-journal.ts'
import { applyTheme } from './theme.ts'
import { Checklist } from './views/Checklist.tsx'
import { FirstRun } from './views/FirstRun.tsx'
import { Settings } from './views/Settings.tsx'

const History = lazy(() => import('./views/History.tsx').then((m) => ({ default: m.History })))
const CheckIn = lazy(() => import('./views/CheckIn.tsx').then((m) => ({ default: m.CheckIn })))
const Health = lazy(() => import('./views/Health.tsx').then((m) => ({ default: m.Health })))
const Summary = lazy(() => import('./views/Summary.tsx').then((m) => ({ default: m.Summary })))

const titles: Record<Route, string> = {
  checklist: strings.checklist.docTitle,
  settings: strings.settings.docTitle,
  'first-run': strings.firstRun.docTitle,
  history: journalStrings.titles.history,
  'check-in': journalStrings.titles.checkIn,
  health: journalStrings.titles.health,
  summary: journalStrings.titles.summary,
}

function View({ route }: { route: Route }) {
  switch (route) {
    case 'settings':
      return <Settings />
    case 'first-run':
      return <FirstRun />
    case 'history':
      return <History />
    case 'check-in':
      return <CheckIn />
    case 'health':
      return <Health />
    case 'summary':
      return <Summary />
    default:
      return <Checklist />
  }
}

function Routed() {
  const route = useRoute()
  const { snapshot } = useSnapshot()
  const theme = snapshot?.theme

  useEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])

  useEffect(() => {
    document.title = titles[route]
  }, [route])

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

export function App() {
  return (
    <SnapshotProvider>
      <Routed />
    </SnapshotProvider>
  )
}
