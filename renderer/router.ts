// A hash router: #/checklist, #/settings, #/history, #/check-in/2026-11-20 (or #/check-in?night=…), …
// Anything unknown shows the checklist.
import { useEffect, useState } from 'react'
// From the zod-free list: importing shared/ipc.ts would pull every schema into the checklist's bundle.
import { VIEWS, type View } from '../shared/ipc-channels.ts'

/** The views the router serves: exactly the windows main can open. */
export const ROUTES = VIEWS
export type Route = View

export interface Location {
  route: Route
  /** A night (YYYY-MM-DD) the view is about, for #/check-in/2026-11-20; null when none or malformed. */
  night: string | null
}

const NIGHT = /^\d{4}-\d{2}-\d{2}$/

export function locationOf(hash: string): Location {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2)
  const [name = '', param] = path.split('/')
  const route = (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'checklist'
  const candidate = param ?? new URLSearchParams(query).get('night')
  return { route, night: candidate && NIGHT.test(candidate) ? candidate : null }
}

export function routeOf(hash: string): Route {
  return locationOf(hash).route
}

/** Shows another view in this window, at its top (the first run hands over to the checklist this way). */
export function navigate(route: Route, night?: string): void {
  window.location.hash = night ? `#/${route}/${night}` : `#/${route}`
  document.documentElement.scrollTop = 0
}

export function useLocation(): Location {
  const [location, setLocation] = useState(() => locationOf(window.location.hash))
  useEffect(() => {
    const onChange = () => setLocation(locationOf(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return location
}

export function useRoute(): Route {
  return useLocation().route
}
