// Calm "worth talking to a doctor" banners, each saying why it appeared; dismissing one tells main.
import { useRef, useState } from 'react'
import type { DoctorPrompt } from '../../shared/prompts.ts'
import { api } from '../api.ts'
import { withReadableDates } from '../readable-dates.ts'
import { messageOf, strings } from '../strings.ts'
import { journalStrings } from '../strings-journal.ts'

const s = journalStrings.prompts

export function PromptBanners({ prompts }: { prompts: readonly DoctorPrompt[] }) {
  // Hidden at once after main accepts, so the banner goes even before the next snapshot arrives.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set())
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const busy = useRef(false)
  const shown = prompts.filter((p) => !hidden.has(p.id))

  async function dismiss(id: string) {
    if (busy.current) return
    busy.current = true
    try {
      await api.dismissPrompt({ id })
      setHidden((set) => new Set([...set, id]))
      setError(null)
      setStatus(s.dismissed)
      // The button is about to disappear; keep keyboard focus nearby instead of dropping it to the page.
      statusRef.current?.focus()
    } catch (failure) {
      console.error(failure)
      setError(strings.errors.actionFailed(messageOf(failure)))
    } finally {
      busy.current = false
    }
  }

  return (
    <div className="prompts">
      {shown.length > 0 && (
        <ul className="prompt-list" aria-label={s.label}>
          {shown.map((prompt) => (
            <li key={prompt.id} className="prompt" aria-labelledby={`prompt-${prompt.id}`}>
              <h2 id={`prompt-${prompt.id}`} className="prompt-title">
                {prompt.title}
              </h2>
              <p>{withReadableDates(prompt.body)}</p>
              <p className="prompt-reason">
                <span className="prompt-why">{s.why}</span> {withReadableDates(prompt.reason)}
              </p>
              <button type="button" aria-label={s.dismiss(prompt.title)} onClick={() => dismiss(prompt.id)}>
                {s.dismissVisible}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Mounted only with a message, so the window's own alert region stays the only empty one. */}
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
      <p role="status" className="sr-status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
    </div>
  )
}
