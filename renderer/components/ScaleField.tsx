// A 0–10 rating as a radio group: arrow keys move the choice, the ends are explained in words, and the
// chosen value is repeated as text so it never rests on colour or position alone.
import { type Ref, useId } from 'react'
import { historyStrings } from '../strings-history.ts'

interface Props {
  legend: string
  ends: string
  value: number | null
  onChange: (value: number) => void
  error?: string | undefined
  firstRef?: Ref<HTMLInputElement>
}

const VALUES = Array.from({ length: 11 }, (_, i) => i)

export function ScaleField({ legend, ends, value, onChange, error, firstRef }: Props) {
  const id = useId()
  const described = [`${id}-ends`, `${id}-value`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <fieldset className="scale" aria-describedby={described} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      <p id={`${id}-ends`} className="hint">
        {ends}
      </p>
      <div className="scale-options">
        {VALUES.map((n) => (
          <span className="scale-option" key={n}>
            <input
              id={`${id}-${n}`}
              ref={n === 0 ? firstRef : undefined}
              type="radio"
              name={id}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <label htmlFor={`${id}-${n}`}>{n}</label>
          </span>
        ))}
      </div>
      <p id={`${id}-value`} className="scale-value">
        {value === null ? historyStrings.checkIn.notChosen : historyStrings.checkIn.chosen(value)}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
