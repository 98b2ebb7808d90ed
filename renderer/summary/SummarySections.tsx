// The sections of the doctor's summary, each a short block a clinician scans: what the patient takes and
// since when, whether the augmentation signs show, iron, the weekly numbers, the routine, the conditions and
// every medicine. Written about the patient; empty data gets a sentence, never "0 of 0".

import { dayMinutesToClock } from '../../shared/augmentation.ts'
import { REST_BUCKETS, REST_LABELS } from '../../shared/checkin.ts'
import { formatLongDate } from '../../shared/i18n/index.ts'
import type { TreatmentEvent, TreatmentLine } from '../../shared/rls-treatments.ts'
import type { SummaryView } from '../../shared/view-models.ts'
import { WeeklyChart } from '../components/WeeklyChart.tsx'
import { withReadableDates } from '../readable-dates.ts'
import { healthStrings } from '../strings-health.ts'
import { summaryStrings as t } from '../strings-summary.ts'

const s = healthStrings.summary

/** Minutes as "6 h 08 min". */
export function hours(minutes: number): string {
  return `${Math.floor(minutes / 60)} h ${String(Math.round(minutes % 60)).padStart(2, '0')} min`
}

function eventText(line: TreatmentLine, e: TreatmentEvent): string {
  if (e.kind === 'start') return t.eventStart(line.name, e.dose)
  if (e.kind === 'dose') return t.eventDose(line.name, e.dose)
  if (e.kind === 'stop') return t.eventStop(line.name)
  return t.eventInfusion(line.name, e.dose)
}

export function Treatments({ view }: { view: SummaryView }) {
  const events = view.treatments
    .flatMap((line) => line.events.map((e) => ({ line, e })))
    .sort((a, b) => a.e.date.localeCompare(b.e.date))
  const notes = view.treatments.flatMap((line) => [
    ...(line.events.length === 0 ? [t.noStart(line.name)] : []),
    ...(line.ongoing && line.events.length > 0 ? [t.ongoing(line.name)] : []),
  ])
  return (
    <section aria-labelledby="sum-treatment">
      <h2 id="sum-treatment">{t.treatmentHeading}</h2>
      {view.treatments.length === 0 ? (
        <p>{t.noTreatments}</p>
      ) : (
        <>
          <table className="summary-table">
            <tbody>
              {events.map(({ line, e }) => (
                <tr key={`${line.id}-${e.date}-${e.kind}-${e.dose ?? ''}`}>
                  <td className="date">{formatLongDate(e.date)}</td>
                  <td>
                    {eventText(line, e)}
                    {line.match && e.kind !== 'dose' && e.kind !== 'stop'
                      ? ` (${line.match.classLabel})`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {notes.length > 0 && <p>{notes.join(' ')}</p>}
        </>
      )}
    </section>
  )
}

const restText = (median: number) => REST_LABELS[REST_BUCKETS[Math.floor(median)] ?? 'under15']

export function Augmentation({ view }: { view: SummaryView }) {
  const a = view.augmentation
  return (
    <section aria-labelledby="sum-augmentation">
      <h2 id="sum-augmentation">{t.augmentationHeading}</h2>
      <p>{t.augmentationIntro(a.dopamineOnLog)}</p>
      <table className="summary-table window-table">
        <thead>
          <tr>
            {t.windowHead.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {a.windows.map((w) => (
            <tr key={w.from}>
              <td>
                {/* Each date stays whole; the line may break only after the dash. */}
                <span className="nowrap">{formatLongDate(w.from)} –</span>{' '}
                <span className="nowrap">{formatLongDate(w.to)}</span>
              </td>
              <td>
                {w.onsetMedian === null ? t.notEnough(w.onsetNights) : dayMinutesToClock(w.onsetMedian)}
              </td>
              <td>{t.nightsOf(w.spreadNights.length, w.locationNights)}</td>
              <td>{w.restMedian === null ? t.notEnough(w.restNights) : restText(w.restMedian)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {a.findings.length === 0 ? (
        <p>{t.noFindings}</p>
      ) : (
        <ul className="findings">
          {a.findings.map((f) => (
            <li key={f}>{withReadableDates(f)}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

export function Weekly({ view }: { view: SummaryView }) {
  const w = view.weeklyScore
  const bars = (pick: (x: SummaryView['weeks'][number]) => number | null) =>
    view.weeks.map((x) => ({ to: x.to, value: pick(x) }))
  return (
    <section aria-labelledby="sum-weekly">
      <h2 id="sum-weekly">{t.weeklyHeading}</h2>
      <p>{t.weekly(w.week.severity, w.week.worst, w.change, w.previousAverage)}</p>
      <WeeklyChart title={t.severityChart} bars={bars((x) => x.severity)} yMax={10} ticks={[0, 5, 10]} />
      <WeeklyChart title={t.sleepChart} bars={bars((x) => x.sleepQuality)} yMax={10} ticks={[0, 5, 10]} />
      <p className="muted weekly-note">{view.weeklyNote}</p>
    </section>
  )
}

export function SleepDiary({ view }: { view: SummaryView }) {
  const d = view.sleepDiary
  const bars = (pick: (x: SummaryView['weeks'][number]) => number | null) =>
    view.weeks.map((x) => ({ to: x.to, value: pick(x) }))
  return (
    <section aria-labelledby="sum-diary">
      <h2 id="sum-diary">{t.diaryHeading}</h2>
      <p>{t.diary(d.nights, d.totalSleep === null ? null : hours(d.totalSleep), d.efficiency)}</p>
      {d.nights > 0 && (
        <>
          <WeeklyChart
            title={t.tstChart}
            bars={bars((x) => (x.totalSleep === null ? null : Math.round(x.totalSleep / 6) / 10))}
            yMax={10}
            ticks={[0, 4, 8]}
          />
          <WeeklyChart title={t.seChart} bars={bars((x) => x.efficiency)} yMax={100} ticks={[0, 50, 100]} />
        </>
      )}
    </section>
  )
}

export function Routine({ view }: { view: SummaryView }) {
  const a = view.adherence
  return (
    <section aria-labelledby="sum-adherence">
      <h2 id="sum-adherence">{s.adherenceHeading}</h2>
      {a.nights === 0 ? (
        <p>{t.noEvenings}</p>
      ) : (
        <>
          <p>{s.adherence(a.percent, a.stepsDone, a.stepsPlanned)}</p>
          <p>{s.completeNights(a.completeNights, a.nights)}</p>
        </>
      )}
    </section>
  )
}

export function Medicines({ view }: { view: SummaryView }) {
  return (
    <section aria-labelledby="sum-medicines">
      <h2 id="sum-medicines">{t.medicinesHeading}</h2>
      {view.medicines.length === 0 ? (
        <p>{t.noMedicines}</p>
      ) : (
        <ul className="medicine-list">
          {view.medicines.map((m) => {
            const watch = m.matches.filter((x) => x.level === 'watch')
            return (
              <li key={m.entry.id}>
                <strong>{m.entry.name}</strong>
                {m.entry.dose ? `, ${m.entry.dose}` : ''}
                {m.entry.startedOn ? `, ${healthStrings.medicines.since(m.entry.startedOn)}` : ''}
                {m.entry.rls && <span className="mark rls-mark"> {t.rlsMark}</span>}
                {watch.length > 0 && (
                  <span className="mark watch-mark">
                    {' '}
                    {t.watchMark}: {watch.map((x) => `${x.generic}, ${x.groupLabel}`).join('; ')}
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
