// The printable summary for a doctor's visit, for a two-minute read: points to discuss first, everything at a
// glance (so page one holds the whole picture), then the treatment time line, the augmentation watch, iron, weekly severity and sleep, the sleep diary, the routine,
// the conditions and the full medicine list. Print CSS hides the buttons and always prints light.
import '../journal.css'
import '../summary.css'
import { useEffect, useRef, useState } from 'react'
import { TARGET_BANDS } from '../../shared/labs.ts'
import type { SummaryView } from '../../shared/view-models.ts'
import { api } from '../api.ts'
import { LoadStatus } from '../components/LoadStatus.tsx'
import { Sparkline } from '../components/Sparkline.tsx'
import { withReadableDates } from '../readable-dates.ts'
import { navigate } from '../router.ts'
import { messageOf, strings } from '../strings.ts'
import { healthStrings } from '../strings-health.ts'
import { historyStrings } from '../strings-history.ts'
import { summaryStrings as t } from '../strings-summary.ts'
import { AtAGlance } from '../summary/AtAGlance.tsx'
import {
  Augmentation,
  Medicines,
  Routine,
  SleepDiary,
  Treatments,
  Weekly,
} from '../summary/SummarySections.tsx'
import { useLoad } from '../use-load.ts'

const s = healthStrings.summary
/** Their findings are listed in the augmentation section; the prompt line points there instead of repeating them. */
const AUGMENTATION_KINDS = new Set(['augmentation', 'symptoms-changing'])

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
  const ferritinMax = Math.max(100, ...view.ferritin.map((p) => p.value)) * 1.1
  const checkIns = view.averages.checkIns
  return (
    <article className="summary-page">
      <header>
        <h1>{s.heading}</h1>
        <p>{s.period(view.from, view.to)}</p>
        <p className="muted">{s.generated(view.generatedOn)}</p>
        <p>{t.lead(checkIns, view.from, view.to, view.averages.severity, view.averages.sleepQuality)}</p>
      </header>
      {view.prompts.length > 0 && (
        <section aria-labelledby="sum-prompts" className="summary-prompts">
          <h2 id="sum-prompts">{s.promptsHeading}</h2>
          <ul>
            {view.prompts.map((p) => (
              <li key={p.id}>
                {withReadableDates(
                  AUGMENTATION_KINDS.has(p.kind) ? `${p.forDoctor} ${t.seeAugmentation}` : p.forDoctor,
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <AtAGlance view={view} />
      <Treatments view={view} />
      <Augmentation view={view} />
      <section aria-labelledby="sum-iron">
        <h2 id="sum-iron">{t.ironHeading}</h2>
        <h3>{s.ferritin}</h3>
        {ferritin.length === 0 ? (
          <p>{s.noValues}</p>
        ) : (
          <>
            <Sparkline points={ferritin} yMin={0} yMax={ferritinMax} bands={TARGET_BANDS.ferritin} />
            <p>{t.values(view.ferritin)}</p>
          </>
        )}
        <h3>{t.tsat}</h3>
        <p>{t.values(view.tsat)}</p>
        <h3>{t.vitaminD}</h3>
        <p>{t.values(view.vitaminD)}</p>
      </section>
      <Weekly view={view} />
      <SleepDiary view={view} />
      <Routine view={view} />
      <section aria-labelledby="sum-flags">
        <h2 id="sum-flags">{t.flagsHeading}</h2>
        <p>{t.flags(view.flags)}</p>
      </section>
      <Medicines view={view} />
      <footer className="disclaimer">
        <p>{view.disclaimer}</p>
      </footer>
    </article>
  )
}
