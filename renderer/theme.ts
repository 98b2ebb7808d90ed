// Puts the resolved theme on <html data-theme>; "system" follows prefers-color-scheme as it changes.
import type { Theme } from '../shared/settings.ts'

let stopFollowing: (() => void) | null = null

export function applyTheme(theme: Theme): void {
  const root = document.documentElement
  stopFollowing?.()
  stopFollowing = null
  setData(root, 'themeChoice', theme)
  if (theme !== 'system') {
    setData(root, 'theme', theme)
    return
  }
  // jsdom and some embedders have no matchMedia; light is the calm default there.
  const query =
    typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null
  const update = () => {
    setData(root, 'theme', query?.matches ? 'dark' : 'light')
  }
  update()
  if (query) {
    query.addEventListener('change', update)
    stopFollowing = () => query.removeEventListener('change', update)
  }
}

/** Writes only a change: rewriting the same value still makes Chromium restyle the whole page. */
function setData(root: HTMLElement, key: 'theme' | 'themeChoice', value: string): void {
  if (root.dataset[key] !== value) root.dataset[key] = value
}
