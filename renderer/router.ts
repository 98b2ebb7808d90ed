// A hash router: #/checklist, #/settings, #/history, #/check-in/2026-11-20 (or #/check-in?night=…), …
// Anything unknown shows the checklist.
import { useEffect, useState } from 'react'
import type { View } from '../shared/ipc.ts'

// Listed here rather than imported from shared/ipc.ts, which would pull every schema into the main bundle.
export const ROUTES = [
  'checklist',
  'settings',
  'first-run',
  'history',
  'check-in',
  'health',
  'summary',
] as const satisfies readonly View[]
export type Route = (typeof ROUTES)[number]

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

export function navigate(route: Route, night?: string): void {
  window.location.hash = night ? `#/${route}/${night}` : `#/${route}`
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
