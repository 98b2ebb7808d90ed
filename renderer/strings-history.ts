// Text for the check-in and history views (calendar, charts, comparisons, data). Facts and labels that main or
// shared/ already words (ONSET_LABELS, CORRELATION_NOTE, comparison labels) are shown as they come.

const nights = (n: number) => (n === 1 ? '1 night' : `${n} nights`)

export const historyStrings = {
  checkIn: {
    heading: 'Morning check-in',
    forNight: (night: string) => `For the night of ${night}`,
    intro: 'A few quick questions about last night. These are Eventide’s own simple ratings.',
    severityLegend: 'How strong were your restless legs symptoms?',
    severityEnds: '0 = no symptoms, 10 = the worst you can imagine',
    sleepLegend: 'How well did you sleep?',
    sleepEnds: '0 = very badly, 10 = very well',
    chosen: (value: number) => `Chosen: ${value} out of 10`,
    notChosen: 'Not chosen yet',
    onsetLegend: 'When did symptoms start?',
    triggersLegend: 'Anything from this list yesterday? (optional)',
    triggersHint: 'Tick all that apply.',
    note: 'Note (optional)',
    noteHint: (max: number, used: number) => `Up to ${max} characters; ${used} used`,
    save: 'Save check-in',
    saving: 'Saving…',
    saved: 'Saved. Thank you.',
    savedEarlier: (date: string, time: string) =>
      `Saved on ${date} at ${time}. You can change it and save again.`,
    needSeverity: 'Choose how strong your symptoms were, from 0 to 10.',
    needSleep: 'Choose how well you slept, from 0 to 10.',
    needOnset: 'Choose when symptoms started, or “No symptoms”.',
    loadFailed: (detail: string) => `Could not load the check-in: ${detail}`,
  },
  history: {
    heading: 'History',
    rangeLegend: 'Show the last',
    range: (days: number) => `${days} days`,
    loadFailed: (detail: string) => `Could not load your history: ${detail}`,
    streaksHeading: 'Streaks of complete evenings',
    streakCurrent: 'Current streak',
    streakBest: 'Best streak',
    streakValue: (n: number) => nights(n),
    streakSpan: (from: string, to: string) => (from === to ? `on ${from}` : `${from} to ${to}`),
    streakNote: 'A paused or travel night does not break a streak.',
    calendarHeading: 'Nights',
    calendarHint: 'Use the arrow keys to move between nights; Enter or Space shows a night’s details.',
    legendComplete: 'All steps done',
    legendPartial: 'Some steps done',
    legendNone: 'No steps done',
    legendNeutral: 'Paused or travel',
    legendEmpty: 'No data',
    legendSeverity: 'The number in a day is the symptom rating (0–10).',
    chartsHeading: 'Symptoms and sleep',
    severityChart: 'Symptom strength (0–10)',
    sleepChart: 'Sleep quality (0–10)',
    helpsHeading: 'What seems to help',
    helpsEnough: 'Comparisons with enough nights',
    helpsWaiting: 'Needs more nights',
    helpsNone: 'No comparisons yet. Check in each morning and they will appear here.',
    moreNights: (withN: number, withoutN: number) => {
      const parts = [
        withN > 0 ? `${nights(withN)} with it` : '',
        withoutN > 0 ? `${nights(withoutN)} without it` : '',
      ].filter(Boolean)
      return `${parts.join(' and ')} more needed`
    },
  },
  data: {
    heading: 'Your data',
    intro: 'Everything stays on this computer. Take a copy with you, or move it to another machine.',
    exportJson: 'Export backup (JSON)',
    exportCsv: 'Export nights (CSV)',
    exportNotEncrypted:
      'Exported files are plain, unencrypted text: anyone who can open them can read your health data. ' +
      'Keep them somewhere private.',
    importLabel: 'Import a backup',
    importHint: 'Choose an Eventide backup file (.json). You will see what it holds before anything changes.',
    preparing: 'Preparing…',
    checking: 'Checking the file…',
    importing: 'Importing…',
    savedTo: (path: string) => `Saved to ${path}`,
    notSaved: 'Nothing was saved.',
    previewHeading: 'This backup holds',
    previewCounts: (p: { nights: number; checkIns: number; labs: number; medicines: number }) =>
      `${p.nights} nights, ${p.checkIns} check-ins, ${p.labs} lab results and ${p.medicines} medicines or supplements.`,
    previewRange: (from: string, to: string) => `Nights from ${from} to ${to}.`,
    previewNoRange: 'It holds no nights.',
    replaceWarning: 'Importing replaces the data Eventide holds now with this backup.',
    confirm: 'Import this backup',
    cancel: 'Cancel',
    cancelled: 'Import cancelled. Nothing changed.',
    imported: (nights: number) => `Backup imported: ${nights} nights.`,
    rejected: 'This file cannot be imported. Nothing changed.',
    problemsLabel: 'Problems found in the file',
    tooLarge: (mb: string) => `(file): expected at most 20 MB, got ${mb} MB`,
    readFailed: (detail: string) => `Could not read the file: ${detail}`,
    print: 'Print summary for a doctor (PDF)',
    showSummary: 'Show the summary',
    exportCalendar: 'Export evenings to a calendar (.ics)',
    calendarHint:
      'For a phone calendar: the next 4 weeks of evenings, each step with an alarm. The file is a snapshot and ' +
      'does not follow later changes: export again after you change a bedtime or a step, and every 4 weeks. ' +
      'Importing a newer file updates the same events. Nothing leaves this computer unless you move the file.',
  },
  night: {
    heading: (night: string) => `Night of ${night}`,
    steps: (done: number, total: number) =>
      total === 0 ? 'No steps were planned.' : `${done} of ${total} steps done.`,
    paused: 'Paused that evening.',
    ratings: (severity: number, sleep: number) => `Symptoms ${severity} of 10; sleep ${sleep} of 10.`,
    noCheckIn: 'No check-in for this night.',
    travel: 'Travel night (does not break a streak)',
    editCheckIn: 'Edit check-in',
    addCheckIn: 'Add a check-in',
  },
  cell: {
    states: {
      complete: 'all steps done',
      incomplete: 'some steps not done',
      neutral: 'not counted',
      empty: 'no data',
    },
    label: (date: string, parts: string[]) => `${date}: ${parts.join(', ')}`,
    steps: (done: number, total: number) => `${done} of ${total} steps`,
    paused: 'paused',
    travel: 'travel',
    severity: (value: number) => `symptoms ${value} of 10`,
  },
  chart: {
    noData: 'No values in this period yet.',
    unavailable: 'The chart could not be drawn; the summary above says what it shows.',
    summary: (name: string, count: number, from: string, to: string) =>
      `${name}: ${count === 1 ? '1 rating' : `${count} ratings`} from ${from} to ${to}.`,
    stats: (avg: string, min: number, max: number, latest: number, latestOn: string) =>
      `Average ${avg}, lowest ${min}, highest ${max}; latest ${latest} on ${latestOn}.`,
    trend: {
      down: 'Lower in the second half of the period.',
      up: 'Higher in the second half of the period.',
      flat: 'About the same through the period.',
    },
  },
}

/** "Tue 24 Nov" style text is left to Intl so it follows the language; dates are calendar days (UTC). */
const monthFormat = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const weekdayFormat = new Intl.DateTimeFormat('en', { weekday: 'short', timeZone: 'UTC' })

export function utcDateOf(night: string): Date {
  const [y, m, d] = night.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

export const monthName = (night: string) => monthFormat.format(utcDateOf(night))
export const weekdayName = (night: string) => weekdayFormat.format(utcDateOf(night))
