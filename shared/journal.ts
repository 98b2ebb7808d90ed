// The journal: what the person records beside the evening routine (check-ins, labs, medicines, dismissed
// doctor prompts, travel nights), plus which mornings were already asked for a check-in.
import { z } from 'zod'
import { MAX_DISMISSED, MAX_LABS, MAX_MEDICINES, MAX_NIGHTS, PROMPT_ID_PATTERN } from './backup.ts'
import { type CheckIn, checkInSchema } from './checkin.ts'
import { describeInput, parseOrThrow } from './errors.ts'
import { isRealDate } from './fields.ts'
import { type LabEntry, labEntrySchema } from './labs.ts'
import { type MedicineEntry, medicineEntrySchema } from './medicines.ts'

/** How many asked-for mornings are remembered; older ones can never be asked about again anyway. */
export const MAX_ASKED = 60

const nightKey = z
  .string({ error: (iss) => `expected a night as YYYY-MM-DD, got ${describeInput(iss.input)}` })
  .refine(isRealDate, {
    error: (iss) => `expected a night as a real date YYYY-MM-DD, got ${describeInput(iss.input)}`,
  })

const atMost = (max: number) => (value: object) => Object.keys(value).length <= max

export const journalSchema = z.strictObject({
  checkIns: z
    .record(nightKey, checkInSchema)
    .refine(atMost(MAX_NIGHTS), { error: `expected at most ${MAX_NIGHTS} check-ins` }),
  labs: z.array(labEntrySchema).max(MAX_LABS, { error: `expected at most ${MAX_LABS} lab entries` }),
  medicines: z
    .array(medicineEntrySchema)
    .max(MAX_MEDICINES, { error: `expected at most ${MAX_MEDICINES} medicines` }),
  dismissedPrompts: z
    .array(
      z.string().regex(PROMPT_ID_PATTERN, {
        error: (iss) => `expected a prompt id, got ${describeInput(iss.input)}`,
      }),
    )
    .max(MAX_DISMISSED, { error: `expected at most ${MAX_DISMISSED} dismissed prompts` }),
  travelNights: z.array(nightKey).max(MAX_NIGHTS, { error: `expected at most ${MAX_NIGHTS} travel nights` }),
  /** Nights whose "How was last night?" notification already went out, so it is never sent twice. */
  checkInAsked: z.array(nightKey).max(MAX_ASKED, { error: `expected at most ${MAX_ASKED} nights` }),
})

export interface Journal {
  checkIns: Record<string, CheckIn>
  labs: LabEntry[]
  medicines: MedicineEntry[]
  dismissedPrompts: string[]
  travelNights: string[]
  checkInAsked: string[]
}

export function emptyJournal(): Journal {
  return { checkIns: {}, labs: [], medicines: [], dismissedPrompts: [], travelNights: [], checkInAsked: [] }
}

/** Validates a whole journal; the error names each bad field (`labs[2].value: expected …`). */
export function parseJournal(value: unknown, prefix = ''): Journal {
  return parseOrThrow(journalSchema, value, prefix) as Journal
}

/** Adds a night to the asked list, keeping only the most recent MAX_ASKED nights. */
export function withAsked(asked: readonly string[], night: string): string[] {
  if (asked.includes(night)) return [...asked]
  return [...asked, night].sort().slice(-MAX_ASKED)
}

/** Adds a dismissed prompt id; past the cap the oldest dismissals are forgotten first. */
export function withDismissed(dismissed: readonly string[], id: string): string[] {
  if (dismissed.includes(id)) return [...dismissed]
  return [...dismissed, id].slice(-MAX_DISMISSED)
}
