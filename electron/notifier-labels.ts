// Words every notification path shares: the app name servers show and the two button labels.
export const DONE_LABEL = 'Done'
export const APP_NAME = 'Eventide'

export function snoozeLabel(minutes: number): string {
  return `Snooze ${minutes} min`
}
