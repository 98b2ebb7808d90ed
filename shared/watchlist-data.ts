// The watch list's data, from PROTOCOL.md: groups, the calm notes, and each substance with its generic
// and brand names. Only brand–ingredient pairs we are sure of are listed.

export type WatchGroup =
  | 'sedating-antihistamine'
  | 'dopamine-blocker'
  | 'anti-nausea'
  | 'antidepressant'
  | 'mood-stabilizer'
  | 'blood-pressure'
  | 'lifestyle'
  | 'lower-risk-antihistamine'

export const GROUP_INFO: Readonly<Record<WatchGroup, { label: string; why: string }>> = {
  'sedating-antihistamine': {
    label: 'Sedating antihistamine',
    why: 'Sedating antihistamines, found in most over-the-counter sleep aids, are among the most common things that make restless legs worse.',
  },
  'dopamine-blocker': {
    label: 'Dopamine blocker',
    why: 'Restless legs involve dopamine signalling; medicines that block dopamine can make symptoms worse.',
  },
  'anti-nausea': {
    label: 'Anti-nausea medicine (dopamine blocker)',
    why: 'Some anti-nausea medicines block dopamine, which can make restless legs worse.',
  },
  antidepressant: {
    label: 'Antidepressant',
    why: 'Some antidepressants can make restless legs worse in some people; the response varies.',
  },
  'mood-stabilizer': {
    label: 'Mood stabilizer',
    why: 'Lithium is on the list of medicines that can make restless legs worse.',
  },
  'blood-pressure': {
    label: 'Blood-pressure medicine',
    why: 'Some calcium-channel blockers and beta-blockers make restless legs worse in some people.',
  },
  lifestyle: {
    label: 'Alcohol, nicotine or caffeine',
    why: 'Alcohol, nicotine and caffeine are common triggers, especially later in the day.',
  },
  'lower-risk-antihistamine': {
    label: 'Non-sedating antihistamine',
    why: 'Non-sedating antihistamines are a lower-risk choice than the sedating kind.',
  },
}

export const WATCH_NOTE = 'Can worsen RLS; talk to your prescriber; do not stop a prescription on your own.'
export const LIFESTYLE_NOTE = 'Can worsen RLS, especially in the evening.'
export const LOWER_RISK_NOTE = 'Lower risk for restless legs than sedating antihistamines.'
/** Brand contents differ by country and product line; the label's active ingredient is what counts. */
export const BRAND_CAVEAT =
  'Brand names can hide different ingredients in different countries: check the label.'

export interface Substance {
  generic: string
  group: WatchGroup
  /** Lower-case ingredient names and brand phrases, matched as whole words. */
  names: readonly string[]
  brands?: readonly string[]
}

