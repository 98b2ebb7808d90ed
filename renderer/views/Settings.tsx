// Settings: every field checked as it is typed; Save sends only settings the shared schema accepts.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react'
import type { AppInfo } from '../../shared/ipc.ts'
import type { Settings as SettingsValue } from '../../shared/settings.ts'
import { ApiError, api } from '../api.ts'
import { FailureAlert } from '../components/FailureAlert.tsx'
import { navigate } from '../router.ts'
import { AboutSection } from '../settings/AboutSection.tsx'
import { BedtimeSection } from '../settings/BedtimeSection.tsx'
import { checkDraft, type Draft, type FieldErrors, splitProblems, toDraft } from '../settings/draft.ts'
import { CheckInSection, HealthNotesSection } from '../settings/JournalSection.tsx'
import { GeneralSection, NotificationsSection } from '../settings/PreferencesSection.tsx'
import { StepsSection } from '../settings/StepsSection.tsx'
import { visibleErrors } from '../settings/validation.ts'
import { useSnapshot } from '../snapshot.tsx'
import { messageOf, strings } from '../strings.ts'
import { applyTheme } from '../theme.ts'

const s = strings.settings

interface Failure {
  message: string
  problems: string[]
}

export function Settings() {
  const { setSnapshot } = useSnapshot()
  const [base, setBase] = useState<SettingsValue | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [serverErrors, setServerErrors] = useState<FieldErrors>({})
  // Errors under fields left empty wait for a save attempt (renderer/settings/validation.ts).
  const [saveTried, setSaveTried] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [status, setStatus] = useState('')
  const saving = useRef(false)
  const form = useRef<HTMLFormElement>(null)

  useEffect(() => {
    let live = true
    api.getSettings().then(
      (settings) => {
        if (!live) return
        setBase(settings)
        setDraft(toDraft(settings))
      },
      (error: unknown) => {
        console.error(error)
        if (live) setLoadError(strings.errors.loadFailed(messageOf(error)))
      },
    )
    // About is a nicety: if it fails the form still works, and the console says why.
    api.getAppInfo().then((value) => live && setInfo(value), console.error)
    return () => {
      live = false
    }
  }, [])

  const checked = useMemo(() => (draft && base ? checkDraft(draft, base) : null), [draft, base])

  function update(change: (d: Draft) => Draft) {
    setDraft((d) => (d ? change(d) : d))
    setServerErrors({})
    setFailure(null)
    setStatus('')
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (!checked || saving.current) return
    setSaveTried(true)
    if (!checked.settings) {
      setFailure({ message: strings.errors.fixFirst(Object.keys(checked.errors).length), problems: [] })
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    saving.current = true
    setStatus(s.saving)
    try {
      const saved = await api.updateSettings(checked.settings)
      setBase(saved)
      setDraft(toDraft(saved))
      setFailure(null)
      setStatus(s.saved)
      applyTheme(saved.theme)
      // Main pushes a re-planned night too; asking keeps "Back to tonight" right even if that push is slow.
      setSnapshot(await api.getState())
    } catch (error) {
      console.error(error)
      const problems = error instanceof ApiError ? error.problems : []
      setServerErrors(splitProblems(problems).byField)
      setFailure({ message: strings.errors.saveFailed(messageOf(error)), problems })
      setStatus('')
    } finally {
      saving.current = false
    }
  }

  const allErrors = { ...serverErrors, ...(checked?.errors ?? {}) }
  const errors = draft ? visibleErrors(allErrors, draft, saveTried) : allErrors
  const props = draft ? { draft, errors, update } : null

  return (
    <main className="page settings">
      <header className="page-header">
        <h1>{s.heading}</h1>
        <button type="button" onClick={() => navigate('checklist')}>
          {strings.nav.backToTonight}
        </button>
      </header>
      {loadError && (
        <p role="alert" className="error-box">
          {loadError}
        </p>
      )}
      {!props && !loadError && <p role="status">{strings.loading}</p>}
      {props && (
        <form ref={form} onSubmit={save} noValidate>
          <BedtimeSection {...props} />
          <StepsSection {...props} />
          <NotificationsSection {...props} />
          <CheckInSection {...props} />
          <HealthNotesSection {...props} />
          <GeneralSection {...props} />
          <div className="save-bar">
            <FailureAlert failure={failure} listLabel={s.problemsHeading} />
            <button type="submit" className="primary">
              {s.save}
            </button>
            <p role="status" className="status">
              {status}
            </p>
          </div>
        </form>
      )}
      <AboutSection info={info} />
    </main>
  )
}
