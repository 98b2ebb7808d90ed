// Text for the check-in and history views (calendar, charts, comparisons, data). Facts and labels that main or
// shared/ already words (ONSET_LABELS, correlationNote(), comparison labels) are shown as they come.
import {
  formatDate,
  formatList,
  formatLongDate,
  formatMonth,
  formatWeekday,
  t,
} from '../shared/i18n/index.ts'
import { fromCatalogue } from './i18n.ts'

const nights = (count: number) => t('history.nights', { count })

export const historyStrings = {
  checkIn: fromCatalogue(
    {
      heading: 'checkIn.heading',
      intro: 'checkIn.intro',
      severityLegend: 'checkIn.severityLegend',
      severityEnds: 'checkIn.severityEnds',
      sleepLegend: 'checkIn.sleepLegend',
      sleepEnds: 'checkIn.sleepEnds',
      onsetLegend: 'checkIn.onsetLegend',
      triggersLegend: 'checkIn.triggersLegend',
      triggersHint: 'checkIn.triggersHint',
      note: 'checkIn.note',
      save: 'checkIn.save',
      saving: 'checkIn.saving',
      saved: 'checkIn.saved',
      needSeverity: 'checkIn.needSeverity',
      needSleep: 'checkIn.needSleep',
      needOnset: 'checkIn.needOnset',
    },
    {
      forNight: (night: string) => t('checkIn.forNight', { night: formatDate(night) }),
      noteHint: (max: number, used: number) => t('checkIn.noteHint', { max, used }),
      savedEarlier: (date: string, time: string) =>
        t('checkIn.savedEarlier', { date: formatDate(date), time }),
      loadFailed: (detail: string) => t('checkIn.loadFailed', { detail }),
    },
  ),
  history: fromCatalogue(
    {
      heading: 'history.heading',
      rangeLegend: 'history.rangeLegend',
      streaksHeading: 'history.streaksHeading',
      streakCurrent: 'history.streakCurrent',
      streakBest: 'history.streakBest',
      streakNote: 'history.streakNote',
      calendarHeading: 'history.calendarHeading',
      calendarHint: 'history.calendarHint',
      legendComplete: 'history.legendComplete',
      legendPartial: 'history.legendPartial',
      legendNone: 'history.legendNone',
      legendNeutral: 'history.legendNeutral',
      legendEmpty: 'history.legendEmpty',
      legendSeverity: 'history.legendSeverity',
      chartsHeading: 'history.chartsHeading',
      severityChart: 'history.severityChart',
      sleepChart: 'history.sleepChart',
      helpsHeading: 'history.helpsHeading',
      helpsEnough: 'history.helpsEnough',
      helpsWaiting: 'history.helpsWaiting',
      helpsNone: 'history.helpsNone',
      firstWeek: 'history.firstWeek',
    },
    {
      range: (days: number) => t('history.range', { days }),
      loadFailed: (detail: string) => t('history.loadFailed', { detail }),
      streakValue: (n: number) => nights(n),
      streakSpan: (from: string, to: string) =>
        from === to
          ? t('history.streakOn', { date: formatDate(from) })
          : t('history.streakSpan', { from: formatDate(from), to: formatDate(to) }),
      moreNights: (withN: number, withoutN: number) => {
        const parts = [
          withN > 0 ? t('history.moreWith', { count: withN }) : '',
          withoutN > 0 ? t('history.moreWithout', { count: withoutN }) : '',
        ].filter(Boolean)
        return t('history.moreNeeded', { parts: formatList(parts) })
      },
    },
  ),
  data: fromCatalogue(
    {
      heading: 'data.heading',
      intro: 'data.intro',
      exportJson: 'data.exportJson',
      exportCsv: 'data.exportCsv',
      exportNotEncrypted: 'data.exportNotEncrypted',
      importLabel: 'data.importLabel',
      importHint: 'data.importHint',
      preparing: 'data.preparing',
      checking: 'data.checking',
      importing: 'data.importing',
      notSaved: 'data.notSaved',
      previewHeading: 'data.previewHeading',
      previewNoRange: 'data.previewNoRange',
      replaceWarning: 'data.replaceWarning',
      confirm: 'data.confirm',
      cancel: 'data.cancel',
      cancelled: 'data.cancelled',
      rejected: 'data.rejected',
      problemsLabel: 'data.problemsLabel',
      print: 'data.print',
      showSummary: 'data.showSummary',
      exportCalendar: 'data.exportCalendar',
      calendarHint: 'data.calendarHint',
    },
    {
      savedTo: (path: string) => t('data.savedTo', { path }),
      previewCounts: (p: { nights: number; checkIns: number; labs: number; medicines: number }) =>
        t('data.previewCounts', {
          list: formatList([
            t('data.previewNights', { count: p.nights }),
            t('data.previewCheckIns', { count: p.checkIns }),
            t('data.previewLabs', { count: p.labs }),
            t('data.previewMedicines', { count: p.medicines }),
          ]),
        }),
      previewRange: (from: string, to: string) =>
        t('data.previewRange', { from: formatLongDate(from), to: formatLongDate(to) }),
      imported: (count: number) => t('data.imported', { count }),
      tooLarge: (mb: string) => t('data.tooLarge', { mb }),
      readFailed: (detail: string) => t('data.readFailed', { detail }),
    },
  ),
  night: fromCatalogue(
    {
      paused: 'night.paused',
      noCheckIn: 'night.noCheckIn',
      travel: 'night.travel',
      editCheckIn: 'night.editCheckIn',
      addCheckIn: 'night.addCheckIn',
    },
    {
      heading: (night: string) => t('night.heading', { night: formatDate(night) }),
      steps: (done: number, total: number) =>
        total === 0 ? t('night.noSteps') : t('night.steps', { done, total }),
      ratings: (severity: number, sleep: number) => t('night.ratings', { severity, sleep }),
    },
  ),
  cell: fromCatalogue(
    { paused: 'cell.paused', travel: 'cell.travel' },
    {
      states: fromCatalogue({
        complete: 'cell.complete',
        incomplete: 'cell.incomplete',
        neutral: 'cell.neutral',
        empty: 'cell.empty',
      }),
      label: (date: string, parts: string[]) => t('cell.label', { date, parts: parts.join(', ') }),
      steps: (done: number, total: number) => t('cell.steps', { done, total }),
      severity: (value: number) => t('cell.severity', { value }),
    },
  ),
  chart: fromCatalogue(
    { noData: 'chart.noData', unavailable: 'chart.unavailable' },
    {
      summary: (name: string, count: number, from: string, to: string) =>
        t('chart.summary', { name, count, from, to }),
      stats: (avg: string, min: number, max: number, latest: number, latestOn: string) =>
        t('chart.stats', { avg, min, max, latest, latestOn }),
      trend: fromCatalogue({ down: 'chart.trendDown', up: 'chart.trendUp', flat: 'chart.trendFlat' }),
    },
  ),
}

/** "Tue 24 Nov" style text is left to Intl so it follows the language; dates are calendar days (UTC). */

export function utcDateOf(night: string): Date {
  const [y, m, d] = night.split('-').map(Number)
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
}

export const monthName = (night: string) => formatMonth(night)
export const weekdayName = (night: string) => formatWeekday(night)
