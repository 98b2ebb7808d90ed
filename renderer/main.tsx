import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { followLanguage } from './i18n.ts'
import { routeOf } from './router.ts'
import { applyTheme } from './theme.ts'
import { isLazyRoute, preloadView } from './view-loader.ts'
import './styles.css'
import './views.css'

// Follow the system until the saved choice arrives, so the first paint already matches.
applyTheme('system')
const language = followLanguage(undefined, undefined)

function render(): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// The window's own view and the system's language (when not English) are fetched together before the first
// render; a failed fetch still renders (in English, or the view loading through Suspense) and is reported.
const route = routeOf(window.location.hash)
const reported = (work: Promise<unknown>) => work.catch((error: unknown) => console.error(error))
Promise.all([reported(language), isLazyRoute(route) ? reported(preloadView(route)) : null]).then(render)
