import type { Draft, FieldErrors } from './draft.ts'

/** What every settings section receives: the form as typed, its errors, and a way to change it. */
export interface SectionProps {
  draft: Draft
  errors: FieldErrors
  update: (change: (draft: Draft) => Draft) => void
}
