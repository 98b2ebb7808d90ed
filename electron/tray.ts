// The tray icon: a monochrome image, a tooltip and the menu from tray-menu.ts, rebuilt only on change.
import { join } from 'node:path'
import { Menu, type MenuItemConstructorOptions, nativeImage, nativeTheme, Tray } from 'electron'
import type { Snapshot } from '../shared/snapshot.ts'
import type { Logger } from './services.ts'
import { type TrayAction, type TrayItem, traySignature, trayTemplate, trayTooltip } from './tray-menu.ts'

export interface EventideTray {
  update(snapshot: Snapshot): void
  destroy(): void
}

/**
 * macOS tints a template image itself. Elsewhere the ink must contrast with the panel: light ink on a
 * dark panel. Linux panels (GNOME, KDE) are dark by default and report no colour, so they get light ink.
 * Electron picks up the @2x file beside each one on its own. Without a platform: the template image.
 */
export function trayIconPath(
  iconDir: string,
  platform: NodeJS.Platform = 'darwin',
  darkPanel = false,
): string {
  if (platform === 'darwin') return join(iconDir, 'trayTemplate.png')
  const theme = darkPanel ? 'dark' : 'light'
  return join(iconDir, platform === 'linux' ? `tray-${theme}-22.png` : `tray-${theme}.png`)
}

function toMenuItem(item: TrayItem, onAction: (action: TrayAction) => void): MenuItemConstructorOptions {
  const { action, submenu, ...rest } = item
  const out: MenuItemConstructorOptions = { ...rest }
  if (submenu) out.submenu = submenu.map((child) => toMenuItem(child, onAction))
  if (action) out.click = () => onAction(action)
  return out
}

export function createTray(deps: {
  iconDir: string
  platform: NodeJS.Platform
  logger: Logger
  onAction: (action: TrayAction) => void
}): EventideTray {
  const loadIcon = () => {
    const darkPanel = deps.platform === 'linux' || nativeTheme.shouldUseDarkColors
    const path = trayIconPath(deps.iconDir, deps.platform, darkPanel)
    const image = nativeImage.createFromPath(path)
    if (image.isEmpty()) deps.logger.warn(`tray: icon missing at ${path}`)
    if (deps.platform === 'darwin') image.setTemplateImage(true)
    return image
  }
  const tray = new Tray(loadIcon())
  // Windows follows the system theme for its taskbar; swap the ink when it changes.
  const onTheme = () => {
    if (!tray.isDestroyed()) tray.setImage(loadIcon())
  }
  if (deps.platform === 'win32') nativeTheme.on('updated', onTheme)
  tray.setToolTip('Eventide')

  const dispatch = (action: TrayAction) => {
    try {
      deps.onAction(action)
    } catch (error) {
      deps.logger.error(`tray: ${action.kind} failed`, error)
    }
  }
  // Windows shows the menu on right-click only; a left click should open the checklist.
  if (deps.platform === 'win32') tray.on('click', () => dispatch({ kind: 'open-checklist' }))

  let signature = ''
  return {
    update(snapshot) {
      const template = trayTemplate(snapshot)
      const tooltip = trayTooltip(snapshot)
      const next = traySignature(template, tooltip)
      if (next === signature || tray.isDestroyed()) return
      signature = next
      tray.setToolTip(tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(template.map((item) => toMenuItem(item, dispatch))))
    },
    destroy() {
      nativeTheme.removeListener('updated', onTheme)
      if (!tray.isDestroyed()) tray.destroy()
    },
  }
}
