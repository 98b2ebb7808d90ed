// Outside the checklist, doctor prompts are one small badge ("2 points to discuss with a doctor") that brings
// the checklist forward, where the banners themselves are. Full banners in every window pushed each
// window's own content below the fold.
import { useId } from 'react'
import type { DoctorPrompt } from '../../shared/prompts.ts'
import { api } from '../api.ts'
import { looksStrings } from '../strings-looks.ts'

export function DoctorBadge({ prompts }: { prompts: readonly DoctorPrompt[] }) {
  const hintId = useId()
  if (prompts.length === 0) return null
  return (
    <p className="doctor-badge-row">
      <button
        type="button"
        className="doctor-badge"
        aria-describedby={hintId}
        onClick={() => api.openWindow({ view: 'checklist' }).catch(console.error)}
      >
        {looksStrings.badge.text(prompts.length)}
      </button>
      <span id={hintId} className="sr-only">
        {looksStrings.badge.hint}
      </span>
    </p>
  )
}
