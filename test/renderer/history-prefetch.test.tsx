// The History window asks main for its nights while the view's code loads, not after the view renders,
// and the view shows that answer without asking again.
import { render, screen } from '@testing-library/react'
import { afterEach, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { preloadView } from '../../renderer/view-loader.ts'
import { installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, LAST_NIGHT, nightWith, PLANNED } from './fake-journal.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

it('asks for the first 30 days once, as the view starts loading, and shows them', async () => {
  const main = installFakeMain()
  for (let i = -6; i <= 0; i++) {
    const night = addDays(LAST_NIGHT, i)
    main.journal.nights[night] = nightWith(PLANNED)
    main.journal.checkIns[night] = checkInOf(2)
  }
  const bridge = window.eventide
  if (!bridge) throw new Error('installFakeMain: expected window.eventide')
  const getHistory = vi.spyOn(bridge, 'getHistory')
  // uPlot, preloaded with the view, reads the pixel ratio through matchMedia, which jsdom lacks.
  vi.stubGlobal('matchMedia', () => ({ matches: false, addEventListener() {}, removeEventListener() {} }))

  const loading = preloadView('history')
  expect(getHistory).toHaveBeenCalledTimes(1)
  expect(getHistory).toHaveBeenCalledWith({ days: 30 })

  await loading
  window.location.hash = '#/history'
  render(<App />)
  expect(await screen.findByRole('heading', { name: 'Streaks of complete evenings' })).toBeTruthy()
  expect(getHistory).toHaveBeenCalledTimes(1)
})
