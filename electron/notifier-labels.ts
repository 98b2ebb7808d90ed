// Words every notification path shares: the app name servers show and the button labels, in the person's
// language (read when a notification is built, so a language change applies to the next one).
import { t } from '../shared/i18n/index.ts'

export const APP_NAME = 'Eventide'

export function doneLabel(): string {
  return t('main.notify.done')
}

export function snoozeLabel(minutes: number): string {
  return t('main.notify.snooze', { minutes })
}

export function openLabel(): string {
  return t('main.notify.open')
}
