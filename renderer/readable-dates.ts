// Sentences written in shared/ (lab status, clinical notes) carry dates as YYYY-MM-DD; the renderer shows
// them as people read them without rewording the sentence itself.
import { formatLongDate } from '../shared/i18n/index.ts'

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g

/** The text with every YYYY-MM-DD replaced by "24 Nov 2026" in the person's language. */
export function withReadableDates(text: string): string {
  return text.replace(ISO_DATE, (date) => formatLongDate(date))
}
