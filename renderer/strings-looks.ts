// Text for the history's first week, the chart legends and the doctor-notes badge (issue 15's looks).
import { t } from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

export const looksStrings = {
  firstWeek: {
    progress: (count: number, left: number) => t('history.firstWeekProgress', { count, left }),
  },
  legend: fromCatalogue({
    symptomNights: 'history.legendSymptomNights',
    sleepNights: 'history.legendSleepNights',
    symptomAverage: 'history.legendSymptomAverage',
    sleepAverage: 'history.legendSleepAverage',
  }),
  badge: fromCatalogue(
    { hint: 'journal.prompts.badgeHint' },
    { text: (count: number) => t('journal.prompts.badge', { count }) },
  ),
}
