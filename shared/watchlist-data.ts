// The watch list's wording, from PROTOCOL.md: each group in plain words, the calm notes (over the counter
// or prescription), and the brand lines that carry a sleep-aid brand without the drug. The substances
// themselves, each with its source, are in watchlist-substances.ts.

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

// Labels read inside a sentence ("ZzzQuil is an antihistamine that makes you drowsy"), so no bare jargon.
export const GROUP_INFO: Readonly<Record<WatchGroup, { label: string; why: string }>> = {
  'sedating-antihistamine': {
    label: 'an antihistamine that makes you drowsy',
    why: 'Antihistamines that make you drowsy are in most over-the-counter sleep aids and in many travel-sickness and night-time cold remedies. These can make RLS worse in some people.',
  },
  'dopamine-blocker': {
    label: 'an antipsychotic, a medicine that blocks dopamine',
    why: 'RLS involves the brain’s dopamine signals. Medicines that block dopamine can make RLS worse in some people, also at the low doses sometimes given for sleep.',
  },
  'partial-agonist': {
    label: 'an antipsychotic that only partly blocks dopamine',
    why: 'This medicine partly stimulates dopamine signals as well as damping them (a “partial agonist”), so it is less likely than other antipsychotics to make RLS worse. It still can in some people.',
  },
  'anti-nausea': {
    label: 'an anti-sickness medicine that blocks dopamine',
    why: 'Some anti-sickness medicines block dopamine in the brain, which can make RLS worse in some people.',
  },
  antidepressant: {
    label: 'an antidepressant',
    why: 'Some antidepressants, including low doses taken for sleep or pain, can make RLS worse in some people. Others notice no change.',
  },
  'mood-stabilizer': {
    label: 'a mood stabiliser',
    why: 'Lithium can make RLS worse in some people.',
  },
  'blood-pressure': {
    label: 'a blood-pressure or heart medicine',
    why: 'Some blood-pressure medicines (calcium-channel blockers and beta-blockers) seem to make RLS worse in some people.',
  },
  lifestyle: {
    label: 'alcohol, nicotine or caffeine',
    why: 'Alcohol, nicotine and caffeine are common triggers, especially later in the day.',
  },
  'lower-risk-antihistamine': {
    label: 'an antihistamine that does not make you drowsy',
    why: 'Antihistamines that do not make you drowsy are a lower-risk choice for RLS than the drowsy kind.',
  },
}

/** The note for a prescription medicine. */
export const WATCH_NOTE =
  'Can worsen RLS in some people. Talk to your prescriber; do not stop a prescription on your own.'
/** The note for something bought over the counter. */
export const OTC_NOTE = 'Can worsen RLS in some people. Ask a pharmacist or doctor about an alternative.'
/** Sold both ways (promethazine, meclizine in some countries): the note covers both. */
export const EITHER_NOTE =
  'Can worsen RLS in some people. If you bought it yourself, ask a pharmacist or doctor about an alternative; ' +
  'if it was prescribed, talk to your prescriber and do not stop it on your own.'
/** Aripiprazole and its kin: softer, and says why. */
export const PARTIAL_AGONIST_NOTE =
  'Less likely than other antipsychotics to worsen RLS, but it can in some people. Talk to your prescriber; do not stop a prescription on your own.'
export const LIFESTYLE_NOTE = 'Can worsen RLS in some people, especially in the evening.'
export const LOWER_RISK_NOTE = 'Lower risk for RLS than antihistamines that make you drowsy.'
/** Brand contents differ by country and product line; the label's active ingredient is what counts. */
export const BRAND_CAVEAT =
  'Brand names can hold different ingredients in different countries and product lines: check the label.'

/**
 * Product lines sold under a sleep-aid or travel-sickness brand without its drug. A name that contains one of
 * these phrases does not match by brand alone (an ingredient named in full still matches).
 */
export const BRAND_LINES_WITHOUT_DRUG: readonly { words: string; source: string }[] = [
  { words: 'pure zzzs', source: 'ZzzQuil PURE Zzzs: melatonin with herbs, no diphenhydramine (Vicks label)' },
  {
    words: 'melatonin',
    source: 'melatonin-only lines (ZzzQuil PURE Zzzs, Nytol and Unisom melatonin lines)',
  },
  { words: 'herbal', source: 'Nytol Herbal (UK): valerian and hops, no antihistamine' },
  { words: 'valerian', source: 'valerian-only sleep products' },
  { words: 'ginger', source: 'Gravol Natural Source Ginger (Canada), Dramamine Non-Drowsy: ginger only' },
  { words: 'non drowsy', source: 'Dramamine Non-Drowsy: ginger, no dimenhydrinate' },
]
