// One printable page for a doctor's visit: ferritin, symptom and sleep trends and the evening routine over
// the last 90 days, medicines on the watch list, points to discuss and the disclaimer. Print CSS hides the
// buttons and fits it on A4.
import '../journal.css'
import '../summary.css'
import { useEffect, useRef, useState } from 'react'
import type { SummaryView } from '../../shared/companion.ts'
import { TARGET_BANDS } from '../../shared/labs.ts'
import { api } from '../api.ts'
import { chartSummary } from '../charts/summary.ts'
import { LoadStatus } from '../components/LoadStatus.tsx'
import { Sparkline } from '../components/Sparkline.tsx'
import { navigate } from '../router.ts'
import { messageOf, strings } from '../strings.ts'
import { healthStrings } from '../strings-health.ts'
import { historyStrings } from '../strings-history.ts'
import { useLoad } from '../use-load.ts'

const s = healthStrings.summary

export function Summary() {
  const loaded = useLoad(() => api.getSummary(), 'summary', s.loadFailed)
  const [status, setStatus] = useState('')
  const busy = useRef(false)
  const view = loaded.value

  // Main's printToPDF waits for this mark, so it never prints the loading state.
  useEffect(() => {
    if (!view) return
    document.documentElement.setAttribute('data-print-ready', 'true')
    return () => document.documentElement.removeAttribute('data-print-ready')
  }, [view])

  async function print() {
    if (busy.current) return
    busy.current = true
    setStatus(historyStrings.data.preparing)
    try {
      const result = await api.printSummary()
      setStatus(result.saved ? historyStrings.data.savedTo(result.path) : historyStrings.data.notSaved)
    } catch (error) {
      console.error(error)
      setStatus(strings.errors.actionFailed(messageOf(error)))
    } finally {
      busy.current = false
    }
  }

  return (
    <main className="page summary">
      <div className="no-print button-row">
        <button type="button" className="primary" onClick={print}>
          {s.print}
        </button>
        <button type="button" onClick={() => navigate('history')}>
          {s.back}
        </button>
        <p role="status" className="status">
          {status}
        </p>
      </div>
      <LoadStatus error={loaded.error} loading={!view} />
      {view && <SummaryPage view={view} />}
    </main>
  )
}

function SummaryPage({ view }: { view: SummaryView }) {
  const ferritin = view.ferritin.map((p) => ({ date: p.date, value: p.value }))
  const severity = view.severity.map((p) => ({ date: p.night, value: p.value }))
  const sleep = view.sleepQuality.map((p) => ({ date: p.night, value: p.value }))
  const ferritinMax = Math.max(100, ...view.ferritin.map((p) => p.value)) * 1.1
  const watched = view.medicines.filter((m) => m.matches.some((x) => x.level === 'watch'))
  const a = view.adherence
  return (
    <article className="summary-page">
      <header>
        <h1>{s.heading}</h1>
        <p>{s.period(view.from, view.to)}</p>
        <p className="muted">{s.generated(view.generatedOn)}</p>
      </header>
      <section aria-labelledby="sum-ferritin">
        <h2 id="sum-ferritin">{s.ferritin}</h2>
        {ferritin.length === 0 ? (
          <p>{s.noValues}</p>
        ) : (
          <>
            <Sparkline points={ferritin} yMin={0} yMax={ferritinMax} bands={TARGET_BANDS.ferritin} />
            <p>{view.ferritin.map((p) => `${p.date}: ${p.value}`).join(' · ')}</p>
          </>
        )}
      </section>
      <section aria-labelledby="sum-severity">
        <h2 id="sum-severity">{s.severity}</h2>
        <Sparkline points={severity} yMin={0} yMax={10} />
        <p>{chartSummary(s.severity, severity)}</p>
        <h2>{s.sleep}</h2>
        <Sparkline points={sleep} yMin={0} yMax={10} />
        <p>{chartSummary(s.sleep, sleep)}</p>
        <p>{s.averages(view.averages.checkIns, view.averages.severity, view.averages.sleepQuality)}</p>
      </section>
      <section aria-labelledby="sum-adherence">
        <h2 id="sum-adherence">{s.adherenceHeading}</h2>
        <p>{s.adherence(a.percent, a.stepsDone, a.stepsPlanned)}</p>
        <p>{s.completeNights(a.completeNights, a.nights)}</p>
      </section>
      <section aria-labelledby="sum-medicines">
        <h2 id="sum-medicines">{s.medicinesHeading}</h2>
        {watched.length === 0 ? (
          <p>{s.noWatched}</p>
        ) : (
          <ul>
            {watched.map((m) => (
              <li key={m.entry.id}>
                {m.entry.name}
                {m.entry.dose ? ` (${m.entry.dose})` : ''}:{' '}
                {m.matches
                  .filter((x) => x.level === 'watch')
                  .map((x) => `${x.generic}, ${x.groupLabel}`)
                  .join('; ')}
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.prompts.length > 0 && (
        <section aria-labelledby="sum-prompts">
          <h2 id="sum-prompts">{s.promptsHeading}</h2>
          <ul>
            {view.prompts.map((p) => (
              <li key={p.id}>{p.forDoctor}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="disclaimer">
        <p>{view.disclaimer}</p>
      </footer>
    </article>
  )
}
