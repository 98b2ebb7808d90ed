// Text for the doctor's summary, written about the patient for the doctor. Numbers and dates come from the
// view model; empty periods get a plain sentence rather than zeros.

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export const summaryStrings = {
  lead: (checkIns: number, from: string, to: string, severity: number | null, sleep: number | null) =>
    checkIns === 0
      ? `No check-ins in this period (${from} to ${to}).`
      : `The patient recorded ${count(checkIns, 'morning check-in', 'morning check-ins')} from ${from} to ${to}: ` +
        `average symptom strength ${severity ?? '–'} of 10 and sleep quality ${sleep ?? '–'} of 10 (own ratings).`,
  seeAugmentation: 'What the check-ins show, with dates, is under “Augmentation watch” below.',
  treatmentHeading: 'RLS treatment time line',
  noTreatments: 'The patient has marked no medicine as RLS treatment.',
  eventStart: (name: string, dose?: string) => `Started ${name}${dose ? `, ${dose}` : ''}`,
  eventDose: (name: string, dose?: string) => `${name}: dose changed to ${dose ?? '(not given)'}`,
  eventStop: (name: string) => `Stopped ${name}`,
  eventInfusion: (name: string, dose?: string) => `${name}${dose ? `, ${dose}` : ''}`,
  ongoing: (name: string) => `${name}: still taking it.`,
  noStart: (name: string) => `${name}: no start date given.`,
  augmentationHeading: 'Augmentation watch',
  augmentationIntro: (dopamine: boolean) =>
    dopamine
      ? 'A dopamine-type medicine is on the treatment log. The patient’s answers, by 4-week window:'
      : 'No dopamine-type medicine is on the treatment log. The patient’s answers, by 4-week window:',
  windowHead: ['4 weeks', 'Onset (median clock time)', 'Arms or trunk', 'Still before symptoms (median)'],
  nightsOf: (n: number, of: number) => (of === 0 ? '–' : `${n} of ${of} nights`),
  notEnough: (n: number) => (n === 0 ? '–' : `– (${count(n, 'answer', 'answers')})`),
  noFindings: 'No sign of earlier onset, spread or shorter time at rest in these answers.',
  ironHeading: 'Iron and vitamin D',
  tsat: 'TSAT (%)',
  vitaminD: 'Vitamin D, 25-OH (ng/mL)',
  values: (points: { date: string; value: number }[]) =>
    points.length === 0 ? 'None logged.' : points.map((p) => `${p.date}: ${p.value}`).join(' · '),
  weeklyHeading: 'Symptoms and sleep, week by week',
  severityChart: 'Average symptom strength, 0–10 (patient’s own rating; higher is worse)',
  sleepChart: 'Average sleep quality, 0–10 (patient’s own rating; higher is better)',
  weekly: (
    avg: number | null,
    worst: { night: string; severity: number } | null,
    change: number | null,
    previous: number | null,
  ) => {
    if (avg === null) return 'No check-ins in the last week.'
    const worstText = worst ? ` Worst night ${worst.night} (${worst.severity}).` : ''
    const changeText =
      change === null || previous === null
        ? ' No check-ins in the 4 weeks before to compare with.'
        : ` ${change === 0 ? 'Unchanged' : change > 0 ? `Up ${change}` : `Down ${Math.abs(change)}`} from the 4 weeks before (${previous}).`
    return `Last week the patient’s own symptom rating averaged ${avg} of 10.${worstText}${changeText}`
  },
  diaryHeading: 'Sleep diary (Consensus Sleep Diary core)',
  diary: (nights: number, tst: string | null, se: number | null) =>
    nights === 0
      ? 'The patient kept no sleep diary in this period.'
      : `From ${count(nights, 'diary night', 'diary nights')}: average total sleep ${tst}, sleep efficiency ${se} %.`,
  tstChart: 'Average total sleep time (hours)',
  seChart: 'Average sleep efficiency (%)',
  routineHeading: 'Evening routine',
  noEvenings: 'No evenings of the routine recorded in this period.',
  flagsHeading: 'Conditions noted by the patient',
  flags: (f: { pregnant: boolean; kidneyDisease: boolean; malabsorption: boolean; neuropathy: boolean }) => {
    const noted = [
      f.kidneyDisease ? 'kidney disease' : '',
      f.pregnant ? 'pregnancy' : '',
      f.malabsorption ? 'a malabsorption condition' : '',
      f.neuropathy ? 'neuropathy or diabetes (reduced feeling in the feet)' : '',
    ].filter(Boolean)
    return noted.length === 0 ? 'None noted.' : `The patient reports ${noted.join(', ')}.`
  },
  medicinesHeading: 'Medicines and supplements',
  noMedicines: 'The patient has listed no medicines or supplements.',
  watchMark: 'Watch list',
  rlsMark: 'RLS treatment',
}
