// Every view but the checklist is its own chunk. A window's own view is loaded before the first render
// (preloadView in main.tsx), so it appears at once instead of after a Suspense fallback, which React
// holds on screen for at least 300 ms. zod's jitless switch is loaded before any view that builds schemas,
// which keeps zod (and the forms that need it) out of the checklist's entry chunk.
import type { ComponentType } from 'react'
import type { ChartRange } from '../shared/chart-ranges.ts'
import { loadViewMessages } from '../shared/i18n/index.ts'
import type { HistoryView } from '../shared/view-models.ts'
import { api } from './api.ts'
import type { Route } from './router.ts'

type LazyRoute = Exclude<Route, 'checklist'>

const jitless = () => import('./zod-jitless.ts')
const noop = () => undefined

/**
 * A view's code after zod's switch, and alongside it the English text only the lazy views read, which the
 * checklist's chunk leaves out (shared/i18n/view-keys.ts).
 */
const view = (load: () => Promise<ComponentType>) => () =>
  Promise.all([jitless().then(load), loadViewMessages()]).then(([component]) => component)

/** A view that builds no schemas (History) skips zod's switch, so its window never fetches zod's core. */
const plainView = (load: () => Promise<ComponentType>) => () =>
  Promise.all([load(), loadViewMessages()]).then(([component]) => component)

const loaders: Record<LazyRoute, () => Promise<ComponentType>> = {
  settings: view(() => import('./views/Settings.tsx').then((m) => m.Settings)),
  'first-run': view(() => import('./views/FirstRun.tsx').then((m) => m.FirstRun)),
  history: plainView(() => import('./views/History.tsx').then((m) => m.History)),
  'check-in': view(() => import('./views/CheckIn.tsx').then((m) => m.CheckIn)),
  health: view(() => import('./views/Health.tsx').then((m) => m.Health)),
  summary: view(() => import('./views/Summary.tsx').then((m) => m.Summary)),
}

/** The range the History view opens with. */
export const FIRST_HISTORY_DAYS: ChartRange = 30
let firstHistory: Promise<HistoryView> | undefined
/** That answer once it has arrived, so the view can show it in its first render. */
let firstHistoryValue: HistoryView | undefined

/** Extra chunks and data a view needs at once, fetched alongside it rather than after it renders. */
const companions: Partial<Record<LazyRoute, () => Promise<unknown>>> = {
  history: () => {
    const answer = api.getHistory({ days: FIRST_HISTORY_DAYS })
    firstHistory = answer
    answer.then((value) => {
      if (firstHistory === answer) firstHistoryValue = value
    }, noop)
    // The History view takes this answer and reports its failure; this branch only keeps it from being
    // reported twice as unhandled.
    answer.catch(noop)
    return import('./charts/uplot-chart.ts')
  },
}

/**
 * The History view's first answer if preloadView already asked for it (once; later loads ask afresh), so
 * getHistory runs while the view's code loads rather than after it renders.
 */
export function takeFirstHistory(days: ChartRange): Promise<HistoryView> | undefined {
  const answer = days === FIRST_HISTORY_DAYS ? firstHistory : undefined
  firstHistory = undefined
  firstHistoryValue = undefined
  return answer
}

/**
 * The same first answer if it has already arrived (taken like takeFirstHistory), so the view renders its data
 * in its first render instead of showing "Loading" for one commit and asking React for a second.
 */
export function takeArrivedFirstHistory(days: ChartRange): HistoryView | undefined {
  const value = days === FIRST_HISTORY_DAYS ? firstHistoryValue : undefined
  if (value) takeFirstHistory(days)
  return value
}

const loaded = new Map<Route, ComponentType>()
const pending = new Map<Route, Promise<ComponentType>>()

export function isLazyRoute(route: Route): route is LazyRoute {
  return route !== 'checklist'
}

/** Starts (once) loading a view's code; resolves to its component. */
export function preloadView(route: LazyRoute): Promise<ComponentType> {
  let promise = pending.get(route)
  if (!promise) {
    companions[route]?.().catch((error: unknown) => console.error(error))
    promise = loaders[route]().then((component) => {
      loaded.set(route, component)
      return component
    })
    pending.set(route, promise)
  }
  return promise
}

/** The view's component if its code is already here, so it renders without suspending. */
export function loadedView(route: Route): ComponentType | undefined {
  return loaded.get(route)
}
