// The watch list from PROTOCOL.md: substances that can make restless legs worse, found in a medicine name by
// generic or common brand name. Matching is by whole words, so "ondansetron" or "calcium" match nothing.
import {
  BRAND_CAVEAT,
  GROUP_INFO,
  LIFESTYLE_NOTE,
  LOWER_RISK_NOTE,
  SUBSTANCES,
  type Substance,
  WATCH_NOTE,
  type WatchGroup,
} from './watchlist-data.ts'

export { BRAND_CAVEAT, GROUP_INFO, LIFESTYLE_NOTE, LOWER_RISK_NOTE, WATCH_NOTE, type WatchGroup }

export interface WatchMatch {
  generic: string
  group: WatchGroup
  groupLabel: string
  /** The words in the name that matched, as typed by the person. */
  matched: string
  level: 'watch' | 'lower-risk'
  why: string
  note: string
  /** Set when the match came from a brand name rather than the ingredient itself. */
  brandCaveat?: string
}

/** Lower-case word tokens: letters and digits; everything else separates ("Tylenol-PM" → tylenol, pm). */
export function tokens(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
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
    ...(substance.brands ?? []).map((name) => ({ name, isBrand: true })),
  ]
  for (const { name, isBrand } of names) {
    const words = tokens(name)
    const first = words[0] ?? ''
    const list = PHRASES.get(first) ?? []
    list.push({ words, substance, isBrand })
    PHRASES.set(first, list)
  }
}

/** Words that turn a substance into its absence: "caffeine-free", "alcohol free". */
const NEGATIONS = new Set(['free', 'removed', 'zero'])

/** Everything on the watch list that a medicine or supplement name contains, by whole words. */
export function matchMedicine(name: string): WatchMatch[] {
  const original = name.match(/[\p{L}\p{N}]+/gu) ?? []
  const words = original.map((w) => w.toLowerCase())
  const hits: { start: number; end: number; phrase: Phrase }[] = []
  words.forEach((word, start) => {
    for (const phrase of PHRASES.get(word) ?? []) {
      const end = start + phrase.words.length
      if (phrase.words.every((w, i) => words[start + i] === w) && !NEGATIONS.has(words[end] ?? '')) {
        hits.push({ start, end, phrase })
      }
    }
  })
  // A longer phrase wins over a shorter one inside it: "Unisom SleepGels" is diphenhydramine only.
  const kept = hits.filter(
    (h) => !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  )
  const bySubstance = new Map<Substance, WatchMatch>()
  for (const { start, end, phrase } of kept) {
    if (bySubstance.has(phrase.substance)) continue
    const { generic, group } = phrase.substance
    const lowerRisk = group === 'lower-risk-antihistamine'
    const match: WatchMatch = {
      generic,
      group,
      groupLabel: GROUP_INFO[group].label,
      matched: original.slice(start, end).join(' '),
      level: lowerRisk ? 'lower-risk' : 'watch',
      why: GROUP_INFO[group].why,
      note: lowerRisk ? LOWER_RISK_NOTE : group === 'lifestyle' ? LIFESTYLE_NOTE : WATCH_NOTE,
    }
    if (phrase.isBrand) match.brandCaveat = BRAND_CAVEAT
    bySubstance.set(phrase.substance, match)
  }
  return [...bySubstance.values()]
}

/** The generic names on the list, for tests and the About text. */
export const WATCHED_SUBSTANCES: readonly string[] = SUBSTANCES.map((s) => s.generic)
