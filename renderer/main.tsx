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
followLanguage(undefined, undefined)

function render(): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

// The window's own view is fetched before the first render; a failed fetch still renders, and the view
// then loads (and reports its error) through Suspense.
const route = routeOf(window.location.hash)
if (isLazyRoute(route)) {
  preloadView(route).then(render, (error: unknown) => {
    console.error(error)
    render()
  })
} else render()
