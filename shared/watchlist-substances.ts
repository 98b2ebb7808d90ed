// The substances on the watch list (PROTOCOL.md), each with its generic and brand names and a source note a
// reviewer can check line by line. Names are matched as whole words, folded to lower case without accents.
// Only brand–ingredient pairs we are sure of are listed; a brand match always says "check the label".
import type { Access, WatchGroup } from './watchlist-data.ts'

export interface Substance {
  generic: string
  group: WatchGroup
  access: Access
  /** Ingredient names (generics, also other spellings), lower case. */
  names: readonly string[]
  /** Brand names and brand phrases, lower case; a longer phrase wins over a shorter one inside it. */
  brands: readonly string[]
  /** Where the entry comes from: the PROTOCOL.md line, and for brands the country and label. */
  source: string
}

const P = 'PROTOCOL.md watch list'

function sub(
  generic: string,
  group: WatchGroup,
  access: Access,
  names: readonly string[],
  brands: readonly string[],
  source: string,
): Substance {
  return { generic, group, access, names, brands, source }
}

// "Unisom" and "Sominex" name different antihistamines by country or product line, so they are listed under
// both; the longer phrases ("Unisom SleepGels") are specific and win.
const ANTIHISTAMINES: Substance[] = [
  sub(
    'diphenhydramine',
    'sedating-antihistamine',
    'otc',
    ['diphenhydramine'],
    [
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
      'sominex',
      'nytol',
      'panadol night',
      'sleepeaze',
      'nurofen night',
    ],
    `${P}: diphenhydramine in Benadryl (US), ZzzQuil, Tylenol PM, Advil PM, Nytol, Sominex (US), most OTC sleep aids; Panadol Night, Sleepeaze, Nurofen Night (UK/AU labels)`,
  ),
  sub(
    'doxylamine',
    'sedating-antihistamine',
    'otc',
    ['doxylamine'],
    ['unisom', 'unisom sleeptabs', 'nyquil', 'restavit', 'dozile', 'diclegis', 'diclectin', 'xonvea'],
    `${P}: doxylamine in Unisom SleepTabs and US NyQuil; Restavit, Dozile (AU); Diclegis (US), Diclectin (CA), Xonvea (UK) for morning sickness`,
  ),
  sub(
    'dimenhydrinate',
    'sedating-antihistamine',
    'otc',
    ['dimenhydrinate'],
    ['dramamine', 'gravol', 'travacalm'],
    `${P}: dimenhydrinate in Dramamine (US), Gravol (CA), Travacalm (AU)`,
  ),
  sub(
    'meclizine',
    'sedating-antihistamine',
    'either',
    ['meclizine', 'meclozine'],
    ['antivert', 'bonine', 'dramamine less drowsy', 'sea legs'],
    `${P}: meclizine (meclozine in the UK) in Antivert, Bonine, Dramamine Less Drowsy (US), Sea-Legs (UK)`,
  ),
  sub(
    'promethazine',
    'sedating-antihistamine',
    'either',
    ['promethazine'],
    ['phenergan', 'night nurse', 'sominex', 'avomine'],
    `${P}: promethazine in Phenergan, Avomine, Night Nurse (UK) and Sominex (UK)`,
  ),
  sub(
    'chlorphenamine',
    'sedating-antihistamine',
    'otc',
    ['chlorphenamine', 'chlorpheniramine', 'dexchlorpheniramine', 'dexchlorphenamine'],
    ['chlor trimeton', 'piriton', 'polaramine'],
    `${P}: chlorphenamine (US: chlorpheniramine) in Piriton (UK), Chlor-Trimeton (US); dexchlorpheniramine in Polaramine`,
  ),
  sub(
    'hydroxyzine',
    'sedating-antihistamine',
    'prescription',
    ['hydroxyzine'],
    ['atarax', 'vistaril', 'ucerax'],
    `${P}: hydroxyzine in Atarax, Vistaril (US), Ucerax (UK)`,
  ),
  sub(
    'cyclizine',
    'sedating-antihistamine',
    'either',
    ['cyclizine'],
    ['valoid', 'marezine'],
    `${P} (sedating antihistamines); cyclizine in Valoid (UK), Marezine (US)`,
  ),
  sub(
    'cyproheptadine',
    'sedating-antihistamine',
    'either',
    ['cyproheptadine'],
    ['periactin'],
    `${P} (sedating antihistamines); cyproheptadine in Periactin`,
  ),
  sub(
    'brompheniramine',
    'sedating-antihistamine',
    'otc',
    ['brompheniramine'],
    ['dimetapp'],
    `${P} (sedating antihistamines); brompheniramine in Dimetapp (US)`,
  ),
  sub(
    'triprolidine',
    'sedating-antihistamine',
    'otc',
    ['triprolidine'],
    ['actifed'],
    `${P} (sedating antihistamines); triprolidine in Actifed`,
  ),
]

