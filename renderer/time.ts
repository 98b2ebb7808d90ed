// Clock text from the ISO instants in a snapshot. They carry the local offset, so HH:MM is in the string;
// formatTime shows it as the person reads times ("21:30", or "9:30 pm" on a 12-hour clock).
import { formatTime } from '../shared/i18n/index.ts'

export function clockOf(iso: string): string {
  return formatTime(iso.slice(11, 16))
}
