// Checks a lab entry as it is typed, with the shared rules (parseLabEntry): value and date are checked
// separately so both messages can show at once, each naming what is allowed.
import { ValidationError } from '../../shared/errors.ts'
import {
  LAB_INFO,
  type LabKind,
  parseLabEntry,
  type VitaminDUnit,
  vitaminDFromStored,
  vitaminDToStored,
} from '../../shared/labs.ts'
import { withReadableDates } from '../readable-dates.ts'
import { sentence } from '../strings.ts'
import { healthStrings } from '../strings-health.ts'

export interface LabDraft {
  kind: LabKind
  value: string
  date: string
  /** The unit a vitamin D result is typed in; it is stored in ng/mL. */
  vitaminDUnit?: VitaminDUnit
}

/** The unit and entry range a result is typed in: vitamin D in nmol/L is 2.5 times the ng/mL figures. */
export function typedUnit(kind: LabKind, vitaminDUnit: VitaminDUnit = 'ng/mL') {
  const info = LAB_INFO[kind]
  if (kind !== 'vitaminD' || vitaminDUnit === 'ng/mL')
    return { unit: info.unit, min: info.min, max: info.max }
  return {
    unit: vitaminDUnit,
    min: vitaminDFromStored(info.min, vitaminDUnit),
    max: vitaminDFromStored(info.max, vitaminDUnit),
  }
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
    const problem = error.problems.find((p) => p.path === field)
    return problem ? sentence(withReadableDates(problem.message)) : undefined
  }
}

export function checkLab(draft: LabDraft, today: string): LabCheck {
  const { kind } = draft
  const typed = labNumber(draft.value)
  const unit = kind === 'vitaminD' ? (draft.vitaminDUnit ?? 'ng/mL') : 'ng/mL'
  const value = typed === null || kind !== 'vitaminD' ? typed : vitaminDToStored(typed, unit)
  const date = draft.date.trim()
  const errors: LabCheck['errors'] = {}
  if (value === null || typed === null) errors.value = healthStrings.labs.notANumber(draft.value)
  else {
    const problem = problemFor('value', () => parseLabEntry({ id: 'draft', kind, value, date: today }, today))
    // The shared range speaks ng/mL; a person typing nmol/L reads it in nmol/L.
    if (problem && unit === 'nmol/L') {
      const range = typedUnit(kind, unit)
      errors.value = healthStrings.labs.outOfRange(range.min, range.max, range.unit, typed)
    } else if (problem) errors.value = problem
  }
  const min = LAB_INFO[kind].min
  const dateProblem = problemFor('date', () => parseLabEntry({ id: 'draft', kind, value: min, date }, today))
  if (dateProblem) errors.date = dateProblem
  const valid = value !== null && !errors.value && !errors.date
  return { entry: valid ? { kind, value, date } : null, errors }
}