const rx = (generic: string, group: WatchGroup, names: string[], brands: string[], source: string) =>
  sub(generic, group, 'prescription', names, brands, source)

const AP = `${P}: antipsychotics as a class, first and second generation`

const DOPAMINE: Substance[] = [
  rx('haloperidol', 'dopamine-blocker', ['haloperidol'], ['haldol', 'serenace'], `${AP}; Haldol, Serenace`),
  rx(
    'chlorpromazine',
    'dopamine-blocker',
    ['chlorpromazine'],
    ['thorazine', 'largactil'],
    `${AP}; Thorazine (US), Largactil`,
  ),
  rx(
    'fluphenazine',
    'dopamine-blocker',
    ['fluphenazine'],
    ['modecate', 'prolixin'],
    `${AP}; Modecate, Prolixin`,
  ),
  rx('perphenazine', 'dopamine-blocker', ['perphenazine'], ['trilafon'], `${AP}; Trilafon`),
  rx('trifluoperazine', 'dopamine-blocker', ['trifluoperazine'], ['stelazine'], `${AP}; Stelazine`),
  rx('thioridazine', 'dopamine-blocker', ['thioridazine'], ['mellaril'], `${AP}; Mellaril`),
  rx(
    'levomepromazine',
    'dopamine-blocker',
    ['levomepromazine', 'methotrimeprazine'],
    ['nozinan'],
    `${AP}; Nozinan`,
  ),
  rx(
    'flupentixol',
    'dopamine-blocker',
    ['flupentixol', 'flupenthixol'],
    ['depixol', 'fluanxol'],
    `${AP}; Depixol, Fluanxol`,
  ),
  rx('zuclopenthixol', 'dopamine-blocker', ['zuclopenthixol'], ['clopixol'], `${AP}; Clopixol`),
  rx('pimozide', 'dopamine-blocker', ['pimozide'], ['orap'], `${AP}; Orap`),
  rx('sulpiride', 'dopamine-blocker', ['sulpiride'], ['dolmatil'], `${AP}; Dolmatil (UK)`),
  rx('amisulpride', 'dopamine-blocker', ['amisulpride'], ['solian'], `${AP}; Solian`),
  rx('loxapine', 'dopamine-blocker', ['loxapine'], ['loxitane', 'adasuve'], `${AP}; Loxitane, Adasuve`),
  rx('olanzapine', 'dopamine-blocker', ['olanzapine'], ['zyprexa'], `${AP}; Zyprexa (incl. Zydis)`),
  rx(
    'quetiapine',
    'dopamine-blocker',
    ['quetiapine'],
    ['seroquel'],
    `${AP}; Seroquel incl. XR, often given at 25–50 mg for sleep`,
  ),
  rx('risperidone', 'dopamine-blocker', ['risperidone'], ['risperdal'], `${AP}; Risperdal (incl. Consta)`),
  rx('paliperidone', 'dopamine-blocker', ['paliperidone'], ['invega', 'xeplion'], `${AP}; Invega, Xeplion`),
  rx('ziprasidone', 'dopamine-blocker', ['ziprasidone'], ['geodon', 'zeldox'], `${AP}; Geodon, Zeldox`),
  rx('lurasidone', 'dopamine-blocker', ['lurasidone'], ['latuda'], `${AP}; Latuda`),
  rx('asenapine', 'dopamine-blocker', ['asenapine'], ['saphris', 'sycrest'], `${AP}; Saphris, Sycrest`),
  rx('clozapine', 'dopamine-blocker', ['clozapine'], ['clozaril', 'leponex'], `${AP}; Clozaril, Leponex`),
  rx('iloperidone', 'dopamine-blocker', ['iloperidone'], ['fanapt'], `${AP}; Fanapt`),
  rx(
    'aripiprazole',
    'partial-agonist',
    ['aripiprazole'],
    ['abilify'],
    `${P}: aripiprazole is a partial agonist and lower risk, still worth mentioning; Abilify (incl. Maintena)`,
  ),
  rx(
    'brexpiprazole',
    'partial-agonist',
    ['brexpiprazole'],
    ['rexulti'],
    `${P} (aripiprazole's note); brexpiprazole is also a partial agonist; Rexulti`,
  ),
  rx(
    'cariprazine',
    'partial-agonist',
    ['cariprazine'],
    ['vraylar', 'reagila'],
    `${P} (aripiprazole's note); cariprazine is also a partial agonist; Vraylar, Reagila`,
  ),
  rx(
    'metoclopramide',
    'anti-nausea',
    ['metoclopramide'],
    ['reglan', 'maxolon'],
    `${P}: metoclopramide (Reglan, Maxolon)`,
  ),
  rx(
    'prochlorperazine',
    'anti-nausea',
    ['prochlorperazine'],
    ['compazine', 'stemetil', 'buccastem'],
    `${P}: prochlorperazine (Compazine, Stemetil); Buccastem (UK)`,
  ),
]

