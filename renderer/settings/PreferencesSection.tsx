// Reminders (on/off, sound, heads-up, snooze, grace), launch at login, update checks (opt-in), and the theme.

import { useId } from 'react'
import { CLOCK_CHOICES, LANGUAGE_CHOICES } from '../../shared/i18n/index.ts'
import { THEMES } from '../../shared/settings.ts'
import { Check, TextField } from '../components/Field.tsx'
import { strings } from '../strings.ts'
import { stepTitle } from './draft.ts'
import type { SectionProps } from './types.ts'

const s = strings.settings

export function NotificationsSection({ draft, errors, update }: SectionProps) {
  return (
    <section className="card" aria-labelledby="settings-notifications">
      <h2 id="settings-notifications">{s.notificationsHeading}</h2>
      <Check
        label={s.notificationsEnabled}
        checked={draft.notificationsEnabled}
        onChange={(notificationsEnabled) => update((d) => ({ ...d, notificationsEnabled }))}
      />
      <Check label={s.sound} checked={draft.sound} onChange={(sound) => update((d) => ({ ...d, sound }))} />
      <TextField
        label={s.headsUp}
        hint={s.rangeHint(0, 120)}
        numeric
        value={draft.headsUp}
        error={errors['notifications.headsUpMinutes']}
        onChange={(headsUp) => update((d) => ({ ...d, headsUp }))}
      />
      <TextField
        label={s.snooze}
        hint={s.rangeHint(1, 120)}
        numeric
        value={draft.snooze}
        error={errors['notifications.snoozeMinutes']}
        onChange={(snooze) => update((d) => ({ ...d, snooze }))}
      />
      <TextField
        label={s.grace}
        hint={s.rangeHint(0, 120)}
        numeric
        value={draft.grace}
        error={errors['notifications.graceMinutes']}
        onChange={(grace) => update((d) => ({ ...d, grace }))}
      />
      <EscalationFields draft={draft} errors={errors} update={update} />
    </section>
  )
}

/** Optional, off by default: one more reminder for a chosen step that is still open after N minutes. */
function EscalationFields({ draft, errors, update }: SectionProps) {
  const id = useId()
  const steps = draft.steps.filter((step) => step.enabled)
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-step`}>{s.escalation}</label>
        <p className="hint" id={`${id}-hint`}>
          {s.escalationHint}
        </p>
        <select
          id={`${id}-step`}
          aria-describedby={`${id}-hint`}
          value={draft.escalationStep}
          onChange={(event) => {
            const escalationStep = event.target.value
            update((d) => ({ ...d, escalationStep }))
          }}
        >
          <option value="">{s.escalationOff}</option>
          {steps.map((step) => (
            <option key={step.id} value={step.id}>
              {stepTitle(step)}
            </option>
          ))}
        </select>
      </div>
      {draft.escalationStep && (
        <TextField
          label={s.escalationAfter}
          hint={s.rangeHint(5, 180)}
          numeric
          value={draft.escalationAfter}
          error={errors['escalation.afterMinutes'] ?? errors['escalation.stepId']}
          onChange={(escalationAfter) => update((d) => ({ ...d, escalationAfter }))}
        />
      )}
    </>
  )
}

export function GeneralSection({ draft, update }: SectionProps) {
  const id = useId()
  return (
    <section className="card" aria-labelledby="settings-general">
      <h2 id="settings-general">{s.generalHeading}</h2>
      <Check
        label={s.launchAtLogin}
        checked={draft.launchAtLogin}
        onChange={(launchAtLogin) => update((d) => ({ ...d, launchAtLogin }))}
      />
      <Check
        label={s.updateChecks}
        hint={s.updateChecksHint}
        checked={draft.updateChecks}
        onChange={(updateChecks) => update((d) => ({ ...d, updateChecks }))}
      />
      <fieldset>
        <legend>{s.themeLegend}</legend>
        {THEMES.map((theme) => (
          <div className="check" key={theme}>
            <input
              id={`${id}-${theme}`}
              type="radio"
              name={`${id}-theme`}
              value={theme}
              checked={draft.theme === theme}
              onChange={() => update((d) => ({ ...d, theme }))}
            />
            <label htmlFor={`${id}-${theme}`}>{s.themes[theme]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-language`}>{s.languageLegend}</label>
        <select
          id={`${id}-language`}
          value={draft.language}
          onChange={(event) => {
            const language = LANGUAGE_CHOICES.find((choice) => choice === event.target.value) ?? 'system'
            update((d) => ({ ...d, language }))
          }}
        >
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {s.languages[choice]}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend>{s.clockLegend}</legend>
        {CLOCK_CHOICES.map((clock) => (
          <div className="check" key={clock}>
            <input
              id={`${id}-clock-${clock}`}
              type="radio"
              name={`${id}-clock`}
              value={clock}
              checked={draft.clock === clock}
              onChange={() => update((d) => ({ ...d, clock }))}
            />
            <label htmlFor={`${id}-clock-${clock}`}>{s.clocks[clock]}</label>
          </div>
        ))}
      </fieldset>
    </section>
  )
}
