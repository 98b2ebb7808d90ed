// The morning check-in (on/off and time) and the health notes that only enable doctor prompts.
import { Check, TextField } from '../components/Field.tsx'
import { journalStrings } from '../strings-journal.ts'
import type { SectionProps } from './types.ts'

const s = journalStrings.settings

export function CheckInSection({ draft, errors, update }: SectionProps) {
  return (
    <section className="card" aria-labelledby="settings-check-in">
      <h2 id="settings-check-in">{s.checkInHeading}</h2>
      <Check
        label={s.checkInEnabled}
        checked={draft.checkInEnabled}
        onChange={(checkInEnabled) => update((d) => ({ ...d, checkInEnabled }))}
      />
      <TextField
        label={s.checkInTime}
        hint={s.checkInHint}
        value={draft.checkInTime}
        error={errors.checkInTime}
        onChange={(checkInTime) => update((d) => ({ ...d, checkInTime }))}
      />
    </section>
  )
}

export function HealthNotesSection({ draft, update }: SectionProps) {
  return (
    <section className="card" aria-labelledby="settings-health">
      <h2 id="settings-health">{s.healthHeading}</h2>
      <p className="hint" id="settings-health-intro">
        {s.healthIntro}
      </p>
      <Check
        label={s.pregnant}
        checked={draft.pregnant}
        onChange={(pregnant) => update((d) => ({ ...d, pregnant }))}
      />
      <Check
        label={s.kidneyDisease}
        checked={draft.kidneyDisease}
        onChange={(kidneyDisease) => update((d) => ({ ...d, kidneyDisease }))}
      />
    </section>
  )
}
