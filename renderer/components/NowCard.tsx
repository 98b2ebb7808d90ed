// The Now card: the step to act on now (Done, Snooze), then the next step, then bed; paused or over otherwise
// (the morning check-in banner follows right below it).
// Its words come from shared/now-text.ts, the same function as the tray's headline.
import { nowText } from '../../shared/now-text.ts'
import type { Snapshot, SnapshotStep } from '../../shared/snapshot.ts'
import { strings } from '../strings.ts'
import type { StepAction } from './StepItem.tsx'

interface Props {
  snapshot: Snapshot
  onStep: (step: SnapshotStep, action: StepAction) => void
  onResume: () => void
}

export function NowCard({ snapshot, onStep, onResume }: Props) {
  const text = nowText(snapshot)
  const focus = snapshot.focus
  const step = focus.kind === 'step' ? focus.step : null
  const named = (label: string, title: string) => `${label}${strings.step.forStep(title)}`
  return (
    <section className={`card now-card now-${focus.kind}`} aria-labelledby="now-headline">
      <h2 id="now-headline" className="now-headline">
        {text.headline}
      </h2>
      {text.detail && <p className="now-detail">{text.detail}</p>}
      {step && (
        <div className="button-row now-actions">
          <button
            type="button"
            className="primary"
            aria-label={named(
              step.kind === 'rule' ? strings.step.acknowledge : strings.step.done,
              step.title,
            )}
            onClick={() => onStep(step, 'done')}
          >
            {step.kind === 'rule' ? strings.step.acknowledge : strings.step.done}
          </button>
          {step.canSnooze && (
            <button
              type="button"
              aria-label={named(strings.step.snooze, step.title)}
              onClick={() => onStep(step, 'snooze')}
            >
              {strings.step.snooze}
            </button>
          )}
        </div>
      )}
      {focus.kind === 'paused' && (
        <div className="button-row now-actions">
          <button type="button" className="primary" onClick={onResume}>
            {strings.checklist.resume}
          </button>
        </div>
      )}
      {(text.next || text.bed) && (
        <p className="now-after">
          {text.next && <span className="now-next">{text.next}</span>}
          {text.bed && <span className="now-bed">{text.bed}</span>}
        </p>
      )}
    </section>
  )
}
