// Checks a lab entry as it is typed, with the shared rules (parseLabEntry): value and date are checked
// separately so both messages can show at once, each naming what is allowed.
import { ValidationError } from '../../shared/errors.ts'
import { LAB_INFO, type LabKind, parseLabEntry } from '../../shared/labs.ts'
import { sentence } from '../strings.ts'
import { healthStrings } from '../strings-health.ts'

export interface LabDraft {
  kind: LabKind
  value: string
  date: string
}

export interface LabCheck {
  entry: { kind: LabKind; value: number; date: string } | null
  errors: { value?: string; date?: string }
}

/** "45", "45.5" and "45,5" are numbers; anything else is quoted back. */
export function labNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null
}

function problemFor(field: 'value' | 'date', attempt: () => unknown): string | undefined {
  try {
    attempt()
    return undefined
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const problem = error.problems.find((p) => p.startsWith(`${field}: `))
    return problem ? sentence(problem.slice(field.length + 2)) : undefined
  }
}

export function checkLab(draft: LabDraft, today: string): LabCheck {
  const { kind } = draft
  const value = labNumber(draft.value)
  const date = draft.date.trim()
  const errors: LabCheck['errors'] = {}
  if (value === null) errors.value = healthStrings.labs.notANumber(draft.value)
  else {
    const problem = problemFor('value', () => parseLabEntry({ id: 'draft', kind, value, date: today }, today))
    if (problem) errors.value = problem
  }
  const min = LAB_INFO[kind].min
  const dateProblem = problemFor('date', () => parseLabEntry({ id: 'draft', kind, value: min, date }, today))
  if (dateProblem) errors.date = dateProblem
  const valid = value !== null && !errors.value && !errors.date
  return { entry: valid ? { kind, value, date } : null, errors }
}
