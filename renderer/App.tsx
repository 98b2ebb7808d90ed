// The window's shell: keeps the theme in step with the settings and shows the routed view.
import { useEffect } from 'react'
import { useRoute } from './router.ts'
import { SnapshotProvider, useSnapshot } from './snapshot.tsx'
import { strings } from './strings.ts'
import { applyTheme } from './theme.ts'
import { Checklist } from './views/Checklist.tsx'
import { FirstRun } from './views/FirstRun.tsx'
import { Settings } from './views/Settings.tsx'

const titles = {
  checklist: strings.checklist.docTitle,
  settings: strings.settings.docTitle,
  'first-run': strings.firstRun.docTitle,
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

  if (route === 'settings') return <Settings />
  if (route === 'first-run') return <FirstRun />
  return <Checklist />
}

export function App() {
  return (
    <SnapshotProvider>
      <Routed />
    </SnapshotProvider>
  )
}
