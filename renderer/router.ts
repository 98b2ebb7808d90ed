// A hash router: #/checklist, #/settings, #/first-run. Anything else shows the checklist.
import { useEffect, useState } from 'react'

export type Route = 'checklist' | 'settings' | 'first-run'

export function routeOf(hash: string): Route {
  const name = hash.replace(/^#\/?/, '')
  return name === 'settings' || name === 'first-run' ? name : 'checklist'
}

export function navigate(route: Route): void {
  window.location.hash = `#/${route}`
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(routeOf(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}