const AD = `${P}: some antidepressants (SSRIs, SNRIs, tricyclics, mirtazapine)`

const ANTIDEPRESSANTS: Substance[] = [
  rx(
    'sertraline (SSRI)',
    'antidepressant',
    ['sertraline'],
    ['zoloft', 'lustral'],
    `${AD}; Zoloft, Lustral (UK)`,
  ),
  rx('fluoxetine (SSRI)', 'antidepressant', ['fluoxetine'], ['prozac', 'sarafem'], `${AD}; Prozac, Sarafem`),
  rx(
    'citalopram (SSRI)',
    'antidepressant',
    ['citalopram'],
    ['celexa', 'cipramil'],
    `${AD}; Celexa, Cipramil`,
  ),
  rx(
    'escitalopram (SSRI)',
    'antidepressant',
    ['escitalopram'],
    ['lexapro', 'cipralex'],
    `${AD}; Lexapro, Cipralex`,
  ),
  rx(
    'paroxetine (SSRI)',
    'antidepressant',
    ['paroxetine'],
    ['paxil', 'seroxat', 'aropax'],
    `${AD}; Paxil, Seroxat (UK), Aropax (AU)`,
  ),
  rx(
    'fluvoxamine (SSRI)',
    'antidepressant',
    ['fluvoxamine'],
    ['luvox', 'faverin'],
    `${AD}; Luvox, Faverin (UK)`,
  ),
  rx(
    'venlafaxine (SNRI)',
    'antidepressant',
    ['venlafaxine'],
    ['effexor', 'efexor'],
    `${AD}; Effexor (US), Efexor (UK/AU)`,
  ),
  rx('desvenlafaxine (SNRI)', 'antidepressant', ['desvenlafaxine'], ['pristiq'], `${AD}; Pristiq`),
  rx(
    'duloxetine (SNRI)',
    'antidepressant',
    ['duloxetine'],
    ['cymbalta', 'yentreve'],
    `${AD}; Cymbalta, Yentreve`,
  ),
  rx(
    'milnacipran (SNRI)',
    'antidepressant',
    ['milnacipran', 'levomilnacipran'],
    ['savella', 'fetzima'],
    `${AD}; Savella, Fetzima`,
  ),
  rx(
    'amitriptyline (tricyclic)',
    'antidepressant',
    ['amitriptyline'],
    ['elavil', 'endep'],
    `${AD}; Elavil (US), Endep (AU)`,
  ),
  rx(
    'nortriptyline (tricyclic)',
    'antidepressant',
    ['nortriptyline'],
    ['pamelor', 'allegron'],
    `${AD}; Pamelor (US), Allegron (UK)`,
  ),
  rx('imipramine (tricyclic)', 'antidepressant', ['imipramine'], ['tofranil'], `${AD}; Tofranil`),
  rx('clomipramine (tricyclic)', 'antidepressant', ['clomipramine'], ['anafranil'], `${AD}; Anafranil`),
  rx(
    'doxepin (tricyclic)',
    'antidepressant',
    ['doxepin'],
    ['silenor', 'sinequan', 'sinepin'],
    `${P}: tricyclics including low-dose doxepin sold as a sleep aid (Silenor, 3–6 mg); Sinequan, Sinepin`,
  ),
  rx('trimipramine (tricyclic)', 'antidepressant', ['trimipramine'], ['surmontil'], `${AD}; Surmontil`),
  rx('desipramine (tricyclic)', 'antidepressant', ['desipramine'], ['norpramin'], `${AD}; Norpramin`),
  rx(
    'dosulepin (tricyclic)',
    'antidepressant',
    ['dosulepin', 'dothiepin'],
    ['prothiaden'],
    `${AD}; Prothiaden`,
  ),
  rx('lofepramine (tricyclic)', 'antidepressant', ['lofepramine'], ['gamanil'], `${AD}; Gamanil (UK)`),
  rx('protriptyline (tricyclic)', 'antidepressant', ['protriptyline'], ['vivactil'], `${AD}; Vivactil`),
  rx(
    'mirtazapine',
    'antidepressant',
    ['mirtazapine'],
    ['remeron', 'zispin', 'avanza'],
    `${AD}; Remeron, Zispin (UK), Avanza (AU)`,
  ),
  rx(
    'lithium',
    'mood-stabilizer',
    ['lithium'],
    ['lithobid', 'priadel', 'camcolit', 'quilonum'],
    `${P}: lithium; Lithobid (US), Priadel, Camcolit (UK), Quilonum (DE)`,
  ),
]

