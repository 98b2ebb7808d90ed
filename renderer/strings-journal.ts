// The companion text the main bundle needs: window titles, navigation, doctor-prompt banners, the check-in
// banner and the settings additions. The views loaded on demand have their own strings-history.ts and
// strings-health.ts, so their text stays out of the checklist's bundle.

import { t } from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

export const journalStrings = {
  titles: fromCatalogue({
    history: 'journal.title.history',
    checkIn: 'journal.title.checkIn',
    health: 'journal.title.health',
    summary: 'journal.title.summary',
  }),
  nav: fromCatalogue({
    label: 'journal.nav.label',
    history: 'journal.nav.history',
    health: 'journal.nav.health',
    backToHistory: 'journal.nav.backToHistory',
    summary: 'journal.nav.summary',
  }),
  prompts: fromCatalogue(
    {
      label: 'journal.prompts.label',
      why: 'journal.prompts.why',
      dismissVisible: 'journal.prompts.dismissVisible',
      dismissed: 'journal.prompts.dismissed',
    },
    {
      dismiss: (title: string) => t('journal.prompts.dismiss', { title }),
      badge: (count: number) => t('journal.prompts.badge', { count }),
    },
  ),
  checkInBanner: fromCatalogue({ text: 'journal.checkInBanner.text', open: 'journal.checkInBanner.open' }),
  settings: fromCatalogue({
    checkInHeading: 'journal.settings.checkInHeading',
    checkInEnabled: 'journal.settings.checkInEnabled',
    checkInTime: 'journal.settings.checkInTime',
    checkInHint: 'journal.settings.checkInHint',
    healthHeading: 'journal.settings.healthHeading',
    healthIntro: 'journal.settings.healthIntro',
    pregnant: 'journal.settings.pregnant',
    kidneyDisease: 'journal.settings.kidneyDisease',
    kidneyHint: 'journal.settings.kidneyHint',
    malabsorption: 'journal.settings.malabsorption',
    neuropathy: 'journal.settings.neuropathy',
    magnesiumOff: 'journal.settings.magnesiumOff',
    vitaminDUnit: 'journal.settings.vitaminDUnit',
    vitaminDUnitHint: 'journal.settings.vitaminDUnitHint',
  }),
}
