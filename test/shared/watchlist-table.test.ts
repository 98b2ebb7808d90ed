import { describe, expect, it } from 'vitest'
import { fold, matchMedicine, WATCH_NOTES, type WatchGroup } from '../../shared/watchlist.ts'
import { SUBSTANCES } from '../../shared/watchlist-substances.ts'

// Every name on the watch list, written out here by hand from PROTOCOL.md and the brand labels, not read back
// from the table: a name dropped, emptied or moved to another group in shared/watchlist-substances.ts fails.
// `note` is which calm note the person must see: a prescription sends them to the prescriber, over the
// counter to a pharmacist, and alcohol/nicotine/caffeine, the partial agonists and the non-drowsy
// antihistamines get their own wording.
type NoteKey = keyof typeof WATCH_NOTES
interface Expected {
  generic: string
  group: WatchGroup
  access: 'otc' | 'prescription' | 'either'
  note: NoteKey
  names: string[]
  brands: string[]
}

const drowsy = (
  generic: string,
  access: Expected['access'],
  names: string[],
  brands: string[],
): Expected => ({
  generic,
  group: 'sedating-antihistamine',
  access,
  note: access,
  names,
  brands,
})
const rx = (generic: string, group: WatchGroup, names: string[], brands: string[]): Expected => ({
  generic,
  group,
  access: 'prescription',
  note: group === 'partial-agonist' ? 'partialAgonist' : 'prescription',
  names,
  brands,
})
const blocker = (generic: string, brands: string[], names = [generic]) =>
  rx(generic, 'dopamine-blocker', names, brands)
const antidepressant = (generic: string, brands: string[], names?: string[]) =>
  rx(generic, 'antidepressant', names ?? [generic.split(' ')[0] as string], brands)
const pressure = (generic: string, brands: string[]) =>
  rx(generic, 'blood-pressure', [generic.split(' ')[0] as string], brands)
const habit = (generic: string, names: string[], brands: string[]): Expected => ({
  generic,
  group: 'lifestyle',
  access: 'otc',
  note: 'lifestyle',
  names,
  brands,
})
const lowerRisk = (generic: string, brands: string[]): Expected => ({
  generic,
  group: 'lower-risk-antihistamine',
  access: 'otc',
  note: 'lowerRisk',
  names: [generic],
  brands,
})

