// Page one of the doctor's summary in one block: every heading of the summary with its key value and date,
// so a clinician has the picture before turning a page. The sections below give the detail.
import type { TreatmentLine } from '../../shared/rls-treatments.ts'
import type { SummaryView } from '../../shared/view-models.ts'
import { healthStrings } from '../strings-health.ts'
import { summaryStrings as t } from '../strings-summary.ts'
import { hours } from './SummarySections.tsx'

const s = healthStrings.summary

function treatmentText(line: TreatmentLine): string {
  const start = line.events.find((e) => e.kind === 'start' || e.kind === 'infusion')
  const doses = line.events.filter((e) => e.dose !== undefined)
  const dose = doses.at(-1)?.dose ?? '–'
  const stop = line.events.find((e) => e.kind === 'stop')
  if (!line.ongoing && stop) return t.stopped(line.name, stop.date)
  return t.taking(line.name, dose, start?.date ?? '–')
}

const latest = (points: { date: string; value: number }[]) => t.values(points.slice(-1))

export function AtAGlance({ view }: { view: SummaryView }) {
  const g = t.glance
  const week = view.weeklyScore
  const watched = view.medicines
    .filter((m) => m.matches.some((match) => match.level === 'watch'))
    .map((m) => m.entry.name)
  const rows: [string, string][] = [
    [
      g.treatment,
      view.treatments.length === 0 ? t.noTreatments : view.treatments.map(treatmentText).join('; '),
    ],
    [
      g.augmentation,
      view.augmentation.findings.length === 0 ? t.noFindings : t.signs(view.augmentation.findings.length),
    ],
    [
      g.iron,
      `${s.ferritin}: ${latest(view.ferritin)} · ${t.tsat}: ${latest(view.tsat)} · ${t.vitaminD}: ${latest(view.vitaminD)}`,
    ],
    [g.severity, t.weekly(week.week.severity, week.week.worst, week.change, week.previousAverage)],
    [
      g.sleep,
      t.diary(
        view.sleepDiary.nights,
        view.sleepDiary.totalSleep === null ? null : hours(view.sleepDiary.totalSleep),
        view.sleepDiary.efficiency,
      ),
    ],
    [
      g.routine,
      view.adherence.nights === 0
        ? t.noEvenings
        : t.routineValue(view.adherence.percent, view.adherence.nights),
    ],
    [g.conditions, t.flags(view.flags)],
    [g.medicines, t.medicineCount(view.medicines.length, watched)],
  ]
  return (
    <section aria-labelledby="sum-glance" className="summary-glance">
      <h2 id="sum-glance">{t.glanceHeading}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
