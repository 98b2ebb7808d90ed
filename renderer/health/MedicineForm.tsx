// Add a medicine or supplement to the list; checked with the shared rules before it is sent.
import { type FormEvent, useId, useRef, useState } from 'react'
import { ValidationError } from '../../shared/errors.ts'
import { MEDICINE_KINDS, type MedicineKind, parseMedicineEntry } from '../../shared/medicines.ts'
import { matchRlsTreatment, type RlsTreatment } from '../../shared/rls-treatments.ts'
import { Check, TextField } from '../components/Field.tsx'
import { sentence } from '../strings.ts'
import { diaryStrings } from '../strings-diary.ts'
import { healthStrings } from '../strings-health.ts'

const s = healthStrings.medicines

export interface NewMedicine {
  name: string
  kind: MedicineKind
  dose?: string
  time?: string
  startedOn?: string
  rls?: RlsTreatment
}

type Field = 'name' | 'dose' | 'time' | 'startedOn'

function checkMedicine(input: NewMedicine, today: string): Partial<Record<Field, string>> {
  try {
    parseMedicineEntry({ id: 'draft', ...input }, today)
    return {}
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const errors: Partial<Record<Field, string>> = {}
    for (const problem of error.problems) errors[problem.path as Field] ??= sentence(problem.message)
    return errors
  }
}

const optional = (text: string) => (text.trim() === '' ? undefined : text.trim())

export function MedicineForm({
  today,
  onAdd,
}: {
  today: string
  onAdd: (m: NewMedicine) => Promise<boolean>
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<MedicineKind>('medicine')
  const [dose, setDose] = useState('')
  const [time, setTime] = useState('')
  const [startedOn, setStartedOn] = useState('')
  const [treatment, setTreatment] = useState(false)
  const [submitted, setSubmitted] = useState(false)
  const form = useRef<HTMLFormElement>(null)

  const candidate: NewMedicine = { name: name.trim(), kind }
  for (const [key, text] of [
    ['dose', dose],
    ['time', time],
    ['startedOn', startedOn],
  ] as const) {
    const value = optional(text)
    if (value !== undefined) candidate[key] = value
  }
  if (treatment) candidate.rls = { doseChanges: [] }
  const recognised = matchRlsTreatment(name)
  const errors = checkMedicine(candidate, today)
  // Optional fields are checked as typed; an empty name only once the person tries to add.
  const shown = (field: Field) => (submitted || field !== 'name' || name !== '' ? errors[field] : undefined)

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    if (Object.keys(errors).length > 0) {
      // Rendered on this pass with aria-invalid; focus the first after React commits.
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0)
      return
    }
    if (await onAdd(candidate)) {
      setName('')
      setDose('')
      setTime('')
      setStartedOn('')
      setTreatment(false)
      setSubmitted(false)
      form.current?.querySelector<HTMLInputElement>('input')?.focus()
    }
  }

  return (
    <form ref={form} className="medicine-form" onSubmit={submit} noValidate>
      <TextField
        label={s.name}
        hint={s.nameHint}
        value={name}
        onChange={setName}
        error={shown('name')}
        size="long"
      />
      <fieldset className="range-switch">
        <legend>{s.kindLegend}</legend>
        {MEDICINE_KINDS.map((k) => (
          <span className="range-option" key={k}>
            <input
              id={`${id}-${k}`}
              type="radio"
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => setKind(k)}
            />
            <label htmlFor={`${id}-${k}`}>{s.kinds[k]}</label>
          </span>
        ))}
      </fieldset>
      <div className="row">
        <TextField label={s.dose} value={dose} onChange={setDose} error={shown('dose')} />
        <TextField
          type="time"
          label={s.time}
          hint={s.timeHint}
          value={time}
          onChange={setTime}
          error={shown('time')}
        />
        <TextField
          type="date"
          label={s.startedOn}
          hint={s.startedOnHint}
          value={startedOn}
          onChange={setStartedOn}
          error={shown('startedOn')}
        />
      </div>
      <Check
        label={diaryStrings.treatment.mark}
        hint={
          recognised
            ? `${diaryStrings.treatment.recognised(recognised.classLabel)} ${diaryStrings.treatment.markHint}`
            : diaryStrings.treatment.markHint
        }
        checked={treatment}
        onChange={setTreatment}
      />
      <button type="submit">{s.add}</button>
    </form>
  )
}
