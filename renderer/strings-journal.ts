// The companion text the main bundle needs: window titles, navigation, doctor-prompt banners, the check-in
// banner and the settings additions. The views loaded on demand have their own strings-history.ts and
// strings-health.ts, so their text stays out of the checklist's bundle.

export const journalStrings = {
  titles: {
    history: 'History – Eventide',
    checkIn: 'Check-in – Eventide',
    health: 'Labs and medicines – Eventide',
    summary: 'Summary – Eventide',
  },
  nav: {
    label: 'Other windows',
    history: 'History',
    health: 'Labs and medicines',
    backToHistory: 'Back to history',
    summary: 'Summary for a doctor',
  },
  prompts: {
    label: 'Worth talking to a doctor',
    why: 'Why you see this:',
    dismiss: (title: string) => `Dismiss: ${title}`,
    dismissVisible: 'Dismiss',
    dismissed: 'Dismissed. It will come back only if the situation changes.',
  },
  checkInBanner: {
    text: 'How was last night? The morning check-in takes a minute.',
    open: 'Morning check-in',
  },
  settings: {
    checkInHeading: 'Morning check-in',
    checkInEnabled: 'Ask how last night went each morning',
    checkInTime: 'Check-in time',
    checkInHint: 'HH:MM, 24-hour. The reminder comes at this time or when you first unlock after it.',
    healthHeading: 'Health notes',
    healthIntro:
      'These let Eventide suggest talking to your doctor at the right moments and show the cautions that fit you with each step. They stay on this computer.',
    pregnant: 'I am pregnant',
    kidneyDisease: 'I have kidney disease',
    kidneyHint:
      'Switching this on turns the magnesium step off; check with your kidney team before you switch it back on.',
    malabsorption: 'I have coeliac disease, inflammatory bowel disease (IBD) or had weight-loss surgery',
    neuropathy: 'I have neuropathy or diabetes (less feeling in my feet)',
    magnesiumOff: 'The magnesium step is now off. Check with your kidney team before switching it back on.',
    vitaminDUnit: 'Unit for vitamin D results',
    vitaminDUnitHint:
      'US labs usually report ng/mL, UK and EU labs nmol/L. Results are kept in ng/mL (nmol/L ÷ 2.5).',
  },
}