// Only brand–ingredient pairs we are sure of. "Unisom" alone may be either antihistamine, so it is listed
// under both; "Unisom SleepGels" / "Unisom SleepTabs" are more specific and win.
export const SUBSTANCES: readonly Substance[] = [
  {
    generic: 'diphenhydramine',
    group: 'sedating-antihistamine',
    names: ['diphenhydramine'],
    brands: [
      'benadryl',
      'zzzquil',
      'unisom',
      'unisom sleepgels',
      'tylenol pm',
      'advil pm',
      'aleve pm',
      'motrin pm',
      'excedrin pm',
      'simply sleep',
    ],
  },
  {
    generic: 'doxylamine',
    group: 'sedating-antihistamine',
    names: ['doxylamine'],
    brands: ['unisom', 'unisom sleeptabs', 'nyquil'],
  },
  {
    generic: 'chlorpheniramine',
    group: 'sedating-antihistamine',
    names: ['chlorpheniramine', 'chlorphenamine'],
    brands: ['chlor trimeton', 'piriton'],
  },
  {
    generic: 'hydroxyzine',
    group: 'sedating-antihistamine',
    names: ['hydroxyzine'],
    brands: ['atarax', 'vistaril'],
  },
  { generic: 'haloperidol', group: 'dopamine-blocker', names: ['haloperidol'], brands: ['haldol'] },
  { generic: 'risperidone', group: 'dopamine-blocker', names: ['risperidone'], brands: ['risperdal'] },
  {
    generic: 'metoclopramide',
    group: 'anti-nausea',
    names: ['metoclopramide'],
    brands: ['reglan', 'maxolon'],
  },
  {
    generic: 'prochlorperazine',
    group: 'anti-nausea',
    names: ['prochlorperazine'],
    brands: ['compazine', 'stemetil'],
  },
  { generic: 'promethazine', group: 'anti-nausea', names: ['promethazine'], brands: ['phenergan'] },
  { generic: 'sertraline (SSRI)', group: 'antidepressant', names: ['sertraline'], brands: ['zoloft'] },
  { generic: 'fluoxetine (SSRI)', group: 'antidepressant', names: ['fluoxetine'], brands: ['prozac'] },
  { generic: 'citalopram (SSRI)', group: 'antidepressant', names: ['citalopram'], brands: ['celexa'] },
  {
    generic: 'escitalopram (SSRI)',
    group: 'antidepressant',
    names: ['escitalopram'],
    brands: ['lexapro', 'cipralex'],
  },
  {
    generic: 'paroxetine (SSRI)',
    group: 'antidepressant',
    names: ['paroxetine'],
    brands: ['paxil', 'seroxat'],
  },
  { generic: 'fluvoxamine (SSRI)', group: 'antidepressant', names: ['fluvoxamine'], brands: ['luvox'] },
  { generic: 'venlafaxine (SNRI)', group: 'antidepressant', names: ['venlafaxine'], brands: ['effexor'] },
  {
    generic: 'desvenlafaxine (SNRI)',
    group: 'antidepressant',
    names: ['desvenlafaxine'],
    brands: ['pristiq'],
  },
  { generic: 'duloxetine (SNRI)', group: 'antidepressant', names: ['duloxetine'], brands: ['cymbalta'] },
  {
    generic: 'amitriptyline (tricyclic)',
    group: 'antidepressant',
    names: ['amitriptyline'],
    brands: ['elavil'],
  },
  {
    generic: 'nortriptyline (tricyclic)',
    group: 'antidepressant',
    names: ['nortriptyline'],
    brands: ['pamelor'],
  },
  { generic: 'imipramine (tricyclic)', group: 'antidepressant', names: ['imipramine'], brands: ['tofranil'] },
  {
    generic: 'clomipramine (tricyclic)',
    group: 'antidepressant',
    names: ['clomipramine'],
    brands: ['anafranil'],
  },
  { generic: 'mirtazapine', group: 'antidepressant', names: ['mirtazapine'], brands: ['remeron'] },
  { generic: 'lithium', group: 'mood-stabilizer', names: ['lithium'], brands: ['lithobid'] },
  {
    generic: 'amlodipine (calcium-channel blocker)',
    group: 'blood-pressure',
    names: ['amlodipine'],
    brands: ['norvasc'],
  },
  {
    generic: 'nifedipine (calcium-channel blocker)',
    group: 'blood-pressure',
    names: ['nifedipine'],
    brands: ['procardia', 'adalat'],
  },
  {
    generic: 'diltiazem (calcium-channel blocker)',
    group: 'blood-pressure',
    names: ['diltiazem'],
    brands: ['cardizem'],
  },
  {
    generic: 'verapamil (calcium-channel blocker)',
    group: 'blood-pressure',
    names: ['verapamil'],
    brands: ['calan'],
  },
  { generic: 'felodipine (calcium-channel blocker)', group: 'blood-pressure', names: ['felodipine'] },
  {
    generic: 'metoprolol (beta-blocker)',
    group: 'blood-pressure',
    names: ['metoprolol'],
    brands: ['lopressor', 'toprol'],
  },
  { generic: 'atenolol (beta-blocker)', group: 'blood-pressure', names: ['atenolol'], brands: ['tenormin'] },
  {
    generic: 'propranolol (beta-blocker)',
    group: 'blood-pressure',
    names: ['propranolol'],
    brands: ['inderal'],
  },
  { generic: 'bisoprolol (beta-blocker)', group: 'blood-pressure', names: ['bisoprolol'] },
  { generic: 'carvedilol (beta-blocker)', group: 'blood-pressure', names: ['carvedilol'], brands: ['coreg'] },
  {
    generic: 'nebivolol (beta-blocker)',
    group: 'blood-pressure',
    names: ['nebivolol'],
    brands: ['bystolic'],
  },
  { generic: 'alcohol', group: 'lifestyle', names: ['alcohol', 'ethanol'] },
  { generic: 'nicotine', group: 'lifestyle', names: ['nicotine'], brands: ['nicorette', 'nicoderm'] },
  { generic: 'caffeine', group: 'lifestyle', names: ['caffeine'], brands: ['nodoz', 'excedrin'] },
  { generic: 'loratadine', group: 'lower-risk-antihistamine', names: ['loratadine'], brands: ['claritin'] },
  {
    generic: 'desloratadine',
    group: 'lower-risk-antihistamine',
    names: ['desloratadine'],
    brands: ['clarinex'],
  },
  { generic: 'cetirizine', group: 'lower-risk-antihistamine', names: ['cetirizine'], brands: ['zyrtec'] },
  {
    generic: 'levocetirizine',
    group: 'lower-risk-antihistamine',
    names: ['levocetirizine'],
    brands: ['xyzal'],
  },
  {
    generic: 'fexofenadine',
    group: 'lower-risk-antihistamine',
    names: ['fexofenadine'],
    brands: ['allegra'],
  },
]