const EXPECTED: Expected[] = [
  // Sedating antihistamines: sleep aids, travel-sickness, cold and allergy remedies.
  drowsy(
    'diphenhydramine',
    'otc',
    ['Diphenhydramine'],
    [
      'Benadryl',
      'ZzzQuil',
      'Unisom SleepGels',
      'Tylenol PM',
      'Advil PM',
      'Aleve PM',
      'Motrin PM',
      'Excedrin PM',
      'Simply Sleep',
      'Nytol',
      'Panadol Night',
      'Sleepeaze',
      'Nurofen Night',
    ],
  ),
  drowsy(
    'doxylamine',
    'otc',
    ['Doxylamine'],
    ['Unisom SleepTabs', 'NyQuil', 'Restavit', 'Dozile', 'Diclegis', 'Diclectin', 'Xonvea'],
  ),
  drowsy('dimenhydrinate', 'otc', ['Dimenhydrinate'], ['Dramamine', 'Gravol', 'Travacalm']),
  drowsy(
    'meclizine',
    'either',
    ['Meclizine', 'Meclozine'],
    ['Antivert', 'Bonine', 'Dramamine Less Drowsy', 'Sea-Legs'],
  ),
  drowsy('promethazine', 'either', ['Promethazine'], ['Phenergan', 'Night Nurse', 'Avomine']),
  drowsy(
    'chlorphenamine',
    'otc',
    ['Chlorphenamine', 'Chlorpheniramine', 'Dexchlorpheniramine', 'Dexchlorphenamine'],
    ['Chlor-Trimeton', 'Piriton', 'Polaramine'],
  ),
  drowsy('hydroxyzine', 'prescription', ['Hydroxyzine'], ['Atarax', 'Vistaril', 'Ucerax']),
  drowsy('cyclizine', 'either', ['Cyclizine'], ['Valoid', 'Marezine']),
  drowsy('cyproheptadine', 'either', ['Cyproheptadine'], ['Periactin']),
  drowsy('brompheniramine', 'otc', ['Brompheniramine'], ['Dimetapp']),
  drowsy('triprolidine', 'otc', ['Triprolidine'], ['Actifed']),
  // Antipsychotics, first and second generation, and the anti-nausea dopamine blockers.
  blocker('haloperidol', ['Haldol', 'Serenace']),
  blocker('chlorpromazine', ['Thorazine', 'Largactil']),
  blocker('fluphenazine', ['Modecate', 'Prolixin']),
  blocker('perphenazine', ['Trilafon']),
  blocker('trifluoperazine', ['Stelazine']),
  blocker('thioridazine', ['Mellaril']),
  blocker('levomepromazine', ['Nozinan'], ['levomepromazine', 'methotrimeprazine']),
  blocker('flupentixol', ['Depixol', 'Fluanxol'], ['flupentixol', 'flupenthixol']),
  blocker('zuclopenthixol', ['Clopixol']),
  blocker('pimozide', ['Orap']),
  blocker('sulpiride', ['Dolmatil']),
  blocker('amisulpride', ['Solian']),
  blocker('loxapine', ['Loxitane', 'Adasuve']),
  blocker('olanzapine', ['Zyprexa']),
  blocker('quetiapine', ['Seroquel']),
  blocker('risperidone', ['Risperdal']),
  blocker('paliperidone', ['Invega', 'Xeplion']),
  blocker('ziprasidone', ['Geodon', 'Zeldox']),
  blocker('lurasidone', ['Latuda']),
  blocker('asenapine', ['Saphris', 'Sycrest']),
  blocker('clozapine', ['Clozaril', 'Leponex']),
  blocker('iloperidone', ['Fanapt']),
  rx('aripiprazole', 'partial-agonist', ['aripiprazole'], ['Abilify']),
  rx('brexpiprazole', 'partial-agonist', ['brexpiprazole'], ['Rexulti']),
  rx('cariprazine', 'partial-agonist', ['cariprazine'], ['Vraylar', 'Reagila']),
  rx('metoclopramide', 'anti-nausea', ['metoclopramide'], ['Reglan', 'Maxolon']),
  rx('prochlorperazine', 'anti-nausea', ['prochlorperazine'], ['Compazine', 'Stemetil', 'Buccastem']),
  // Antidepressants and lithium.
  antidepressant('sertraline (SSRI)', ['Zoloft', 'Lustral']),
  antidepressant('fluoxetine (SSRI)', ['Prozac', 'Sarafem']),
  antidepressant('citalopram (SSRI)', ['Celexa', 'Cipramil']),
  antidepressant('escitalopram (SSRI)', ['Lexapro', 'Cipralex']),
  antidepressant('paroxetine (SSRI)', ['Paxil', 'Seroxat', 'Aropax']),
  antidepressant('fluvoxamine (SSRI)', ['Luvox', 'Faverin']),
  antidepressant('venlafaxine (SNRI)', ['Effexor', 'Efexor']),
  antidepressant('desvenlafaxine (SNRI)', ['Pristiq']),
  antidepressant('duloxetine (SNRI)', ['Cymbalta', 'Yentreve']),
  antidepressant('milnacipran (SNRI)', ['Savella', 'Fetzima'], ['milnacipran', 'levomilnacipran']),
  antidepressant('amitriptyline (tricyclic)', ['Elavil', 'Endep']),
  antidepressant('nortriptyline (tricyclic)', ['Pamelor', 'Allegron']),
  antidepressant('imipramine (tricyclic)', ['Tofranil']),
  antidepressant('clomipramine (tricyclic)', ['Anafranil']),
  antidepressant('doxepin (tricyclic)', ['Silenor', 'Sinequan', 'Sinepin']),
  antidepressant('trimipramine (tricyclic)', ['Surmontil']),
  antidepressant('desipramine (tricyclic)', ['Norpramin']),
  antidepressant('dosulepin (tricyclic)', ['Prothiaden'], ['dosulepin', 'dothiepin']),
  antidepressant('lofepramine (tricyclic)', ['Gamanil']),
  antidepressant('protriptyline (tricyclic)', ['Vivactil']),
  antidepressant('mirtazapine', ['Remeron', 'Zispin', 'Avanza']),
  rx('lithium', 'mood-stabilizer', ['lithium'], ['Lithobid', 'Priadel', 'Camcolit', 'Quilonum']),
  // Blood-pressure medicines, in some people.
  pressure('amlodipine (calcium-channel blocker)', ['Norvasc', 'Istin']),
  pressure('nifedipine (calcium-channel blocker)', ['Procardia', 'Adalat']),
  pressure('diltiazem (calcium-channel blocker)', ['Cardizem', 'Tildiem']),
  pressure('verapamil (calcium-channel blocker)', ['Calan', 'Isoptin', 'Securon']),
  pressure('felodipine (calcium-channel blocker)', ['Plendil']),
  pressure('lercanidipine (calcium-channel blocker)', ['Zanidip']),
  pressure('metoprolol (beta-blocker)', ['Lopressor', 'Toprol', 'Betaloc']),
  pressure('atenolol (beta-blocker)', ['Tenormin']),
  pressure('propranolol (beta-blocker)', ['Inderal']),
  pressure('bisoprolol (beta-blocker)', ['Cardicor', 'Concor', 'Zebeta']),
  pressure('carvedilol (beta-blocker)', ['Coreg', 'Eucardic']),
  pressure('nebivolol (beta-blocker)', ['Bystolic', 'Nebilet']),
  // Not medicines.
  habit('alcohol', ['alcohol', 'ethanol'], []),
  habit('nicotine', ['nicotine'], ['Nicorette', 'NicoDerm', 'Nicotinell']),
  habit('caffeine', ['caffeine'], ['NoDoz', 'Excedrin', 'Pro Plus']),
  // Non-drowsy antihistamines: reported as lower risk, not as a warning.
  lowerRisk('loratadine', ['Claritin', 'Clarityn']),
  lowerRisk('desloratadine', ['Clarinex', 'NeoClarityn']),
  lowerRisk('cetirizine', ['Zyrtec']),
  lowerRisk('levocetirizine', ['Xyzal']),
  lowerRisk('fexofenadine', ['Allegra', 'Telfast']),
]

