// Tonight's bedtime and the one-night adjustments (earlier, later, back to usual).
import type { Snapshot } from '../../shared/snapshot.ts'
import { strings } from '../strings.ts'

interface Props {
  bedtime: Snapshot['bedtime']
  /** Minutes to move tonight's bedtime by, or null to go back to the usual one. */
  onAdjust: (deltaMinutes: number | null) => void
}

export function BedtimeCard({ bedtime, onAdjust }: Props) {
  return (
    <section className="card bedtime" aria-labelledby="bedtime-heading">
      <h2 id="bedtime-heading">{strings.bedtime.heading}</h2>
      <p className="bedtime-clock">{strings.bedtime.tonight(bedtime.clock)}</p>
      {bedtime.tonightOnly && (
        <p className="muted">
          {strings.bedtime.tonightOnly} {strings.bedtime.usual(bedtime.usual)}
        </p>
      )}
      <fieldset className="button-row">
        <legend>{strings.bedtime.adjustLabel}</legend>
        <button type="button" onClick={() => onAdjust(-30)}>
          {strings.bedtime.earlier30}
        </button>
        <button type="button" onClick={() => onAdjust(30)}>
          {strings.bedtime.later30}
        </button>
        <button type="button" onClick={() => onAdjust(60)}>
          {strings.bedtime.later60}
        </button>
        {bedtime.tonightOnly && (
          <button type="button" onClick={() => onAdjust(null)}>
            {strings.bedtime.backToUsual}
          </button>
        )}
      </fieldset>
    </section>
  )
}
