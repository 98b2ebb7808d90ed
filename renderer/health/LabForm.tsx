// Add a ferritin, TSAT or vitamin D result: checked as it is typed, refused with messages that say what
// is allowed (range and unit, no date after today).
import { type FormEvent, useId, useRef, useState } from 'react'
import { LAB_INFO, LAB_KINDS, type LabKind, VITAMIN_D_UNITS, type VitaminDUnit } from '../../shared/labs.ts'
import { TextField } from '../components/Field.tsx'
import { healthStrings } from '../strings-health.ts'
import { checkLab, typedUnit } from './lab-check.ts'

const s = healthStrings.labs

interface Props {
  today: string
  /** The unit vitamin D is typed in at first (from settings); the form can switch it for one result. */
  vitaminDUnit?: VitaminDUnit
  /** Resolves true when main accepted the result. */
  onAdd: (entry: { kind: LabKind; value: number; date: string }) => Promise<boolean>
}

export function LabForm({ today, onAdd, vitaminDUnit: preferred = 'ng/mL' }: Props) {
  const id = useId()
  const [kind, setKind] = useState<LabKind>('ferritin')
  const [value, setValue] = useState('')
  const [date, setDate] = useState(today)
  const [vitaminDUnit, setVitaminDUnit] = useState<VitaminDUnit>(preferred)
  const [submitted, setSubmitted] = useState(false)
  const valueInput = useRef<HTMLInputElement>(null)
  const dateInput = useRef<HTMLInputElement>(null)
  const info = typedUnit(kind, vitaminDUnit)
  const checked = checkLab({ kind, value, date, vitaminDUnit }, today)
  // An empty result is only an error once the person tries to add it.
  const valueError = value.trim() !== '' || submitted ? checked.errors.value : undefined

  async function submit(event: FormEvent) {
    event.preventDefault()
    setSubmitted(true)
    if (!checked.entry) {
      ;(checked.errors.value ? valueInput : dateInput).current?.focus()
      return
    }
    if (await onAdd(checked.entry)) {
      setValue('')
      setSubmitted(false)
      valueInput.current?.focus()
    }
  }

  return (
    <form className="lab-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{s.kind}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as LabKind)}>
          {LAB_KINDS.map((k) => (
            <option key={k} value={k}>
              {LAB_INFO[k].label}
            </option>
          ))}
        </select>
      </div>
      {kind === 'vitaminD' && (
        <div className="field">
          <label htmlFor={`${id}-unit`}>{s.unit}</label>
          <select
            id={`${id}-unit`}
            aria-describedby={`${id}-unit-hint`}
            value={vitaminDUnit}
            onChange={(e) => setVitaminDUnit(e.target.value === 'nmol/L' ? 'nmol/L' : 'ng/mL')}
          >
            {VITAMIN_D_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
          <span id={`${id}-unit-hint`} className="hint">
            {s.unitHint}
          </span>
        </div>
      )}
      <TextField
        label={s.value(info.unit)}
        hint={s.valueHint(info.min, info.max, info.unit)}
        value={value}
        onChange={setValue}
        error={valueError}
        numeric
        inputRef={valueInput}
      />
      <TextField
        type="date"
        label={s.date}
        hint={s.dateHint(today)}
        value={date}
        onChange={setDate}
        error={checked.errors.date}
        inputRef={dateInput}
      />
      <button type="submit">{s.add}</button>
    </form>
  )
}
