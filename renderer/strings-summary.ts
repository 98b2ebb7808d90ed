// Text for the doctor's summary, written about the patient for the doctor. Numbers and dates come from the
// view model; empty periods get a plain sentence rather than zeros.
import { formatDate, formatLongDate, t } from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

export const summaryStrings = fromCatalogue(
  {
    seeAugmentation: 'doctor.seeAugmentation',
    treatmentHeading: 'doctor.treatmentHeading',
    noTreatments: 'doctor.noTreatments',
    augmentationHeading: 'doctor.augmentationHeading',
    noFindings: 'doctor.noFindings',
    ironHeading: 'doctor.ironHeading',
    tsat: 'doctor.tsat',
    vitaminD: 'doctor.vitaminD',
    weeklyHeading: 'doctor.weeklyHeading',
    severityChart: 'doctor.severityChart',
    sleepChart: 'doctor.sleepChart',
    diaryHeading: 'doctor.diaryHeading',
    tstChart: 'doctor.tstChart',
    seChart: 'doctor.seChart',
    routineHeading: 'doctor.routineHeading',
    noEvenings: 'doctor.noEvenings',
    flagsHeading: 'doctor.flagsHeading',
    medicinesHeading: 'doctor.medicinesHeading',
    noMedicines: 'doctor.noMedicines',
    watchMark: 'doctor.watchMark',
    rlsMark: 'doctor.rlsMark',
    glanceHeading: 'doctor.glanceHeading',
  },
  {
    lead: (checkIns: number, from: string, to: string, severity: number | null, sleep: number | null) =>
      checkIns === 0
        ? t('doctor.leadNone', { from: formatLongDate(from), to: formatLongDate(to) })
        : t('doctor.lead', {
            count: checkIns,
            from: formatLongDate(from),
            to: formatLongDate(to),
            severity: severity ?? '–',
            sleep: sleep ?? '–',
          }),
    eventStart: (name: string, dose?: string) =>
      dose ? t('doctor.eventStartDose', { name, dose }) : t('doctor.eventStart', { name }),
    eventDose: (name: string, dose?: string) =>
      t('doctor.eventDose', { name, dose: dose ?? t('doctor.doseNotGiven') }),
    eventStop: (name: string) => t('doctor.eventStop', { name }),
    eventInfusion: (name: string, dose?: string) =>
      dose ? t('doctor.eventInfusionDose', { name, dose }) : t('doctor.eventInfusion', { name }),
    ongoing: (name: string) => t('doctor.ongoing', { name }),
    noStart: (name: string) => t('doctor.noStart', { name }),
    augmentationIntro: (dopamine: boolean) =>
      dopamine ? t('doctor.augmentationIntroDopamine') : t('doctor.augmentationIntro'),
    get windowHead(): string[] {
      return [
        t('doctor.windowHead.weeks'),
        t('doctor.windowHead.onset'),
        t('doctor.windowHead.spread'),
        t('doctor.windowHead.rest'),
      ]
    },
    get glance() {
      return {
        treatment: t('doctor.glance.treatment'),
        augmentation: t('doctor.glance.augmentation'),
        iron: t('doctor.glance.iron'),
        severity: t('doctor.glance.severity'),
        sleep: t('doctor.glance.sleep'),
        routine: t('doctor.glance.routine'),
        conditions: t('doctor.glance.conditions'),
        medicines: t('doctor.glance.medicines'),
      }
    },
    signs: (count: number) => t('doctor.glance.signs', { count }),
    taking: (name: string, dose: string, date: string) =>
      t('doctor.glance.taking', { name, dose, date: formatLongDate(date) }),
    stopped: (name: string, date: string) => t('doctor.glance.stopped', { name, date: formatLongDate(date) }),
    routineValue: (percent: number, nights: number) => t('doctor.glance.routineValue', { percent, nights }),
    medicineCount: (count: number, watched: string[]) =>
      t('doctor.glance.medicineCount', { count }) +
      (count === 0 ? '.' : t('doctor.glance.watch', { count: watched.length, names: watched.join(', ') })),
    nightsOf: (n: number, of: number) => (of === 0 ? '–' : t('doctor.nightsOf', { n, of })),
    notEnough: (n: number) => (n === 0 ? '–' : t('doctor.notEnough', { count: n })),
    values: (points: { date: string; value: number }[]) =>
      points.length === 0
        ? t('doctor.noneLogged')
        : points.map((p) => `${formatLongDate(p.date)}: ${p.value}`).join(' · '),
    weekly: (
      avg: number | null,
      worst: { night: string; severity: number } | null,
      change: number | null,
      previous: number | null,
    ) => {
      if (avg === null) return t('doctor.weeklyNone')
      const parts = [t('doctor.weeklyLead', { avg })]
      if (worst)
        parts.push(t('doctor.weeklyWorst', { night: formatDate(worst.night), severity: worst.severity }))
      if (change === null || previous === null) parts.push(t('doctor.weeklyNoPrevious'))
      else if (change === 0) parts.push(t('doctor.weeklySame', { previous }))
      else
        parts.push(
          t(change > 0 ? 'doctor.weeklyUp' : 'doctor.weeklyDown', { change: Math.abs(change), previous }),
        )
      return parts.join(' ')
    },
    diary: (nights: number, tst: string | null, se: number | null) =>
      nights === 0
        ? t('doctor.diaryNone')
        : t('doctor.diary', { count: nights, tst: tst ?? '–', se: se ?? '–' }),
    flags: (f: {
      pregnant: boolean
      kidneyDisease: boolean
      malabsorption: boolean
      neuropathy: boolean
    }) => {
      const noted = [
        f.kidneyDisease ? t('doctor.flag.kidneyDisease') : '',
        f.pregnant ? t('doctor.flag.pregnant') : '',
        f.malabsorption ? t('doctor.flag.malabsorption') : '',
        f.neuropathy ? t('doctor.flag.neuropathy') : '',
      ].filter(Boolean)
      return noted.length === 0 ? t('doctor.flagsNone') : t('doctor.flags', { list: noted.join(', ') })
    },
  },
)
