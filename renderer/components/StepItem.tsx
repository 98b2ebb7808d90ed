// One step on tonight's checklist: when, what, its state, the actions that fit it, and why it helps.
import { useEffect, useId, useRef, useState } from 'react'
import { formatTime } from '../../shared/i18n/index.ts'
import type { SnapshotStep } from '../../shared/snapshot.ts'
import { strings } from '../strings.ts'

export type StepAction = 'done' | 'skipped' | 'pending' | 'snooze'

interface Props {
  step: SnapshotStep
  /** Set right after this step changed state, so keyboard focus lands on its new first button. */
  wantsFocus: boolean
  onFocused: () => void
  onAction: (step: SnapshotStep, action: StepAction) => void
}

function stateText(step: SnapshotStep): string {
  const at = step.settledAt ? formatTime(step.settledAt) : null
  if (step.state === 'done' && at && step.kind === 'rule') return strings.step.notedAt(at)
  if (step.state === 'done' && at) return strings.step.doneAt(at)
  if (step.state === 'skipped' && at) return strings.step.skippedAt(at)
  if (step.state === 'snoozed' && step.snoozedUntil)
    return strings.step.snoozedUntil(formatTime(step.snoozedUntil))
  return strings.step.states[step.state]
}

export function StepItem({ step, wantsFocus, onFocused, onAction }: Props) {
  const id = useId()
  const [whyOpen, setWhyOpen] = useState(false)
  const firstButton = useRef<HTMLButtonElement>(null)
  const settled = step.state === 'done' || step.state === 'skipped'
  // Finished steps fold to one line (time, title, state, one button): they no longer ask for anything.
  const finished = settled || step.state === 'missed'
  const doneLabel = step.kind === 'rule' ? strings.step.acknowledge : strings.step.done
  const time = step.until
    ? strings.step.window(formatTime(step.at), formatTime(step.until))
    : formatTime(step.at)
  // The visible word comes first in the name, so voice control ("click Done") still matches.
  const named = (label: string) => `${label}${strings.step.forStep(step.title)}`

  useEffect(() => {
    if (!wantsFocus) return
    firstButton.current?.focus()
    onFocused()
  }, [wantsFocus, onFocused])

  return (
    <li
      className={`step step-${step.state}${finished ? ' step-finished' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="step-head">
        <time className="step-time" dateTime={step.at}>
          {time}
        </time>
        <h3 className="step-title" id={`${id}-title`}>
          {step.title}
        </h3>
        <span className={`badge badge-${step.state}`}>{stateText(step)}</span>
      </div>
      {step.instruction && !finished && <p className="step-instruction">{step.instruction}</p>}
      {!finished &&
        step.cautions?.map((caution) => (
          <p key={caution} className="step-caution">
            {caution}
          </p>
        ))}
      <div className="step-actions">
        {settled ? (
          <button
            ref={firstButton}
            type="button"
            aria-label={named(strings.step.undo)}
            onClick={() => onAction(step, 'pending')}
          >
            {strings.step.undo}
          </button>
        ) : (
          <>
            <button
              ref={firstButton}
              type="button"
              // Plain, not primary: the Now card holds the checklist's one primary action (a list of primary
              // Done buttons left nothing standing out).
              aria-label={named(doneLabel)}
              onClick={() => onAction(step, 'done')}
            >
              {doneLabel}
            </button>
            {!finished && step.kind !== 'rule' && (
              <button
                type="button"
                aria-label={named(strings.step.skip)}
                onClick={() => onAction(step, 'skipped')}
              >
                {strings.step.skip}
              </button>
            )}
            {step.canSnooze && (
              <button
                type="button"
                aria-label={named(strings.step.snooze)}
                onClick={() => onAction(step, 'snooze')}
              >
                {strings.step.snooze}
              </button>
            )}
          </>
        )}
        {step.why && !finished && (
          <button
            type="button"
            className="link"
            aria-label={named(strings.step.why)}
            aria-expanded={whyOpen}
            aria-controls={`${id}-why`}
            onClick={() => setWhyOpen((open) => !open)}
          >
            {strings.step.why}
          </button>
        )}
      </div>
      {step.why && !finished && (
        <p className="step-why" id={`${id}-why`} hidden={!whyOpen}>
          {step.why}
        </p>
      )}
    </li>
  )
}
