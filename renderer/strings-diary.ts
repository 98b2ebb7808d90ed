// Text for the check-in's optional quick answers (augmentation watch, sleep diary), the treatment log, the
// sleep charts and the weekly score. Kept apart from strings-history.ts so the two grow without clashing.

import { formatLongDate, t } from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

export const diaryStrings = {
  quick: fromCatalogue({
    legend: 'quick.legend',
    hint: 'quick.hint',
    onsetTime: 'quick.onsetTime',
    onsetTimeHint: 'quick.onsetTimeHint',
    whereLegend: 'quick.whereLegend',
    restLegend: 'quick.restLegend',
    notSure: 'quick.notSure',
  }),
  diary: fromCatalogue(
    {
      summary: 'diary.summary',
      hint: 'diary.hint',
      inBed: 'diary.inBed',
      triedToSleep: 'diary.triedToSleep',
      minutesToFallAsleep: 'diary.minutesToFallAsleep',
      awakenings: 'diary.awakenings',
      minutesAwake: 'diary.minutesAwake',
      finalWake: 'diary.finalWake',
      outOfBed: 'diary.outOfBed',
      napMinutes: 'diary.napMinutes',
      timesUpWalking: 'diary.timesUpWalking',
      caffeineAfter17: 'diary.caffeineAfter17',
      alcoholAfter17: 'diary.alcoholAfter17',
    },
    {
      wholeNumber: (label: string, max: number) => t('diary.wholeNumber', { label, max }),
      computed: (tst: string, efficiency: number) => t('diary.computed', { tst, efficiency }),
    },
  ),
  sleepChart: fromCatalogue({
    heading: 'sleepChart.heading',
    tst: 'sleepChart.tst',
    efficiency: 'sleepChart.efficiency',
    none: 'sleepChart.none',
  }),
  weekly: fromCatalogue(
    { heading: 'weekly.heading', noPrevious: 'weekly.noPrevious', empty: 'weekly.empty' },
    {
      summary: (avg: string, worst: string, nights: number) =>
        t('weekly.summary', { avg, worst, count: nights }),
      change: (delta: number, previous: number) =>
        delta === 0
          ? t('weekly.same', { previous })
          : t(delta > 0 ? 'weekly.up' : 'weekly.down', { delta: Math.abs(delta), previous }),
    },
  ),
  treatment: fromCatalogue(
    {
      mark: 'treatment.mark',
      markHint: 'treatment.markHint',
      timeline: 'treatment.timeline',
      ongoing: 'treatment.ongoing',
      doseLegend: 'treatment.doseLegend',
      doseDate: 'treatment.doseDate',
      dose: 'treatment.dose',
      addDose: 'treatment.addDose',
      stopDate: 'treatment.stopDate',
      saveStop: 'treatment.saveStop',
      needDate: 'treatment.needDate',
      needDose: 'treatment.needDose',
    },
    {
      recognised: (label: string) => t('treatment.recognised', { label }),
      started: (date: string) => t('treatment.started', { date: formatLongDate(date) }),
      stopped: (date: string) => t('treatment.stopped', { date: formatLongDate(date) }),
      saved: (name: string) => t('treatment.saved', { name }),
    },
  ),
}
