// First run: a welcome with the disclaimer, the bedtime, which steps to follow and the health notes that bring
// cautions (kidney disease leaves magnesium off). Then the checklist.

import { type FormEvent, useEffect, useRef, useState } from 'react'
import { stepsToSwitchOff } from '../../shared/cautions.ts'
import { ValidationError } from '../../shared/errors.ts'
import { isHHMM } from '../../shared/hhmm.ts'
import { t } from '../../shared/i18n/index.ts'
import { CATALOGUE, CORE_STEP_IDS, disclaimer, LIBRARY_STEP_IDS } from '../../shared/protocol.ts'
import { parseSettings, type Settings, type StepSetting } from '../../shared/settings.ts'
import { ApiError, api } from '../api.ts'
import { Check, TextField } from '../components/Field.tsx'
import { navigate } from '../router.ts'
import { splitProblems } from '../settings/draft.ts'
import { HealthNoteChecks } from '../settings/HealthNoteChecks.tsx'
import { timingText } from '../settings/timing.ts'
import { useSnapshot } from '../snapshot.tsx'
import { messageOf, strings } from '../strings.ts'
import { journalStrings } from '../strings-journal.ts'
import { applyTheme } from '../theme.ts'
import { useLoad } from '../use-load.ts'

const s = strings.firstRun
const h = journalStrings.settings

/** The steps as chosen: core steps stay (switched off if unticked), library steps are added only if ticked. */
function chosenSteps(settings: Settings, chosen: Set<string>): StepSetting[] {
  const kept = settings.steps
    .filter((step) => !LIBRARY_STEP_IDS.includes(step.id) || chosen.has(step.id))
    .map((step) => (CATALOGUE[step.id] ? { ...step, enabled: chosen.has(step.id) } : step))
  const present = new Set(kept.map((step) => step.id))
  const added = LIBRARY_STEP_IDS.filter((id) => chosen.has(id) && !present.has(id)).flatMap((id) => {
    const entry = CATALOGUE[id]
    return entry ? [{ ...entry.defaults, enabled: true }] : []
  })
  return [...kept, ...added]
}

export function FirstRun() {
  const { setSnapshot } = useSnapshot()
  const loaded = useLoad(() => api.getSettings(), 'settings', strings.errors.loadFailed)
  const settings = loaded.value
  const [bedtime, setBedtime] = useState('')
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [health, setHealth] = useState<Settings['health'] | null>(null)
  const [saveError, setError] = useState<string | null>(null)
  const error = saveError ?? loaded.error
  const [serverBedtimeError, setServerBedtimeError] = useState<string | undefined>()
  const saving = useRef(false)
  const bedtimeInput = useRef<HTMLInputElement>(null)

  // The form starts from the settings main holds; it shows once these are copied in (health last).
  useEffect(() => {
    if (!settings) return
    setBedtime(settings.bedtime)
    setChosen(new Set(settings.steps.filter((step) => step.enabled).map((step) => step.id)))
    setHealth(settings.health)
  }, [settings])

  // A time input gives "HH:MM" or, while a part is missing, nothing: either way the person is told what to enter.
  const bedtimeError = isHHMM(bedtime.trim()) ? serverBedtimeError : t('validation.time')

  // A noted condition unticks the steps it makes doubtful (magnesium with kidney disease); they can be ticked again.
  function note(patch: Partial<Settings['health']>) {
    if (!health) return
    const next = { ...health, ...patch }
    for (const id of stepsToSwitchOff(health, next)) toggle(id, false)
    setHealth(next)
  }

  function toggle(id: string, on: boolean) {
    setChosen((current) => {
      const next = new Set(current)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }

  async function start(event: FormEvent) {
    event.preventDefault()
    if (!settings || saving.current) return
    if (!isHHMM(bedtime.trim())) {
      bedtimeInput.current?.focus()
      return
    }
    saving.current = true
    try {
      const next = parseSettings({
        ...settings,
        bedtime: bedtime.trim(),
        steps: chosenSteps(settings, chosen),
        health: health ?? settings.health,
        firstRunDone: true,
      })
      const saved = await api.updateSettings(next)
      applyTheme(saved.theme)
      // Main pushes a fresh snapshot too; asking makes the checklist right even if that push is slow.
      setSnapshot(await api.getState())
      navigate('checklist')
    } catch (err) {
      console.error(err)
      const problems = err instanceof ApiError || err instanceof ValidationError ? err.problems : []
      // (a failure without field problems leaves the bedtime field unmarked)
      setServerBedtimeError(splitProblems(problems).byField.bedtime)
      setError(strings.errors.saveFailed(messageOf(err)))
    } finally {
      saving.current = false
    }
  }

  const option = (id: string) => {
    const entry = CATALOGUE[id]
    if (!entry) return null
    return (
      <Check
        key={id}
        label={entry.title}
        hint={timingText(entry.defaults)}
        checked={chosen.has(id)}
        onChange={(on) => toggle(id, on)}
      />
    )
  }

  return (
    <main className="page first-run">
      <h1>{s.heading}</h1>
      <p>{s.intro}</p>
      <section className="card" aria-labelledby="first-run-disclaimer">
        <h2 id="first-run-disclaimer">{s.disclaimerHeading}</h2>
        <p className="disclaimer">{disclaimer()}</p>
      </section>
      <div role="alert" className={error ? 'error-box' : undefined}>
        {error}
      </div>
      {!(settings && health) && !error && <p role="status">{strings.loading}</p>}
      {settings && health && (
        <form onSubmit={start} noValidate>
          <section className="card" aria-labelledby="first-run-bedtime">
            <h2 id="first-run-bedtime">{s.bedtimeHeading}</h2>
            <TextField
              type="time"
              label={s.bedtimeLabel}
              hint={strings.settings.timeHint}
              value={bedtime}
              error={bedtimeError}
              inputRef={bedtimeInput}
              onChange={(value) => {
                setBedtime(value)
                setServerBedtimeError(undefined)
              }}
            />
          </section>
          <section className="card" aria-labelledby="first-run-steps">
            <h2 id="first-run-steps">{s.stepsHeading}</h2>
            <fieldset>
              <legend>{s.coreLegend}</legend>
              {CORE_STEP_IDS.map(option)}
            </fieldset>
            <fieldset>
              <legend>{s.libraryLegend}</legend>
              {LIBRARY_STEP_IDS.map(option)}
            </fieldset>
          </section>
          {health && (
            <section className="card" aria-labelledby="first-run-health">
              <h2 id="first-run-health">{h.healthHeading}</h2>
              <p className="hint">{h.healthIntro}</p>
              <HealthNoteChecks
                notes={{
                  ...health,
                  malabsorption: health.malabsorption ?? false,
                  neuropathy: health.neuropathy ?? false,
                }}
                onChange={note}
              />
            </section>
          )}
          {/* Kept in view at the window's bottom, so starting never needs a scroll past the whole list. */}
          <div className="save-bar first-run-start">
            <button type="submit" className="primary">
              {s.start}
            </button>
            <p className="hint">{s.changeLater}</p>
          </div>
        </form>
      )}
    </main>
  )
}
