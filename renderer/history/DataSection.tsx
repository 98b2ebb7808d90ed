// Data ownership: export a JSON backup, a CSV of nights or the evenings as a calendar (.ics), import a backup after a preview (nothing changes
// until the person confirms, and a bad file is refused naming the record and field in plain words), print a summary.
import { type ChangeEvent, useId, useRef, useState } from 'react'
import type { BackupPreview } from '../../shared/backup.ts'
import { BackupEncodingError, decodeBackupBytes } from '../../shared/backup-bytes.ts'
import { problem } from '../../shared/errors.ts'
import type { ExportResult } from '../../shared/view-models.ts'
import { ApiError, api } from '../api.ts'
import { type Failure, FailureAlert, failureOf } from '../components/FailureAlert.tsx'
import { navigate } from '../router.ts'
import { messageOf, strings } from '../strings.ts'
import { historyStrings } from '../strings-history.ts'
import { plainImportProblem } from './import-problems.ts'

const s = historyStrings.data
const MAX_BYTES = 20 * 1024 * 1024

export function DataSection({ onImported }: { onImported: () => void }) {
  const id = useId()
  const [status, setStatus] = useState('')
  const [failure, setFailure] = useState<Failure | null>(null)
  const [pending, setPending] = useState<{ text: string; preview: BackupPreview } | null>(null)
  const busy = useRef(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)

  async function run(working: string, call: () => Promise<void>) {
    if (busy.current) return
    busy.current = true
    setStatus(working)
    setFailure(null)
    try {
      await call()
    } catch (error) {
      console.error(error)
      setStatus('')
      setFailure(failureOf(strings.errors.actionFailed(messageOf(error)), error))
    } finally {
      busy.current = false
    }
  }

  const saved = (result: ExportResult) => setStatus(result.saved ? s.savedTo(result.path) : s.notSaved)

  const exportAs = (format: 'json' | 'csv') =>
    run(s.preparing, async () => saved(await api.exportData({ format })))

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    // Cleared so choosing the same file again (after fixing it) still counts as a change.
    event.target.value = ''
    setPending(null)
    if (!file) return
    run(s.checking, async () => {
      if (file.size > MAX_BYTES) {
        setStatus('')
        setFailure({
          message: s.rejected,
          problems: [problem('', s.tooLarge((file.size / 1024 / 1024).toFixed(1)))],
        })
        return
      }
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(await file.arrayBuffer())
      } catch (error) {
        throw new Error(s.readFailed(messageOf(error)))
      }
      let text: string
      try {
        // Strict UTF-8: a file in another encoding is refused, never imported with replacement characters.
        text = decodeBackupBytes(bytes)
      } catch (error) {
        if (!(error instanceof BackupEncodingError)) throw error
        setStatus('')
        setFailure({ message: s.rejected, problems: [problem('', error.message)] })
        return
      }
      try {
        const preview = await api.previewImport({ text })
        setPending({ text, preview })
        setStatus('')
        // Confirm is the next thing to decide; it appears right here.
        setTimeout(() => confirmButton.current?.focus(), 0)
      } catch (error) {
        if (!(error instanceof ApiError)) throw error
        console.error(error)
        setStatus('')
        setFailure({
          message: s.rejected,
          problems: error.problems.length
            ? error.problems.map(plainImportProblem)
            : [problem('', error.message)],
        })
      }
    })
  }

  function confirm() {
    const chosen = pending
    if (!chosen) return
    run(s.importing, async () => {
      const result = await api.applyImport({ text: chosen.text })
      setPending(null)
      setStatus(s.imported(result.nights))
      onImported()
    })
  }

  function cancel() {
    setPending(null)
    setStatus(s.cancelled)
    fileInput.current?.focus()
  }

  const print = () => run(s.preparing, async () => saved(await api.printSummary()))
  const exportCalendar = () => run(s.preparing, async () => saved(await api.exportCalendar()))

  return (
    <section className="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{s.heading}</h2>
      <p>{s.intro}</p>
      <div className="button-row">
        <button type="button" onClick={() => exportAs('json')}>
          {s.exportJson}
        </button>
        <button type="button" onClick={() => exportAs('csv')}>
          {s.exportCsv}
        </button>
      </div>
      <p className="hint">{s.exportNotEncrypted}</p>
      <div className="button-row">
        <button type="button" aria-describedby={`${id}-calendar-hint`} onClick={exportCalendar}>
          {s.exportCalendar}
        </button>
      </div>
      <p id={`${id}-calendar-hint`} className="hint">
        {s.calendarHint}
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{s.importLabel}</label>
        <span id={`${id}-hint`} className="hint">
          {s.importHint}
        </span>
        <input
          id={`${id}-file`}
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={chooseFile}
        />
      </div>
      {pending && (
        <section className="import-preview" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`}>{s.previewHeading}</h3>
          <p>{s.previewCounts(pending.preview)}</p>
          <p>
            {pending.preview.from && pending.preview.to
              ? s.previewRange(pending.preview.from, pending.preview.to)
              : s.previewNoRange}
          </p>
          <p className="warning">{s.replaceWarning}</p>
          <div className="button-row">
            <button type="button" className="primary" ref={confirmButton} onClick={confirm}>
              {s.confirm}
            </button>
            <button type="button" onClick={cancel}>
              {s.cancel}
            </button>
          </div>
        </section>
      )}
      <div className="button-row">
        <button type="button" onClick={print}>
          {s.print}
        </button>
        <button type="button" className="link" onClick={() => navigate('summary')}>
          {s.showSummary}
        </button>
      </div>
      <FailureAlert failure={failure} listLabel={s.problemsLabel} />
      <p role="status" className="status">
        {status}
      </p>
    </section>
  )
}
