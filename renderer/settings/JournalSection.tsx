// The morning check-in (on/off and time), and the health notes that enable doctor prompts and step cautions.

import { useState } from 'react'
import { stepsToSwitchOff } from '../../shared/cautions.ts'
import { VITAMIN_D_UNITS } from '../../shared/labs.ts'
import { Check, TextField } from '../components/Field.tsx'
import { journalStrings } from '../strings-journal.ts'
import { type Draft, draftFlags } from './draft.ts'
import { HealthNoteChecks } from './HealthNoteChecks.tsx'
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
        type="time"
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
  const [switchedOff, setSwitchedOff] = useState(false)
  // A newly noted condition turns off the steps it makes doubtful (magnesium with kidney disease).
  function setFlags(patch: Partial<Draft>) {
    const off = new Set(stepsToSwitchOff(draftFlags(draft), draftFlags({ ...draft, ...patch })))
    if (draft.steps.some((step) => off.has(step.id) && step.enabled)) setSwitchedOff(true)
    update((d) => ({
      ...d,
      ...patch,
      steps: d.steps.map((step) => (off.has(step.id) && step.enabled ? { ...step, enabled: false } : step)),
    }))
  }
  return (
    <section className="card" aria-labelledby="settings-health">
      <h2 id="settings-health">{s.healthHeading}</h2>
      <p className="hint" id="settings-health-intro">
        {s.healthIntro}
      </p>
      <HealthNoteChecks notes={draft} onChange={setFlags} />
      <p role="status" className="hint">
        {switchedOff && draft.kidneyDisease ? s.magnesiumOff : ''}
      </p>
      <div className="field">
        <label htmlFor="settings-vitamin-d-unit">{s.vitaminDUnit}</label>
        <select
          id="settings-vitamin-d-unit"
          aria-describedby="settings-vitamin-d-unit-hint"
          value={draft.vitaminDUnit}
          onChange={(event) => {
            const vitaminDUnit = event.target.value === 'nmol/L' ? 'nmol/L' : 'ng/mL'
            update((d) => ({ ...d, vitaminDUnit }))
          }}
        >
          {VITAMIN_D_UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </select>
        <span id="settings-vitamin-d-unit-hint" className="hint">
          {s.vitaminDUnitHint}
        </span>
      </div>
    </section>
  )
}
