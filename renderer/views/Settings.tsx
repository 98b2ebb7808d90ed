// Settings: every field checked as it is typed; Save sends only settings the shared schema accepts.

import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { api } from '../api.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { SaveBar } from '../components/SaveBar.tsx'
import { AboutSection } from '../settings/AboutSection.tsx'
import { BedtimeSection } from '../settings/BedtimeSection.tsx'
import { checkDraft, type Draft, type FieldErrors, splitProblems, toDraft } from '../settings/draft.ts'
import { CheckInSection, HealthNotesSection } from '../settings/JournalSection.tsx'
import { GeneralSection, NotificationsSection } from '../settings/PreferencesSection.tsx'
import { StepsSection } from '../settings/StepsSection.tsx'
import { visibleErrors } from '../settings/validation.ts'
import { useSnapshot } from '../snapshot.tsx'
import { strings } from '../strings.ts'
import { applyTheme } from '../theme.ts'
import { useAction } from '../use-action.ts'
import { useLoad } from '../use-load.ts'

const s = strings.settings

export function Settings() {
  const { setSnapshot } = useSnapshot()
  const loaded = useLoad(() => api.getSettings(), 'settings', strings.errors.loadFailed)
  const base = loaded.value
  // About is a nicety: if it fails the form still works, and the console says why.
  const info = useLoad(() => api.getAppInfo(), 'about', String).value
  const [draft, setDraft] = useState<Draft | null>(null)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  const action = useAction()
  // Errors under fields left empty wait for a save attempt (renderer/settings/validation.ts).
  const [saveTried, setSaveTried] = useState(false)
  const form = useRef<HTMLFormElement>(null)

  // The form starts from what main holds, and again from what it saved.
  useEffect(() => {
    if (base) setDraft(toDraft(base))
  }, [base])

  const checked = useMemo(() => (draft && base ? checkDraft(draft, base) : null), [draft, base])

  function update(change: (d: Draft) => Draft) {
    setDraft((d) => (d ? change(d) : d))
    setServerErrors({})
    action.reset()
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!checked) return
    // Rendered at once so a field left empty (a time input holding half a time) is marked before it is focused.
    flushSync(() => setSaveTried(true))
    const valid = checked.settings
    if (!valid) {
      action.setFailure({
        message: strings.errors.fixFirst(Object.keys(checked.errors).length),
        problems: [],
      })
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    await action.run(
      async () => {
        const saved = await api.updateSettings(valid)
        loaded.setValue(saved)
        applyTheme(saved.theme)
        // Main pushes a re-planned night too; asking keeps "Back to tonight" right even if that push is slow.
        setSnapshot(await api.getState())
      },
      { working: s.saving, done: s.saved, failed: strings.errors.saveFailed },
      (failed) => setServerErrors(splitProblems(failed.problems).byField),
    )
  }

  const allErrors = { ...serverErrors, ...(checked?.errors ?? {}) }
  const errors = draft ? visibleErrors(allErrors, draft, saveTried) : allErrors
  const props = draft ? { draft, errors, update } : null

  return (
    <main className="page settings">
      <PageHeader heading={s.heading} back="checklist" backLabel={strings.nav.backToTonight} />
      {loaded.error && (
        <p role="alert" className="error-box">
          {loaded.error}
        </p>
      )}
      {!props && !loaded.error && <p role="status">{strings.loading}</p>}
      {props && (
        <form ref={form} onSubmit={save} noValidate>
          <BedtimeSection {...props} />
          <StepsSection {...props} />
          <NotificationsSection {...props} />
          <CheckInSection {...props} />
          <HealthNotesSection {...props} />
          <GeneralSection {...props} />
          <div className="save-bar">
            <SaveBar action={action} label={s.save} listLabel={s.problemsHeading} />
          </div>
        </form>
      )}
      <AboutSection info={info} />
    </main>
  )
}
