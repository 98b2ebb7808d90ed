// RLS treatments the companion recognises in a medicine name, by generic and common brand name, so the
// doctor's summary can lay the treatment log on a time line and the augmentation watch knows when a
// dopamine-type medicine is involved. Recognition only: the app never names or suggests a dose.
import { z } from 'zod'
import { dateField, text } from './fields.ts'
import { tokens } from './watchlist.ts'

export const RLS_CLASSES = ['dopamine', 'alpha2delta', 'opioid', 'iv-iron'] as const
export type RlsClass = (typeof RLS_CLASSES)[number]

export const RLS_CLASS_LABELS: Readonly<Record<RlsClass, string>> = {
  dopamine: 'dopamine-type medicine',
  alpha2delta: 'alpha-2-delta ligand',
  opioid: 'opioid',
  'iv-iron': 'IV iron infusion',
}

interface Treatment {
  generic: string
  rlsClass: RlsClass
  /** Generic names and brands, each as the words a person would type. */
  names: readonly string[]
}

const TREATMENTS: readonly Treatment[] = [
  {
    generic: 'levodopa',
    rlsClass: 'dopamine',
    names: ['levodopa', 'l dopa', 'carbidopa', 'benserazide', 'sinemet', 'madopar', 'rytary', 'stalevo'],
  },
  {
    generic: 'pramipexole',
    rlsClass: 'dopamine',
    names: ['pramipexole', 'mirapex', 'mirapexin', 'sifrol', 'oprymea'],
  },
  { generic: 'ropinirole', rlsClass: 'dopamine', names: ['ropinirole', 'requip', 'adartrel', 'ropark'] },
  { generic: 'rotigotine', rlsClass: 'dopamine', names: ['rotigotine', 'neupro'] },
  {
    generic: 'gabapentin enacarbil',
    rlsClass: 'alpha2delta',
    names: ['gabapentin enacarbil', 'horizant', 'regnite'],
  },
  { generic: 'gabapentin', rlsClass: 'alpha2delta', names: ['gabapentin', 'neurontin', 'gralise'] },
  { generic: 'pregabalin', rlsClass: 'alpha2delta', names: ['pregabalin', 'lyrica'] },
  {
    generic: 'opioid',
    rlsClass: 'opioid',
    names: [
      'oxycodone',
      'targin',
      'targinact',
      'oxycontin',
      'methadone',
      'tramadol',
      'codeine',
      'morphine',
      'hydrocodone',
      'buprenorphine',
      'tapentadol',
      'opioid',
    ],
  },
  {
    generic: 'IV iron',
    rlsClass: 'iv-iron',
    names: [
      'iv iron',
      'iron infusion',
      'intravenous iron',
      'ferric carboxymaltose',
      'ferinject',
      'injectafer',
      'ferric derisomaltose',
      'iron isomaltoside',
      'monofer',
      'monoferric',
      'iron sucrose',
      'venofer',
      'ferumoxytol',
      'feraheme',
      'rienso',
      'iron dextran',
      'cosmofer',
      'infed',
    ],
  },
]

export interface RlsTreatmentMatch {
  generic: string
  rlsClass: RlsClass
  classLabel: string
}

// Stryker disable next-line MethodExpression: the list already names "gabapentin enacarbil" before "gabapentin"; the sort keeps that true if the list is reordered
const PHRASES = TREATMENTS.flatMap((t) => t.names.map((n) => ({ words: tokens(n), treatment: t })))
  // Longest first, so "gabapentin enacarbil" wins over "gabapentin".
  // Stryker disable next-line ArrowFunction,ArithmeticOperator: same as above, no nested phrase is listed out of order today
  .sort((a, b) => b.words.length - a.words.length)

/** The RLS treatment a medicine name names, matched on whole words; null when it names none. */
export function matchRlsTreatment(name: string): RlsTreatmentMatch | null {
  const words = tokens(name)
  for (const { words: phrase, treatment } of PHRASES) {
    // Stryker disable next-line ArithmeticOperator: running past the end only compares undefined words, which never match
    for (let start = 0; start + phrase.length <= words.length; start++) {
      if (phrase.every((w, i) => words[start + i] === w)) {
        return {
          generic: treatment.generic,
          rlsClass: treatment.rlsClass,
          classLabel: RLS_CLASS_LABELS[treatment.rlsClass],
        }
      }
    }
  }
  return null
}

export function isDopamineType(name: string): boolean {
  return matchRlsTreatment(name)?.rlsClass === 'dopamine'
}

export const MAX_DOSE_CHANGES = 100

/**
 * The treatment-log part of a medicine entry: present when the person marked the entry as their RLS
 * treatment. The start date is the entry's own `startedOn`; doses are kept as the person wrote them.
 */
export const rlsTreatmentSchema = z.strictObject({
  doseChanges: z
    .array(z.strictObject({ date: dateField(), dose: text(60, true) }))
    .max(MAX_DOSE_CHANGES, { error: `expected at most ${MAX_DOSE_CHANGES} dose changes` }),
  stoppedOn: dateField().optional(),
})

export type RlsTreatment = z.infer<typeof rlsTreatmentSchema>

export interface TreatmentEvent {
  date: string
  kind: 'start' | 'dose' | 'stop' | 'infusion'
  /** The dose as the person wrote it, for a start or a dose change. */
  dose?: string
}

export interface TreatmentLine {
  id: string
  name: string
  /** What the name was recognised as; null for a treatment the app does not know by name. */
  match: RlsTreatmentMatch | null
  events: TreatmentEvent[]
  /** Taken on the given day: started (or no start given) and not stopped before it. */
  ongoing: boolean
}

interface LogEntry {
  id: string
  name: string
  dose?: string | undefined
  startedOn?: string | undefined
  rls?: RlsTreatment | undefined
}

/**
 * The treatment log as a time line, one line per entry marked as RLS treatment, ordered by start date.
 * An IV iron entry is an event on its start date rather than a course with a stop.
 */
export function treatmentTimeline(medicines: readonly LogEntry[], today: string): TreatmentLine[] {
  const lines: TreatmentLine[] = []
  for (const m of medicines) {
    if (!m.rls) continue
    const match = matchRlsTreatment(m.name)
    const infusion = match?.rlsClass === 'iv-iron'
    const events: TreatmentEvent[] = []
    if (m.startedOn) {
      const start: TreatmentEvent = { date: m.startedOn, kind: infusion ? 'infusion' : 'start' }
      if (m.dose) start.dose = m.dose
      events.push(start)
    }
    for (const change of m.rls.doseChanges) {
      events.push({ date: change.date, kind: infusion ? 'infusion' : 'dose', dose: change.dose })
    }
    if (m.rls.stoppedOn && !infusion) events.push({ date: m.rls.stoppedOn, kind: 'stop' })
    events.sort((a, b) => a.date.localeCompare(b.date))
    const ongoing =
      !infusion &&
      (m.startedOn === undefined || m.startedOn <= today) &&
      (m.rls.stoppedOn === undefined || m.rls.stoppedOn >= today)
    lines.push({ id: m.id, name: m.name, match, events, ongoing })
  }
  return lines.sort((a, b) => (a.events[0]?.date ?? '9999').localeCompare(b.events[0]?.date ?? '9999'))
}
