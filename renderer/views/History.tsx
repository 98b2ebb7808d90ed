// History: a badge for doctor prompts (their banners live in the checklist), streaks (or, in a first week,
// what is coming), a calendar of nights, symptom and sleep charts over 30/90/365 days, what seems to help,
// and the person's data (export, import, print).
import '../journal.css'
import { useEffect, useId, useRef, useState } from 'react'
import { CHART_RANGES, type ChartRange } from '../../shared/chart-ranges.ts'
import type { HistoryView } from '../../shared/view-models.ts'
import { weeklyAverage } from '../../shared/weekly-average.ts'
import { api } from '../api.ts'
import { chartSummary } from '../charts/summary.ts'
import { Chart } from '../components/Chart.tsx'
import { DoctorBadge } from '../components/DoctorBadge.tsx'
import { LoadStatus } from '../components/LoadStatus.tsx'
import { BackToTonight } from '../components/PageHeader.tsx'
import { Calendar } from '../history/Calendar.tsx'
import { DataSection } from '../history/DataSection.tsx'
import { FIRST_WEEK_NIGHTS, recordedNights, sinceFirstRecord } from '../history/first-week.ts'
import { Helps } from '../history/Helps.tsx'
import { NightDetail } from '../history/NightDetail.tsx'
import { SleepCharts, WeeklyScoreCard } from '../history/SleepAndScore.tsx'
import { Streaks } from '../history/Streaks.tsx'
import { messageOf, strings } from '../strings.ts'
import { historyStrings } from '../strings-history.ts'
import { journalStrings } from '../strings-journal.ts'
import { looksStrings } from '../strings-looks.ts'
import { useLoad } from '../use-load.ts'
import { FIRST_HISTORY_DAYS, takeArrivedFirstHistory, takeFirstHistory } from '../view-loader.ts'
import { markViewReady } from '../view-ready.ts'

const s = historyStrings.history

export function History() {
  const [days, setDays] = useState<ChartRange>(FIRST_HISTORY_DAYS)
  const [reloads, setReloads] = useState(0)
  // The first 30 days, when their answer came while the code loaded (view-loader.ts), are drawn at once.
  const [arrived] = useState(() => takeArrivedFirstHistory(FIRST_HISTORY_DAYS))
  const loaded = useLoad(
    () => takeFirstHistory(days) ?? api.getHistory({ days }),
    `${days}:${reloads}`,
    s.loadFailed,
    arrived,
  )
  const view = loaded.value
  return (
    <main className="page history">
      <header className="page-header">
        <h1>{s.heading}</h1>
        <div className="button-row">
          <button type="button" onClick={() => api.openWindow({ view: 'health' }).catch(console.error)}>
            {journalStrings.nav.health}
          </button>
          <BackToTonight />
        </div>
      </header>
      <RangeSwitch days={days} onChange={setDays} />
      <LoadStatus error={loaded.error} loading={!view} />
      {view && <HistoryBody view={view} onChange={loaded.setValue} />}
      <DataSection onImported={() => setReloads((n) => n + 1)} />
    </main>
  )
}

function RangeSwitch({ days, onChange }: { days: ChartRange; onChange: (days: ChartRange) => void }) {
  const id = useId()
  return (
    <fieldset className="range-switch">
      <legend>{s.rangeLegend}</legend>
      {CHART_RANGES.map((range) => (
        <span className="range-option" key={range}>
          <input
            id={`${id}-${range}`}
            type="radio"
            name={`${id}-range`}
            checked={days === range}
            onChange={() => onChange(range)}
          />
          <label htmlFor={`${id}-${range}`}>{s.range(range)}</label>
        </span>
      ))}
    </fieldset>
  )
}

function HistoryBody({ view, onChange }: { view: HistoryView; onChange: (view: HistoryView) => void }) {
  const [selected, setSelected] = useState(view.lastNight)
  useEffect(markViewReady, [])
  const [error, setError] = useState<string | null>(null)
  const busy = useRef(false)
  const cell = view.calendar.find((c) => c.night === selected) ?? view.calendar.at(-1)
  // A first week says what is coming instead of a month of dashed boxes and "0 nights".
  const recorded = recordedNights(view.calendar)
  const firstWeek = recorded < FIRST_WEEK_NIGHTS
  const cells = firstWeek ? sinceFirstRecord(view.calendar) : view.calendar

  async function setTravel(night: string, travel: boolean) {
    if (busy.current) return
    busy.current = true
    try {
      const next = await api.setTravelNight({ night, travel })
      // The request carries no range, so an answer for another range is fetched again for the one shown.
      onChange(next.days === view.days ? next : await api.getHistory({ days: view.days }))
      setError(null)
    } catch (failure) {
      console.error(failure)
      setError(strings.errors.actionFailed(messageOf(failure)))
    } finally {
      busy.current = false
    }
  }

  const severity = view.series.severity.map((p) => ({ date: p.night, value: p.value }))
  const sleep = view.series.sleepQuality.map((p) => ({ date: p.night, value: p.value }))
  // The 90- and 365-day charts are too dense to read night by night; a weekly line shows the drift.
  const averaged = view.days >= 90
  const l = looksStrings.legend
  return (
    <>
      <DoctorBadge prompts={view.prompts} />
      <div role="alert" className={error ? 'error-box' : undefined}>
        {error}
      </div>
      <Streaks
        current={view.streaks.current}
        best={view.streaks.best}
        firstWeek={firstWeek ? { recorded, left: FIRST_WEEK_NIGHTS - recorded } : undefined}
      />
      <section className="card" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{s.calendarHeading}</h2>
        <Calendar cells={cells} selected={cell?.night ?? ''} onSelect={setSelected} />
        {cell && <NightDetail cell={cell} checkIn={view.checkIns[cell.night]} onTravel={setTravel} />}
      </section>
      <section className="card" aria-labelledby="charts-heading">
        <h2 id="charts-heading">{s.chartsHeading}</h2>
        <Chart
          title={s.severityChart}
          points={severity}
          summary={chartSummary(s.severityChart, severity)}
          yMin={0}
          yMax={10}
          average={averaged ? weeklyAverage(severity) : undefined}
          marker="circle"
          tone="accent"
          legend={{ points: l.symptomNights, average: l.symptomAverage }}
        />
        <Chart
          title={s.sleepChart}
          points={sleep}
          summary={chartSummary(s.sleepChart, sleep)}
          yMin={0}
          yMax={10}
          average={averaged ? weeklyAverage(sleep) : undefined}
          marker="square"
          tone="done"
          legend={{ points: l.sleepNights, average: l.sleepAverage }}
        />
      </section>
      <WeeklyScoreCard view={view} />
      <SleepCharts view={view} />
      <Helps helps={view.helps} note={view.correlationNote} />
    </>
  )
}
