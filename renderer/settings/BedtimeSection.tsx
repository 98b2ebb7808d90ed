// Everyday bedtime and optional per-weekday bedtimes.
import { WEEKDAYS } from '../../shared/settings.ts'
import { TextField } from '../components/Field.tsx'
import { strings } from '../strings.ts'
import type { SectionProps } from './types.ts'

const s = strings.settings

export function BedtimeSection({ draft, errors, update }: SectionProps) {
  return (
    <section className="card" aria-labelledby="settings-bedtime">
      <h2 id="settings-bedtime">{s.bedtimeHeading}</h2>
      <TextField
        type="time"
        label={s.everyday}
        hint={s.timeHint}
        value={draft.bedtime}
        error={errors.bedtime}
        onChange={(bedtime) => update((d) => ({ ...d, bedtime }))}
      />
      <fieldset>
        <legend>{s.weekdaysLegend}</legend>
        <p className="hint">{s.weekdaysHint}</p>
        <div className="grid">
          {WEEKDAYS.map((day) => (
            <TextField
              type="time"
              key={day}
              label={s.weekdays[day]}
              value={draft.weekdays[day]}
              error={errors[`bedtimeByWeekday.${day}`]}
              onChange={(value) => update((d) => ({ ...d, weekdays: { ...d.weekdays, [day]: value } }))}
            />
          ))}
        </div>
      </fieldset>
    </section>
  )
}
