// History's additions for the clinician's questions: last week's own-rating score against the 4 weeks before
// (with the plain note that it is not the IRLS), and total sleep and sleep efficiency from the sleep diary.

import { formatDate } from '../../shared/i18n/index.ts'
import type { HistoryView } from '../../shared/view-models.ts'
import { chartSummary } from '../charts/summary.ts'
import { Chart } from '../components/Chart.tsx'
import { diaryStrings } from '../strings-diary.ts'

const w = diaryStrings.weekly
const c = diaryStrings.sleepChart

export function WeeklyScoreCard({ view }: { view: HistoryView }) {
  const { week, change, previousAverage } = view.weeklyScore
  return (
    <section className="card" aria-labelledby="weekly-heading">
      <h2 id="weekly-heading">{w.heading}</h2>
      {week.severity === null ? (
        <p>{w.empty}</p>
      ) : (
        <>
          <p>
            {w.summary(
              String(week.severity),
              week.worst ? `${formatDate(week.worst.night)} (${week.worst.severity})` : '–',
              week.checkIns,
            )}
          </p>
          <p>
            {change === null || previousAverage === null ? w.noPrevious : w.change(change, previousAverage)}
          </p>
        </>
      )}
      <p className="muted">{view.weeklyNote}</p>
    </section>
  )
}

export function SleepCharts({ view }: { view: HistoryView }) {
  const tst = view.sleep.totalSleep.map((p) => ({ date: p.night, value: p.value }))
  const se = view.sleep.efficiency.map((p) => ({ date: p.night, value: p.value }))
  const any = tst.some((p) => p.value !== null)
  return (
    <section className="card" aria-labelledby="sleep-heading">
      <h2 id="sleep-heading">{c.heading}</h2>
      {any ? (
        <>
          <Chart title={c.tst} points={tst} summary={chartSummary(c.tst, tst)} yMin={0} yMax={12} />
          <Chart
            title={c.efficiency}
            points={se}
            summary={chartSummary(c.efficiency, se)}
            yMin={0}
            yMax={100}
          />
        </>
      ) : (
        <p>{c.none}</p>
      )}
    </section>
  )
}