// Brands sold with a different antihistamine by country or product line: both are named.
const SHARED_BRANDS: [string, string[]][] = [
  ['Unisom', ['diphenhydramine', 'doxylamine']],
  ['Sominex', ['diphenhydramine', 'promethazine']],
]

const rows = EXPECTED.flatMap((e) => [
  ...e.names.map((name) => ({ name, isBrand: false, e })),
  ...e.brands.map((name) => ({ name, isBrand: true, e })),
]).map(({ name, isBrand, e }) => [name, e.generic, isBrand, e] as const)

describe('the watch list, name by name', () => {
  it.each(rows)('"%s" is %s', (name, generic, isBrand, e) => {
    expect(matchMedicine(name)).toEqual([
      {
        generic,
        group: e.group,
        groupLabel: expect.any(String),
        matched: name.replace('-', ' '),
        level: e.group === 'lower-risk-antihistamine' ? 'lower-risk' : 'watch',
        access: e.access,
        why: expect.any(String),
        note: WATCH_NOTES[e.note],
        source: expect.stringMatching(/PROTOCOL\.md/),
        ...(isBrand ? { brandCaveat: WATCH_NOTES.brandCaveat } : {}),
      },
    ])
  })

  it.each(SHARED_BRANDS)('"%s" names %j, each with the label caveat', (brand, generics) => {
    const matches = matchMedicine(brand)
    expect(matches.map((m) => m.generic).sort()).toEqual(generics)
    for (const match of matches) expect(match.brandCaveat).toBe(WATCH_NOTES.brandCaveat)
  })

  it('the table holds exactly the names reviewed here, no more', () => {
    // A name added to the table without a line above has not been checked against a label.
    const reviewed = new Set([
      ...rows.map(([name, generic]) => `${generic}: ${fold(name).replace('-', ' ')}`),
      ...SHARED_BRANDS.flatMap(([brand, generics]) => generics.map((g) => `${g}: ${fold(brand)}`)),
    ])
    const listed = SUBSTANCES.flatMap((s) => [...s.names, ...s.brands].map((name) => `${s.generic}: ${name}`))
    expect(new Set(listed)).toEqual(reviewed)
    expect(listed).toHaveLength(reviewed.size)
  })

  it('the calm notes differ by how the medicine is obtained and by group', () => {
    // The table above would not notice two notes collapsing into one text, so the texts are pinned apart.
    expect(WATCH_NOTES.lifestyle).toBe('Can worsen RLS in some people, especially in the evening.')
    expect(WATCH_NOTES.lowerRisk).toBe('Lower risk for RLS than antihistamines that make you drowsy.')
    expect(new Set(Object.values(WATCH_NOTES)).size).toBe(7)
  })
})
