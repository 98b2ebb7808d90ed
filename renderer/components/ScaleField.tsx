// A 0–10 rating as a radio group: arrow keys move the choice and the ends are explained in words. The chosen
// tile shows it by its selected state (border, fill and weight, not colour alone); screen readers hear it
// from the radio itself, so it is not repeated as text. Each radio covers its whole tile, so the tiles stay
// narrow enough for one line in the check-in window.
import { type Ref, useId } from 'react'

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
  const described = [`${id}-ends`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
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
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
