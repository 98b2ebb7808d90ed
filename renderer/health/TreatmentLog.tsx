// The treatment log of one medicine marked as RLS treatment: start, dose changes as the person wrote them,
// stop. Two small forms add a dose change or a stop date; the app never proposes a dose.
import { type FormEvent, useState } from 'react'
import { ValidationError } from '../../shared/errors.ts'
import { formatLongDate } from '../../shared/i18n/index.ts'
import { type MedicineEntry, parseMedicineEntry } from '../../shared/medicines.ts'
import type { RlsTreatment } from '../../shared/rls-treatments.ts'
import { TextField } from '../components/Field.tsx'
import { withReadableDates } from '../readable-dates.ts'
import { sentence } from '../strings.ts'
import { diaryStrings } from '../strings-diary.ts'

const s = diaryStrings.treatment

interface Props {
  entry: MedicineEntry & { rls: RlsTreatment }
  today: string
  onUpdate: (id: string, rls: RlsTreatment) => Promise<boolean>
}

/** The shared rules' complaint about a changed log, per field, or none. */
function problemsOf(entry: MedicineEntry, rls: RlsTreatment, today: string): string[] {
  try {
    parseMedicineEntry({ ...entry, rls }, today)
    return []
  } catch (error) {
    if (error instanceof ValidationError)
      return error.problems.map((p) => sentence(withReadableDates(p.message)))
    throw error
  }
}

export function TreatmentLog({ entry, today, onUpdate }: Props) {
  const [date, setDate] = useState('')
  const [dose, setDose] = useState('')
  const [stop, setStop] = useState(entry.rls.stoppedOn ?? '')
  const [doseError, setDoseError] = useState<{ date?: string; dose?: string }>({})
  const [stopError, setStopError] = useState<string | undefined>()
  const { rls } = entry

  async function addDose(event: FormEvent) {
    event.preventDefault()
    const errors: { date?: string; dose?: string } = {}
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) errors.date = s.needDate
    if (dose.trim() === '') errors.dose = s.needDose
    const next: RlsTreatment = {
      ...rls,
      doseChanges: [...rls.doseChanges, { date, dose: dose.trim() }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    }
    if (!errors.date && !errors.dose) {
      const problems = problemsOf(entry, next, today)
      if (problems[0]) errors.date = problems[0]
    }
    setDoseError(errors)
    if (errors.date || errors.dose) return
    if (await onUpdate(entry.id, next)) {
      setDate('')
      setDose('')
    }
  }

  async function saveStop(event: FormEvent) {
    event.preventDefault()
    const next: RlsTreatment = { doseChanges: rls.doseChanges }
    if (stop.trim() !== '') next.stoppedOn = stop.trim()
    const problems =
      next.stoppedOn && !/^\d{4}-\d{2}-\d{2}$/.test(next.stoppedOn)
        ? [s.needDate]
        : problemsOf(entry, next, today)
    setStopError(problems[0])
    if (!problems[0]) await onUpdate(entry.id, next)
  }

  return (
    <div className="treatment-log">
      <h4>{s.timeline}</h4>
      <ul>
        {entry.startedOn && (
          <li>
            {s.started(entry.startedOn)}
            {entry.dose ? `: ${entry.dose}` : ''}
          </li>
        )}
        {rls.doseChanges.map((c) => (
          <li key={`${c.date}-${c.dose}`}>
            {formatLongDate(c.date)}: {c.dose}
          </li>
        ))}
        <li>{rls.stoppedOn ? s.stopped(rls.stoppedOn) : s.ongoing}</li>
      </ul>
      <form className="row" onSubmit={addDose} noValidate aria-label={`${s.doseLegend}: ${entry.name}`}>
        <TextField type="date" label={s.doseDate} value={date} onChange={setDate} error={doseError.date} />
        <TextField label={s.dose} value={dose} onChange={setDose} error={doseError.dose} />
        <button type="submit">{s.addDose}</button>
      </form>
      <form className="row" onSubmit={saveStop} noValidate aria-label={`${s.stopDate}: ${entry.name}`}>
        <TextField type="date" label={s.stopDate} value={stop} onChange={setStop} error={stopError} />
        <button type="submit">{s.saveStop}</button>
      </form>
    </div>
  )
}
