// Puts the resolved theme on <html data-theme>; "system" follows prefers-color-scheme as it changes.
import type { Theme } from '../shared/settings.ts'

let stopFollowing: (() => void) | null = null

export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  stopFollowing?.()
  stopFollowing = null
  root.dataset.themeChoice = theme
  if (theme !== 'system') {
    root.dataset.theme = theme
    return
  }
  // jsdom and some embedders have no matchMedia; light is the calm default there.
  const query =
    typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null
  const update = () => {
    root.dataset.theme = query?.matches ? 'dark' : 'light'
  }
  update()
  if (query) {
    query.addEventListener('change', update)
    stopFollowing = () => query.removeEventListener('change', update)
  }
}
