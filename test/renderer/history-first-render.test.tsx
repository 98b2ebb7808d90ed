// The History window draws its first 30 days in its very first render when main's answer came while the
// view's code loaded: no "Loading" commit in between, and no second request for the same days.
import { render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { strings } from '../../renderer/strings.ts'
import { historyStrings } from '../../renderer/strings-history.ts'
import { preloadView } from '../../renderer/view-loader.ts'
import { installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, LAST_NIGHT, nightWith, PLANNED } from './fake-journal.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

it('shows the streaks in the first render, not after a loading pass, and asks main once', async () => {
  const main = installFakeMain()
  for (let i = -6; i <= 0; i++) {
    const night = addDays(LAST_NIGHT, i)
    main.journal.nights[night] = nightWith(PLANNED)
    main.journal.checkIns[night] = checkInOf(3)
  }
  const bridge = window.eventide
  if (!bridge) throw new Error('installFakeMain: expected window.eventide')
  const getHistory = vi.spyOn(bridge, 'getHistory')
  // uPlot, preloaded with the view, reads the pixel ratio through matchMedia, which jsdom lacks.
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }))

  await preloadView('history')
  await getHistory.mock.results[0]?.value
  window.location.hash = '#/history'
  render(<App />)
  // Synchronously after the first render: the data is on screen and no loading notice is.
  expect(screen.getByRole('heading', { name: historyStrings.history.streaksHeading })).toBeTruthy()
  expect(screen.queryByText(strings.loading)).toBeNull()
  expect(getHistory).toHaveBeenCalledTimes(1)
})
