// The watch list from PROTOCOL.md: substances that can make restless legs worse in some people, found in a
// medicine name by generic or brand name. Matching is by whole words after folding case and accents
// ("Prométhazine"), with letters and digits split apart ("Seroquel25mg"), so "ondansetron" or "calcium"
// match nothing.
import {
  type Access,
  BRAND_LINES_WITHOUT_DRUG,
  GROUP_INFO,
  WATCH_NOTES,
  type WatchGroup,
} from './watchlist-data.ts'
import { SUBSTANCES, type Substance } from './watchlist-substances.ts'

export { GROUP_INFO, WATCH_NOTES, type WatchGroup }

export interface WatchMatch {
  generic: string
  group: WatchGroup
  /** The group in plain words, read inside a sentence: "an antihistamine that makes you drowsy". */
  groupLabel: string
  /** The words in the name that matched, as typed by the person. */
  matched: string
  level: 'watch' | 'lower-risk'
  access: Access
  why: string
  note: string
  /** Where the watch-list entry comes from. */
  source: string
  /** Set when the match came from a brand name rather than the ingredient itself. */
  brandCaveat?: string
}

// Combining accents belong to their letter, so a word typed in decomposed form stays one word.
const WORD = /[\p{L}\p{M}]+|\p{N}+/gu

/** Lower case without accents, so "Halopéridol" reads as "haloperidol". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * Folded word tokens: runs of letters or of digits; everything else separates ("Tylenol-PM" → tylenol, pm;
 * "Seroquel25mg" → seroquel, 25, mg).
 */
export function tokens(name: string): string[] {
  return (name.match(WORD) ?? []).map(fold)
}

interface Phrase {
  words: string[]
  substance: Substance
  isBrand: boolean
}

// Indexed by first word, so a name is scanned once whatever the list length.
const PHRASES = new Map<string, Phrase[]>()
for (const substance of SUBSTANCES) {
  const names = [
    ...substance.names.map((name) => ({ name, isBrand: false })),
    ...substance.brands.map((name) => ({ name, isBrand: true })),
  ]
  for (const { name, isBrand } of names) {
    const words = tokens(name)
    // Stryker disable next-line StringLiteral: every listed name has a first word (watchlist-table.test.ts matches each)
    const first = words[0] ?? ''
    const list = PHRASES.get(first) ?? []
    list.push({ words, substance, isBrand })
    PHRASES.set(first, list)
  }
}

const LINES_WITHOUT_DRUG = BRAND_LINES_WITHOUT_DRUG.map(tokens)

/** Words that turn a substance into its absence: "caffeine-free", "alcohol free". */
const NEGATIONS = new Set(['free', 'removed', 'zero'])

function contains(words: readonly string[], phrase: readonly string[]): boolean {
  return words.some((_, start) => phrase.every((w, i) => words[start + i] === w))
}

function noteFor(substance: Substance): string {
  if (substance.group === 'lower-risk-antihistamine') return WATCH_NOTES.lowerRisk
  if (substance.group === 'lifestyle') return WATCH_NOTES.lifestyle
  if (substance.group === 'partial-agonist') return WATCH_NOTES.partialAgonist
  return WATCH_NOTES[substance.access]
}

/** Everything on the watch list that a medicine or supplement name contains, by whole words. */
export function matchMedicine(name: string): WatchMatch[] {
  // Stryker disable next-line ArrayDeclaration: a name without words matches nothing; a stand-in with spaces is no listed word
  const original = name.normalize('NFC').match(WORD) ?? []
  const words = original.map(fold)
  const hits: { start: number; end: number; phrase: Phrase }[] = []
  words.forEach((word, start) => {
    for (const phrase of PHRASES.get(word) ?? []) {
      const end = start + phrase.words.length
      // Stryker disable next-line StringLiteral: past the last word any stand-in works, as long as it is no negation
      if (phrase.words.every((w, i) => words[start + i] === w) && !NEGATIONS.has(words[end] ?? '')) {
        hits.push({ start, end, phrase })
      }
    }
  })
  // A longer phrase wins over a shorter one inside it: "Unisom SleepGels" is diphenhydramine only.
  let kept = hits.filter(
    // Stryker disable next-line EqualityOperator: no listed phrase ends another, longer one, so the ends never tie
    (h) => !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  )
  // A brand line without the drug ("ZzzQuil PURE Zzzs", melatonin) or one that names a non-drowsy
  // antihistamine instead ("Benadryl Allergy cetirizine") is not a brand match.
  const namesOther =
    LINES_WITHOUT_DRUG.some((line) => contains(words, line)) ||
    kept.some((h) => !h.phrase.isBrand && h.phrase.substance.group === 'lower-risk-antihistamine')
  if (namesOther) {
    const named = new Set(kept.filter((h) => !h.phrase.isBrand).map((h) => h.phrase.substance))
    kept = kept.filter((h) => !h.phrase.isBrand || named.has(h.phrase.substance))
  }
  const bySubstance = new Map<Substance, WatchMatch>()
  for (const { start, end, phrase } of kept) {
    if (bySubstance.has(phrase.substance)) continue
    const { generic, group, access, source } = phrase.substance
    const match: WatchMatch = {
      generic,
      group,
      groupLabel: GROUP_INFO[group].label,
      matched: original.slice(start, end).join(' '),
      level: group === 'lower-risk-antihistamine' ? 'lower-risk' : 'watch',
      access,
      why: GROUP_INFO[group].why,
      note: noteFor(phrase.substance),
      source,
    }
    if (phrase.isBrand) match.brandCaveat = WATCH_NOTES.brandCaveat
    bySubstance.set(phrase.substance, match)
  }
  return [...bySubstance.values()]
}

/** The generic names on the list, for tests and the About text. */
export const WATCHED_SUBSTANCES: readonly string[] = SUBSTANCES.map((s) => s.generic)
