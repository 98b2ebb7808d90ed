// One night from the calendar: steps done, the check-in, the travel mark, and a way to add or edit the check-in.
import type { CheckIn } from '../../shared/checkin.ts'
import type { CalendarCell } from '../../shared/history.ts'
import { Check } from '../components/Field.tsx'
import { navigate } from '../router.ts'
import { historyStrings } from '../strings-history.ts'

const s = historyStrings.night

interface Props {
  cell: CalendarCell
  checkIn: CheckIn | undefined
  onTravel: (night: string, travel: boolean) => void
}

export function NightDetail({ cell, checkIn, onTravel }: Props) {
  return (
    <section className="card night-detail" aria-labelledby="night-heading" aria-live="polite">
      <h3 id="night-heading">{s.heading(cell.night)}</h3>
      <p>{s.steps(cell.done, cell.total)}</p>
      {cell.paused && <p>{s.paused}</p>}
      <p>{checkIn ? s.ratings(checkIn.severity, checkIn.sleepQuality) : s.noCheckIn}</p>
      {checkIn?.note && <p className="muted">“{checkIn.note}”</p>}
      <Check label={s.travel} checked={cell.travel} onChange={(travel) => onTravel(cell.night, travel)} />
      <button type="button" onClick={() => navigate('check-in', cell.night)}>
        {checkIn ? s.editCheckIn : s.addCheckIn}
      </button>
    </section>
  )
}
