// Text for the labs and medicines view and the doctor summary. Watch-list notes,
// lab band texts and iron rules come from shared/ as written there.

export const healthStrings = {
  heading: 'Labs and medicines',
  loadFailed: (detail: string) => `Could not load your labs and medicines: ${detail}`,
  labs: {
    heading: 'Lab results',
    intro: 'Log the results your doctor gives you. Ferritin is the one to watch for restless legs.',
    kind: 'Test',
    value: (unit: string) => `Result (${unit})`,
    valueHint: (min: number, max: number, unit: string) => `A number from ${min} to ${max} ${unit}`,
    notANumber: (got: string) => `Expected a number such as 45 or 45.5, got ${JSON.stringify(got)}`,
    outOfRange: (min: number, max: number, unit: string, got: number) =>
      `Expected vitamin D from ${min} to ${max} ${unit}, got ${got}`,
    unit: 'Unit',
    unitHint: 'Results are kept in ng/mL; nmol/L is divided by 2.5.',
    date: 'Date of the test',
    dateHint: (today: string) => `YYYY-MM-DD, on or before today (${today})`,
    add: 'Add result',
    added: (label: string) => `${label} added.`,
    removed: (label: string) => `${label} removed.`,
    listHeading: 'Your results',
    none: 'No results logged yet.',
    entry: (value: number, unit: string, date: string) => `${value} ${unit} on ${date}`,
    remove: 'Remove',
    removeNamed: (name: string, value: number, unit: string, date: string) =>
      `Remove ${name} ${value} ${unit} from ${date}`,
    chartsHeading: 'Trends',
    bandCaption: (bands: string) => `Shaded: ${bands}.`,
    band: (label: string, from: number, to: number | null, unit: string) =>
      to === null ? `${label}, ${from} ${unit} or more` : `${label}, ${from}–${to} ${unit}`,
    recheck: {
      upcoming: (due: string, last: string) =>
        `Next ferritin check: around ${due}, 3 months after your last one on ${last}.`,
      due: (due: string, last: string) =>
        `A ferritin recheck is due (since ${due}; last measured ${last}). Ask for it at your next blood test.`,
      overdue: (due: string, last: string) =>
        `A ferritin recheck is overdue: it was due on ${due}, and the last result is from ${last}.`,
    },
    fastingTip:
      'For ferritin and TSAT, a morning test while fasting, with no iron for 24 hours before, gives the clearest result.',
  },
  medicines: {
    heading: 'Medicines and supplements',
    intro:
      'Keep a list of what you take. Eventide points out anything known to make restless legs worse, so you can ask your prescriber.',
    name: 'Name',
    nameHint: 'As on the pack, for example “ZzzQuil” or “Iron bisglycinate”',
    kindLegend: 'Type',
    kinds: { medicine: 'Medicine', supplement: 'Supplement' },
    dose: 'Dose (optional)',
    time: 'Time you take it (optional)',
    timeHint: 'HH:MM, 24-hour',
    startedOn: 'Started on (optional)',
    startedOnHint: 'YYYY-MM-DD; for iron this is how long you have been taking it',
    add: 'Add to my list',
    added: (name: string) => `${name} added.`,
    removed: (name: string) => `${name} removed.`,
    listHeading: 'Your list',
    none: 'Nothing on your list yet.',
    remove: 'Remove',
    removeNamed: (name: string) => `Remove ${name}`,
    details: (parts: string[]) => parts.join(' · '),
    at: (time: string) => `at ${time}`,
    since: (date: string) => `since ${date}`,
    matched: (matched: string, generic: string) =>
      matched.toLowerCase() === generic.toLowerCase() ? generic : `${matched} (${generic})`,
    watchLabel: 'Can worsen restless legs in some people',
    lowerRiskLabel: 'Lower risk',
    ironHeading: 'Taking iron well',
    conflictLabel: 'Timing conflict',
  },
  summary: {
    heading: 'Restless legs summary',
    period: (from: string, to: string) => `Last 90 days: ${from} to ${to}`,
    generated: (date: string) => `Prepared with Eventide on ${date}`,
    loadFailed: (detail: string) => `Could not prepare the summary: ${detail}`,
    ferritin: 'Ferritin (ng/mL)',
    severity: 'Symptom strength (0–10, own rating)',
    sleep: 'Sleep quality (0–10, own rating)',
    noValues: 'None logged.',
    adherenceHeading: 'Evening routine',
    adherence: (percent: number, done: number, planned: number) =>
      `${percent} % of planned steps done (${done} of ${planned}).`,
    completeNights: (complete: number, nights: number) =>
      `${complete} of ${nights} evenings fully completed.`,
    averages: (count: number, severity: number | null, sleep: number | null) =>
      count === 0
        ? 'No morning check-ins in this period.'
        : `${count} check-ins; average symptoms ${severity ?? '–'} of 10, average sleep ${sleep ?? '–'} of 10.`,
    medicinesHeading: 'Medicines and supplements on the watch list',
    noWatched: 'None of the listed medicines or supplements is on the watch list.',
    promptsHeading: 'Points to discuss',
    print: 'Save as PDF',
    back: 'Back to history',
  },
}
