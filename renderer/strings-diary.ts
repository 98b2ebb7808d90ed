// Text for the check-in's optional quick answers (augmentation watch, sleep diary), the treatment log, the
// sleep charts and the weekly score. Kept apart from strings-history.ts so the two grow without clashing.

export const diaryStrings = {
  quick: {
    legend: 'A little more about the symptoms (optional)',
    hint: 'These help your doctor see whether symptoms change over the months. Skip any you like.',
    onsetTime: 'About what time did they start?',
    onsetTimeHint: 'A clock time, as best you remember.',
    whereLegend: 'Where did you feel them?',
    restLegend: 'How long could you sit or lie still before they started?',
    notSure: 'Not answered',
  },
  diary: {
    summary: 'Sleep diary (optional)',
    hint: 'Times from the last mornings are filled in for you; change what was different. Leave any field empty.',
    inBed: 'Time you got into bed',
    triedToSleep: 'Time you tried to go to sleep',
    minutesToFallAsleep: 'Minutes it took to fall asleep',
    awakenings: 'Times you woke up in the night',
    minutesAwake: 'Minutes awake in the night, in total',
    finalWake: 'Time of your final wake-up',
    outOfBed: 'Time you got out of bed',
    napMinutes: 'Minutes of daytime naps yesterday',
    timesUpWalking: 'Times you got up to walk in the night',
    caffeineAfter17: 'Caffeine after 17:00',
    alcoholAfter17: 'Alcohol after 17:00',
    wholeNumber: (label: string, max: number) =>
      `${label}: enter a whole number from 0 to ${max}, or leave it empty.`,
    computed: (tst: string, efficiency: number) => `Total sleep ${tst}, sleep efficiency ${efficiency} %.`,
  },
  sleepChart: {
    heading: 'Sleep from the diary',
    tst: 'Total sleep (hours)',
    efficiency: 'Sleep efficiency (%)',
    none: 'No sleep diary entries in this range yet. The sleep diary is an optional part of the morning check-in.',
  },
  weekly: {
    heading: 'This week’s score',
    summary: (avg: string, worst: string, nights: number) =>
      `Average ${avg} out of 10 over ${nights === 1 ? '1 check-in' : `${nights} check-ins`}; worst night ${worst}.`,
    change: (delta: number, previous: number) =>
      delta === 0
        ? `The same as the 4 weeks before (${previous}).`
        : `${delta > 0 ? 'Up' : 'Down'} ${Math.abs(delta)} from the 4 weeks before (${previous}).`,
    noPrevious: 'No check-ins in the 4 weeks before to compare with.',
    empty: 'No check-ins this week.',
  },
  treatment: {
    mark: 'This is one of my RLS treatments',
    markHint: 'Adds it to the treatment time line on your doctor’s summary. Eventide never suggests a dose.',
    recognised: (label: string) => `Recognised as a ${label}.`,
    timeline: 'Treatment log',
    started: (date: string) => `Started ${date}`,
    stopped: (date: string) => `Stopped ${date}`,
    ongoing: 'Still taking it',
    doseLegend: 'Record a dose change',
    doseDate: 'Date of the change',
    dose: 'New dose, as your prescriber wrote it',
    addDose: 'Add dose change',
    stopDate: 'Date you stopped (optional)',
    saveStop: 'Save stop date',
    needDate: 'Enter the date as YYYY-MM-DD.',
    needDose: 'Enter the dose as written on the label or prescription.',
    saved: (name: string) => `Treatment log for ${name} updated.`,
  },
}