const BP = `${P}: some blood-pressure drugs (calcium-channel blockers, beta-blockers) in some people`

const BLOOD_PRESSURE: Substance[] = [
  rx(
    'amlodipine (calcium-channel blocker)',
    'blood-pressure',
    ['amlodipine'],
    ['norvasc', 'istin'],
    `${BP}; Norvasc, Istin (UK)`,
  ),
  rx(
    'nifedipine (calcium-channel blocker)',
    'blood-pressure',
    ['nifedipine'],
    ['procardia', 'adalat'],
    `${BP}; Procardia, Adalat`,
  ),
  rx(
    'diltiazem (calcium-channel blocker)',
    'blood-pressure',
    ['diltiazem'],
    ['cardizem', 'tildiem'],
    `${BP}; Cardizem, Tildiem (UK)`,
  ),
  rx(
    'verapamil (calcium-channel blocker)',
    'blood-pressure',
    ['verapamil'],
    ['calan', 'isoptin', 'securon'],
    `${BP}; Calan, Isoptin, Securon`,
  ),
  rx('felodipine (calcium-channel blocker)', 'blood-pressure', ['felodipine'], ['plendil'], `${BP}; Plendil`),
  rx(
    'lercanidipine (calcium-channel blocker)',
    'blood-pressure',
    ['lercanidipine'],
    ['zanidip'],
    `${BP}; Zanidip`,
  ),
  rx(
    'metoprolol (beta-blocker)',
    'blood-pressure',
    ['metoprolol'],
    ['lopressor', 'toprol', 'betaloc'],
    `${BP}; Lopressor, Toprol, Betaloc`,
  ),
  rx('atenolol (beta-blocker)', 'blood-pressure', ['atenolol'], ['tenormin'], `${BP}; Tenormin`),
  rx('propranolol (beta-blocker)', 'blood-pressure', ['propranolol'], ['inderal'], `${BP}; Inderal`),
  rx(
    'bisoprolol (beta-blocker)',
    'blood-pressure',
    ['bisoprolol'],
    ['cardicor', 'concor', 'zebeta'],
    `${BP}; Cardicor (UK), Concor, Zebeta (US)`,
  ),
  rx(
    'carvedilol (beta-blocker)',
    'blood-pressure',
    ['carvedilol'],
    ['coreg', 'eucardic'],
    `${BP}; Coreg, Eucardic`,
  ),
  rx(
    'nebivolol (beta-blocker)',
    'blood-pressure',
    ['nebivolol'],
    ['bystolic', 'nebilet'],
    `${BP}; Bystolic, Nebilet`,
  ),
]

const OTHERS: Substance[] = [
  sub('alcohol', 'lifestyle', 'otc', ['alcohol', 'ethanol'], [], `${P}: alcohol`),
  sub(
    'nicotine',
    'lifestyle',
    'otc',
    ['nicotine'],
    ['nicorette', 'nicoderm', 'nicotinell'],
    `${P}: nicotine`,
  ),
  sub('caffeine', 'lifestyle', 'otc', ['caffeine'], ['nodoz', 'excedrin', 'pro plus'], `${P}: caffeine`),
  sub(
    'loratadine',
    'lower-risk-antihistamine',
    'otc',
    ['loratadine'],
    ['claritin', 'clarityn'],
    `${P}: non-sedating, lower risk`,
  ),
  sub(
    'desloratadine',
    'lower-risk-antihistamine',
    'otc',
    ['desloratadine'],
    ['clarinex', 'neoclarityn'],
    `${P}: non-sedating, lower risk`,
  ),
  sub(
    'cetirizine',
    'lower-risk-antihistamine',
    'otc',
    ['cetirizine'],
    ['zyrtec'],
    `${P}: non-sedating, lower risk`,
  ),
  sub(
    'levocetirizine',
    'lower-risk-antihistamine',
    'otc',
    ['levocetirizine'],
    ['xyzal'],
    `${P}: non-sedating, lower risk`,
  ),
  sub(
    'fexofenadine',
    'lower-risk-antihistamine',
    'otc',
    ['fexofenadine'],
    ['allegra', 'telfast'],
    `${P}: non-sedating, lower risk`,
  ),
]

export const SUBSTANCES: readonly Substance[] = [
  ...ANTIHISTAMINES,
  ...DOPAMINE,
  ...ANTIDEPRESSANTS,
  ...BLOOD_PRESSURE,
  ...OTHERS,
]
