// History: doctor prompts, streaks, a calendar of nights, symptom and sleep charts over 30/90/365 days,
// what seems to help, and the person's data (export, import, print).
import '../journal.css'
import { useEffect, useId, useRef, useState } from 'react'
import { CHART_RANGES, type ChartRange } from '../../shared/history.ts'
import type { HistoryView } from '../../shared/view-models.ts'
import { api } from '../api.ts'
import { chartSummary } from '../charts/summary.ts'
import { Chart } from '../components/Chart.tsx'
import { LoadStatus } from '../components/LoadStatus.tsx'
import { PromptBanners } from '../components/PromptBanners.tsx'
import { Calendar } from '../history/Calendar.tsx'
import { DataSection } from '../history/DataSection.tsx'
import { Helps } from '../history/Helps.tsx'
import { NightDetail } from '../history/NightDetail.tsx'
import { SleepCharts, WeeklyScoreCard } from '../history/SleepAndScore.tsx'
import { Streaks } from '../history/Streaks.tsx'
import { navigate } from '../router.ts'
import { messageOf, strings } from '../strings.ts'
import { historyStrings } from '../strings-history.ts'
import { journalStrings } from '../strings-journal.ts'
import { useLoad } from '../use-load.ts'
import { FIRST_HISTORY_DAYS, takeFirstHistory } from '../view-loader.ts'
import { markViewReady } from '../view-ready.ts'

const s = historyStrings.history

export function History() {
  const [days, setDays] = useState<ChartRange>(FIRST_HISTORY_DAYS)
  const [reloads, setReloads] = useState(0)
  const loaded = useLoad(
    () => takeFirstHistory(days) ?? api.getHistory({ days }),
    `${days}:${reloads}`,
    s.loadFailed,
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
          <button type="button" onClick={() => navigate('checklist')}>
            {strings.nav.backToTonight}
          </button>
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
  return (
    <>
      <PromptBanners prompts={view.prompts} />
      <div role="alert" className={error ? 'error-box' : undefined}>
        {error}
      </div>
      <Streaks current={view.streaks.current} best={view.streaks.best} />
      <section className="card" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{s.calendarHeading}</h2>
        <Calendar cells={view.calendar} selected={cell?.night ?? ''} onSelect={setSelected} />
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
        />
        <Chart
          title={s.sleepChart}
          points={sleep}
          summary={chartSummary(s.sleepChart, sleep)}
          yMin={0}
          yMax={10}
        />
      </section>
      <WeeklyScoreCard view={view} />
      <SleepCharts view={view} />
      <Helps helps={view.helps} note={view.correlationNote} />
    </>
  )
}
