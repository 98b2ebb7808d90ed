// One step in settings: on/off, when it comes, and for the user's own steps the text and delete.
import { useId } from 'react'
import { isHHMM, shiftHHMM } from '../../shared/hhmm.ts'
import { formatTime } from '../../shared/i18n/index.ts'
import { Check, TextField } from '../components/Field.tsx'
import { strings } from '../strings.ts'
import { isCustom, MAX_MINUTES_BEFORE, type StepDraft, stepTitle } from './draft.ts'

const s = strings.settings

interface Props {
  step: StepDraft
  index: number
  errors: Record<string, string>
  autoFocus: boolean
  removable: boolean
  onChange: (step: StepDraft) => void
  onRemove: () => void
  /** Cautions from the health notes, shown under the step (shared/cautions.ts). */
  cautions?: readonly string[]
  /** The everyday bedtime as typed, for the clock-time preview next to "minutes before bedtime". */
  bedtime?: string
}

/** "240 min before bed → 18:30" for what is typed now; null while either value is not valid yet. */
export function clockPreview(before: string, bedtime: string | undefined): string | null {
  const raw = before.trim()
  if (!bedtime || !isHHMM(bedtime.trim()) || !/^\d+$/.test(raw)) return null
  const minutes = Number(raw)
  if (minutes > MAX_MINUTES_BEFORE) return null
  return s.clockPreview(minutes, formatTime(shiftHHMM(bedtime.trim(), -minutes)))
}

export function StepEditor({
  step,
  index,
  errors,
  autoFocus,
  removable,
  onChange,
  onRemove,
  cautions = [],
  bedtime,
}: Props) {
  const id = useId()
  const custom = isCustom(step.id)
  const title = stepTitle(step)
  const key = (field: string) => errors[`steps[${index}].${field}`]
  const set = (patch: Partial<StepDraft>) => onChange({ ...step, ...patch })
  const preview = step.anchor === 'bedtime' ? clockPreview(step.before, bedtime) : null

  return (
    <fieldset className="step-editor">
      <legend>{title}</legend>
      <Check
        label={s.stepEnabled(title)}
        checked={step.enabled}
        autoFocus={autoFocus && !custom}
        onChange={(enabled) => set({ enabled })}
      />
      {cautions.map((caution) => (
        <p key={caution} className="step-caution">
          {caution}
        </p>
      ))}
      {custom && (
        <>
          <TextField
            label={s.title}
            size="long"
            value={step.title}
            error={key('title')}
            autoFocus={autoFocus}
            onChange={(value) => set({ title: value })}
          />
          <TextField
            label={s.instruction}
            size="long"
            value={step.instruction}
            error={key('instruction')}
            onChange={(value) => set({ instruction: value })}
          />
          <div className="field">
            <label htmlFor={`${id}-anchor`}>{s.anchor}</label>
            <select
              id={`${id}-anchor`}
              value={step.anchor}
              onChange={(event) => set({ anchor: event.target.value === 'clock' ? 'clock' : 'bedtime' })}
            >
              <option value="bedtime">{s.anchorBedtime}</option>
              <option value="clock">{s.anchorClock}</option>
            </select>
          </div>
        </>
      )}
      {step.anchor === 'bedtime' ? (
        <>
          <TextField
            label={s.minutesBefore}
            hint={s.minutesBeforeHint(MAX_MINUTES_BEFORE)}
            numeric
            value={step.before}
            error={key('offsetMinutes')}
            onChange={(before) => set({ before })}
          />
          {preview && (
            <p className="hint clock-preview" aria-live="polite">
              {preview}
            </p>
          )}
        </>
      ) : (
        <div className="row">
          <TextField
            type="time"
            label={s.clockTime}
            hint={s.timeHint}
            value={step.time}
            error={key('time')}
            onChange={(time) => set({ time })}
          />
          <TextField
            type="time"
            label={s.untilTime}
            hint={s.timeHint}
            value={step.untilTime}
            error={key('untilTime')}
            onChange={(untilTime) => set({ untilTime })}
          />
        </div>
      )}
      {removable && (
        <button type="button" className="danger" onClick={onRemove}>
          {custom ? s.deleteStep(title) : s.removeStep(title)}
        </button>
      )}
    </fieldset>
  )
}
