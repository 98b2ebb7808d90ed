// The augmentation watch's optional quick answers: the clock time symptoms started, where they were felt and
// how long the person could stay still first. Shown only when there were symptoms; every answer may be skipped.
import { useId } from 'react'
import {
  BODY_PART_LABELS,
  BODY_PARTS,
  type BodyPart,
  REST_BUCKETS,
  REST_LABELS,
  type RestBucket,
} from '../../shared/checkin.ts'
import { Check } from '../components/Field.tsx'
import { diaryStrings } from '../strings-diary.ts'

const s = diaryStrings.quick

export interface QuickDraft {
  onsetTime: string
  bodyParts: BodyPart[]
  rest: RestBucket | null
}

interface Props {
  value: QuickDraft
  onChange: (value: QuickDraft) => void
}

export function QuickAnswers({ value, onChange }: Props) {
  const id = useId()
  return (
    <fieldset className="quick-answers">
      <legend>{s.legend}</legend>
      <p className="hint">{s.hint}</p>
      <div className="field">
        <label htmlFor={`${id}-time`}>{s.onsetTime}</label>
        <span id={`${id}-time-hint`} className="hint">
          {s.onsetTimeHint}
        </span>
        <input
          id={`${id}-time`}
          type="time"
          value={value.onsetTime}
          aria-describedby={`${id}-time-hint`}
          onChange={(event) => onChange({ ...value, onsetTime: event.target.value })}
        />
      </div>
      <fieldset>
        <legend>{s.whereLegend}</legend>
        {BODY_PARTS.map((part) => (
          <Check
            key={part}
            label={BODY_PART_LABELS[part]}
            checked={value.bodyParts.includes(part)}
            onChange={(on) =>
              onChange({
                ...value,
                bodyParts: on
                  ? BODY_PARTS.filter((p) => p === part || value.bodyParts.includes(p))
                  : value.bodyParts.filter((p) => p !== part),
              })
            }
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{s.restLegend}</legend>
        {REST_BUCKETS.map((bucket) => (
          <div className="check" key={bucket}>
            <input
              id={`${id}-${bucket}`}
              type="radio"
              name={`${id}-rest`}
              checked={value.rest === bucket}
              onChange={() => onChange({ ...value, rest: bucket })}
            />
            <label htmlFor={`${id}-${bucket}`}>{REST_LABELS[bucket]}</label>
          </div>
        ))}
      </fieldset>
    </fieldset>
  )
}
