// Text for the labs and medicines view and the doctor summary. Watch-list notes,
// lab band texts and iron rules come from shared/ as written there.

import { formatLongDate, t } from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

export const healthStrings = fromCatalogue(
  { heading: 'health.heading' },
  {
    loadFailed: (detail: string) => t('health.loadFailed', { detail }),
    labs: fromCatalogue(
      {
        heading: 'labs.heading',
        intro: 'labs.intro',
        kind: 'labs.kind',
        unit: 'labs.unit',
        unitHint: 'labs.unitHint',
        date: 'labs.date',
        add: 'labs.add',
        listHeading: 'labs.listHeading',
        none: 'labs.none',
        remove: 'labs.remove',
        chartsHeading: 'labs.chartsHeading',
        fastingTip: 'labs.fastingTip',
      },
      {
        value: (unit: string) => t('labs.value', { unit }),
        valueHint: (min: number, max: number, unit: string) => t('labs.valueHint', { min, max, unit }),
        notANumber: (_got: string) => t('labs.notANumber'),
        outOfRange: (min: number, max: number, unit: string, _got: number) =>
          t('labs.outOfRange', { min, max, unit }),
        dateHint: (today: string) => t('forms.dateNotAfterToday', { today: formatLongDate(today) }),
        added: (label: string) => t('labs.added', { label }),
        removed: (label: string) => t('labs.removed', { label }),
        entry: (value: number, unit: string, date: string) =>
          t('labs.entry', { value, unit, date: formatLongDate(date) }),
        removeNamed: (name: string, value: number, unit: string, date: string) =>
          t('labs.removeNamed', { name, value, unit, date: formatLongDate(date) }),
        bandCaption: (bands: string) => t('labs.bandCaption', { bands }),
        band: (label: string, from: number, to: number | null, unit: string) =>
          to === null ? t('labs.bandOpen', { label, from, unit }) : t('labs.band', { label, from, to, unit }),
        recheck: {
          upcoming: (due: string, last: string) =>
            t('labs.recheck.upcoming', { due: formatLongDate(due), last: formatLongDate(last) }),
          due: (due: string, last: string) =>
            t('labs.recheck.due', { due: formatLongDate(due), last: formatLongDate(last) }),
          overdue: (due: string, last: string) =>
            t('labs.recheck.overdue', { due: formatLongDate(due), last: formatLongDate(last) }),
        },
      },
    ),
    medicines: fromCatalogue(
      {
        heading: 'medicines.heading',
        intro: 'medicines.intro',
        name: 'medicines.name',
        nameHint: 'medicines.nameHint',
        kindLegend: 'medicines.kindLegend',
        dose: 'medicines.dose',
        time: 'medicines.time',
        timeHint: 'medicines.timeHint',
        startedOn: 'medicines.startedOn',
        startedOnHint: 'forms.startedOnHint',
        add: 'medicines.add',
        listHeading: 'medicines.listHeading',
        none: 'medicines.none',
        remove: 'medicines.remove',
        watchLabel: 'medicines.watchLabel',
        lowerRiskLabel: 'medicines.lowerRiskLabel',
        ironHeading: 'medicines.ironHeading',
        conflictLabel: 'medicines.conflictLabel',
      },
      {
        kinds: fromCatalogue({
          medicine: 'medicines.kind.medicine',
          supplement: 'medicines.kind.supplement',
        }),
        added: (name: string) => t('medicines.added', { name }),
        removed: (name: string) => t('medicines.removed', { name }),
        removeNamed: (name: string) => t('medicines.removeNamed', { name }),
        details: (parts: string[]) => parts.join(' · '),
        at: (time: string) => t('medicines.at', { time }),
        since: (date: string) => t('medicines.since', { date: formatLongDate(date) }),
        matched: (matched: string, generic: string) =>
          matched.toLowerCase() === generic.toLowerCase() ? generic : `${matched} (${generic})`,
      },
    ),
    summary: fromCatalogue(
      {
        heading: 'summary.heading',
        ferritin: 'summary.ferritin',
        severity: 'summary.severity',
        sleep: 'summary.sleep',
        noValues: 'summary.noValues',
        adherenceHeading: 'summary.adherenceHeading',
        medicinesHeading: 'summary.medicinesHeading',
        noWatched: 'summary.noWatched',
        promptsHeading: 'summary.promptsHeading',
        print: 'summary.print',
        back: 'summary.back',
      },
      {
        period: (from: string, to: string) =>
          t('summary.period', { from: formatLongDate(from), to: formatLongDate(to) }),
        generated: (date: string) => t('summary.generated', { date: formatLongDate(date) }),
        loadFailed: (detail: string) => t('summary.loadFailed', { detail }),
        adherence: (percent: number, done: number, planned: number) =>
          t('summary.adherence', { percent, done, planned }),
        completeNights: (complete: number, nights: number) =>
          t('summary.completeNights', { complete, nights }),
        averages: (count: number, severity: number | null, sleep: number | null) =>
          count === 0
            ? t('summary.noCheckIns')
            : t('summary.averages', { count, severity: severity ?? '–', sleep: sleep ?? '–' }),
      },
    ),
  },
)
