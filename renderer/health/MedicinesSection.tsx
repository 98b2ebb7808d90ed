// The person's medicines and supplements: each with the calm watch-list note when it matches, the
// lower-risk note, and for iron the absorption rules and any timing conflict with the magnesium step.

import { matchRlsTreatment, type RlsTreatment } from '../../shared/rls-treatments.ts'
import type { HealthView, MedicineView } from '../../shared/view-models.ts'
import type { WatchMatch } from '../../shared/watchlist.ts'
import { diaryStrings } from '../strings-diary.ts'
import { healthStrings } from '../strings-health.ts'
import { MedicineForm, type NewMedicine } from './MedicineForm.tsx'
import { TreatmentLog } from './TreatmentLog.tsx'

const s = healthStrings.medicines

function MatchNote({ match }: { match: WatchMatch }) {
  const watch = match.level === 'watch'
  return (
    <div className={watch ? 'watch-note' : 'lower-risk-note'}>
      <p>
        <strong>{watch ? s.watchLabel : s.lowerRiskLabel}:</strong> {s.matched(match.matched, match.generic)},{' '}
        {match.groupLabel}. {match.note}
      </p>
      <p className="muted">{match.why}</p>
      {match.brandCaveat && <p className="muted">{match.brandCaveat}</p>}
    </div>
  )
}

function MedicineItem({
  item,
  today,
  onRemove,
  onUpdateTreatment,
}: {
  item: MedicineView
  today: string
  onRemove: (id: string, name: string) => void
  onUpdateTreatment: (id: string, rls: RlsTreatment) => Promise<boolean>
}) {
  const { entry } = item
  const recognised = matchRlsTreatment(entry.name)
  const details = [
    s.kinds[entry.kind],
    entry.dose ?? '',
    entry.time ? s.at(entry.time) : '',
    entry.startedOn ? s.since(entry.startedOn) : '',
  ].filter(Boolean)
  return (
    <li className="entry">
      <p className="entry-title">{entry.name}</p>
      <p className="muted">{s.details(details)}</p>
      {entry.rls && (
        <p className="muted">
          {diaryStrings.treatment.mark}
          {recognised ? ` · ${recognised.classLabel}` : ''}
        </p>
      )}
      {item.matches.map((match) => (
        <MatchNote key={match.generic} match={match} />
      ))}
      {entry.rls && (
        <TreatmentLog entry={{ ...entry, rls: entry.rls }} today={today} onUpdate={onUpdateTreatment} />
      )}
      <button
        type="button"
        aria-label={s.removeNamed(entry.name)}
        onClick={() => onRemove(entry.id, entry.name)}
      >
        {s.remove}
      </button>
    </li>
  )
}

interface Props {
  view: HealthView
  onAdd: (medicine: NewMedicine) => Promise<boolean>
  onRemove: (id: string, name: string) => void
  onUpdateTreatment: (id: string, rls: RlsTreatment) => Promise<boolean>
}

export function MedicinesSection({ view, onAdd, onRemove, onUpdateTreatment }: Props) {
  const hasIron = view.medicines.some((m) => m.iron)
  const conflict = view.ironConflict?.conflict ? view.ironConflict.message : null
  const thyroidConflict = view.thyroidConflict?.conflict ? view.thyroidConflict.message : null
  return (
    <section className="card" aria-labelledby="medicines-heading">
      <h2 id="medicines-heading" tabIndex={-1}>
        {s.heading}
      </h2>
      <p>{s.intro}</p>
      <MedicineForm today={view.today} onAdd={onAdd} />
      <h3>{s.listHeading}</h3>
      {view.medicines.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <ul className="entries" aria-label={s.listHeading}>
          {view.medicines.map((item) => (
            <MedicineItem
              key={item.entry.id}
              item={item}
              today={view.today}
              onRemove={onRemove}
              onUpdateTreatment={onUpdateTreatment}
            />
          ))}
        </ul>
      )}
      {conflict && (
        <p className="watch-note conflict">
          <strong>{s.conflictLabel}:</strong> {conflict}
        </p>
      )}
      {thyroidConflict && (
        <p className="watch-note conflict">
          <strong>{s.conflictLabel}:</strong> {thyroidConflict}
        </p>
      )}
      {hasIron && (
        <>
          <h3>{s.ironHeading}</h3>
          <ul>
            {view.ironRules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
