// Labelled inputs that carry their hint and error to screen readers (aria-describedby, aria-invalid).
import { type ReactNode, type Ref, useId } from 'react'

interface TextFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  numeric?: boolean
  /**
   * 'time' and 'date' give the platform's time and date inputs (typing still works); their value is always
   * "HH:MM" / "YYYY-MM-DD" or empty, so the same checks apply as for text.
   */
  type?: 'text' | 'time' | 'date'
  size?: 'short' | 'long'
  autoFocus?: boolean
  inputRef?: Ref<HTMLInputElement>
}

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  numeric,
  type = 'text',
  size,
  autoFocus,
  inputRef,
}: TextFieldProps) {
  const id = useId()
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        className={size === 'long' ? 'input-long' : 'input-short'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete="off"
        spellCheck={type === 'text' ? false : undefined}
        // biome-ignore lint/a11y/noAutofocus: only set for a step the user just added, to type its title.
        autoFocus={autoFocus}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}

interface CheckProps {
  label: ReactNode
  checked: boolean
  onChange: (checked: boolean) => void
  hint?: string | undefined
  autoFocus?: boolean
}

export function Check({ label, checked, onChange, hint, autoFocus }: CheckProps) {
  const id = useId()
  return (
    <div className="check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        // biome-ignore lint/a11y/noAutofocus: only set for a step the user just added from the library.
        autoFocus={autoFocus}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
    </div>
  )
}
