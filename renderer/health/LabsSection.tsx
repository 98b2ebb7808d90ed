// Lab results: the form, the ferritin recheck reminder, a trend chart per test with its target bands
// shaded, and the list with what each value means and a way to remove it.

import {
  classifyLab,
  ironStatus,
  LAB_INFO,
  LAB_KINDS,
  type LabKind,
  vitaminDFromStored,
} from '../../shared/labs.ts'
import type { HealthView } from '../../shared/view-models.ts'
import { chartSummary } from '../charts/summary.ts'
import { Chart } from '../components/Chart.tsx'
import { withReadableDates } from '../readable-dates.ts'
import { healthStrings } from '../strings-health.ts'
import { LabForm } from './LabForm.tsx'

const s = healthStrings.labs

interface Props {
  view: HealthView
  onAdd: (entry: { kind: LabKind; value: number; date: string }) => Promise<boolean>
  onRemove: (id: string, label: string) => void
}

function Recheck({ recheck }: { recheck: NonNullable<HealthView['recheck']> }) {
  const text = s.recheck[recheck.status](recheck.dueDate, recheck.lastDate)
  return <p className={recheck.status === 'upcoming' ? 'muted' : 'reminder'}>{text}</p>
}

function LabChart({ view, kind }: { view: HealthView; kind: LabKind }) {
  const info = LAB_INFO[kind]
  const points = view.series[kind]
  const bands = view.bands[kind]
  const top = Math.max(...points.map((p) => p.value), ...bands.map((b) => (b.to ?? b.from) * 1.3))
  const yMax = Math.ceil(top / 10) * 10
  const bandText = bands.map((b) => s.band(b.label, b.from, b.to, info.unit)).join('; ')
  const name = `${info.label} (${info.unit})`
  return (
    <Chart
      title={name}
      points={points}
      summary={chartSummary(name, points)}
      caption={s.bandCaption(bandText)}
      yMin={0}
      yMax={yMax}
      bands={bands}
      height={160}
    />
  )
}

export function LabsSection({ view, onAdd, onRemove }: Props) {
  // Ferritin and TSAT read together (ferritin ≤ 75 or TSAT < 20 %), so a good ferritin alone never says "in target".
  const iron = ironStatus(view.labs)
  const sorted = [...view.labs].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  return (
    <section className="card" aria-labelledby="labs-heading">
      <h2 id="labs-heading" tabIndex={-1}>
        {s.heading}
      </h2>
      <p>{s.intro}</p>
      {view.recheck && <Recheck recheck={view.recheck} />}
      {iron && (
        <p className={iron.state === 'target' ? 'muted' : 'reminder'}>{withReadableDates(iron.text)}</p>
      )}
      <LabForm today={view.today} onAdd={onAdd} vitaminDUnit={view.vitaminDUnit ?? 'ng/mL'} />
      <p className="hint">{s.fastingTip}</p>
      <h3>{s.listHeading}</h3>
      {sorted.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <ul className="entries" aria-label={s.listHeading}>
          {sorted.map((entry) => {
            const info = LAB_INFO[entry.kind]
            // Vitamin D is stored in ng/mL and read in the person's unit.
            const unit = entry.kind === 'vitaminD' ? (view.vitaminDUnit ?? 'ng/mL') : info.unit
            const shown =
              entry.kind === 'vitaminD'
                ? vitaminDFromStored(entry.value, view.vitaminDUnit ?? 'ng/mL')
                : entry.value
            const label = `${info.label}: ${s.entry(shown, unit, entry.date)}`
            return (
              <li key={entry.id} className="entry">
                <p className="entry-title">{label}</p>
                <p className="muted">{withReadableDates(classifyLab(entry).text)}</p>
                <button
                  type="button"
                  aria-label={s.removeNamed(info.name, shown, unit, entry.date)}
                  onClick={() => onRemove(entry.id, label)}
                >
                  {s.remove}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {LAB_KINDS.some((k) => view.series[k].length > 0) && (
        <>
          <h3>{s.chartsHeading}</h3>
          {LAB_KINDS.filter((k) => view.series[k].length > 0).map((kind) => (
            <LabChart key={kind} view={view} kind={kind} />
          ))}
        </>
      )}
    </section>
  )
}
