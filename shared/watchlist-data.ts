// The watch list's wording, from PROTOCOL.md: each group in plain words, the calm notes (over the counter
// or prescription), and the brand lines that carry a sleep-aid brand without the drug. The substances
// themselves, each with its source, are in watchlist-substances.ts.
import { liveTexts, t } from './i18n/index.ts'

export type WatchGroup =
  | 'sedating-antihistamine'
  | 'dopamine-blocker'
  | 'partial-agonist'
  | 'anti-nausea'
  | 'antidepressant'
  | 'mood-stabilizer'
  | 'blood-pressure'
  | 'lifestyle'
  | 'lower-risk-antihistamine'

/** How the medicine is usually obtained: it decides whom the note sends the person to. */
export type Access = 'otc' | 'prescription' | 'either'

export interface GroupInfo {
  /** Read inside a sentence ("ZzzQuil is an antihistamine that makes you drowsy"), so no bare jargon. */
  readonly label: string
  readonly why: string
}

function groupInfo(group: WatchGroup): GroupInfo {
  return {
    get label() {
      return t(`clinical.watch.${group}.label`)
    },
    get why() {
      return t(`clinical.watch.${group}.why`)
    },
  }
}

/** Each group in the current language (the texts are in the catalogue, shared/i18n/clinical-*.ts). */
export const GROUP_INFO: Readonly<Record<WatchGroup, GroupInfo>> = {
  'sedating-antihistamine': groupInfo('sedating-antihistamine'),
  'dopamine-blocker': groupInfo('dopamine-blocker'),
  'partial-agonist': groupInfo('partial-agonist'),
  'anti-nausea': groupInfo('anti-nausea'),
  antidepressant: groupInfo('antidepressant'),
  'mood-stabilizer': groupInfo('mood-stabilizer'),
  'blood-pressure': groupInfo('blood-pressure'),
  lifestyle: groupInfo('lifestyle'),
  'lower-risk-antihistamine': groupInfo('lower-risk-antihistamine'),
}

/**
 * The calm notes, in the current language. Who to ask follows how the medicine is obtained: a prescription
 * sends the person to the prescriber (never "stop it"), over the counter to a pharmacist or doctor; sold
 * both ways (promethazine, meclizine in some countries), the note covers both. Aripiprazole and its kin get
 * a softer note that says why. Brand contents differ by country and product line, so a brand match adds
 * the caveat that the label's active ingredient is what counts.
 */
export const WATCH_NOTES = liveTexts(
  ['prescription', 'otc', 'either', 'partialAgonist', 'lifestyle', 'lowerRisk', 'brandCaveat'],
  (id) => t(`clinical.watch.note.${id}`),
)

/**
 * Product lines sold under a sleep-aid or travel-sickness brand without its drug. A name that contains one of
 * these phrases does not match by brand alone (an ingredient named in full still matches). Each line's source
 * is beside it, for a reviewer.
 */
export const BRAND_LINES_WITHOUT_DRUG: readonly string[] = [
  'pure zzzs', // ZzzQuil PURE Zzzs: melatonin with herbs, no diphenhydramine (Vicks label)
  'melatonin', // melatonin-only lines (ZzzQuil PURE Zzzs, Nytol and Unisom melatonin lines)
  'herbal', // Nytol Herbal (UK): valerian and hops, no antihistamine
  'valerian', // valerian-only sleep products
  'ginger', // Gravol Natural Source Ginger (Canada), Dramamine Non-Drowsy: ginger only
  'non drowsy', // Dramamine Non-Drowsy: ginger, no dimenhydrinate
]
