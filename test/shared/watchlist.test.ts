import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchMedicine, WATCH_NOTES, WATCHED_SUBSTANCES } from '../../shared/watchlist.ts'
import { SUBSTANCES } from '../../shared/watchlist-substances.ts'

const generics = (name: string) => matchMedicine(name).map((m) => m.generic.split(' ')[0])
const watched = (name: string) =>
  matchMedicine(name)
    .filter((m) => m.level === 'watch')
    .map((m) => m.generic.split(' ')[0])

// What a person might type, from several countries, mixed case, accents and dosage suffixes → the one
// substance it must be reported as.
const ON_THE_LIST: [string, string][] = [
  // drowsy antihistamines and the sleep aids, travel-sickness and cold remedies they are in
  ['Diphenhydramine 50 mg', 'diphenhydramine'],
  ['Benadryl', 'diphenhydramine'],
  ['ZzzQuil', 'diphenhydramine'],
  ['ZZZQUIL Night Pain', 'diphenhydramine'],
  ['Tylenol PM Extra Strength', 'diphenhydramine'],
  ['Tylenol-PM', 'diphenhydramine'],
  ['Advil PM caplets', 'diphenhydramine'],
  ['Aleve PM', 'diphenhydramine'],
  ['Unisom SleepGels', 'diphenhydramine'],
  ['Nytol One-A-Night 50mg', 'diphenhydramine'],
  ['Panadol Night', 'diphenhydramine'],
  ['Sleepeaze', 'diphenhydramine'],
  ['Simply Sleep', 'diphenhydramine'],
  ['Doxylamine succinate 25mg', 'doxylamine'],
  ['Unisom SleepTabs', 'doxylamine'],
  ['NyQuil Cold & Flu', 'doxylamine'],
  ['Restavit', 'doxylamine'],
  ['Diclectin', 'doxylamine'],
  ['Dimenhydrinate 50', 'dimenhydrinate'],
  ['Dramamine', 'dimenhydrinate'],
  ['Gravol', 'dimenhydrinate'],
  ['Travacalm', 'dimenhydrinate'],
  ['Meclizine 25 mg', 'meclizine'],
  ['meclozine', 'meclizine'],
  ['Antivert', 'meclizine'],
  ['Bonine', 'meclizine'],
  ['Dramamine Less Drowsy', 'meclizine'],
  ['Promethazine', 'promethazine'],
  ['Prométhazine 25 mg', 'promethazine'],
  ['PHENERGAN', 'promethazine'],
  ['Night Nurse', 'promethazine'],
  ['Avomine', 'promethazine'],
  ['Chlorphenamine 4mg', 'chlorphenamine'],
  ['chlorpheniramine maleate', 'chlorphenamine'],
  ['Piriton', 'chlorphenamine'],
  ['Chlor-Trimeton', 'chlorphenamine'],
  ['Hydroxyzine 10mg', 'hydroxyzine'],
  ['Atarax', 'hydroxyzine'],
  ['Vistaril 25', 'hydroxyzine'],
  ['Cyclizine', 'cyclizine'],
  // antipsychotics, first and second generation, and the partial agonists
  ['Haloperidol', 'haloperidol'],
  ['Halopéridol 5 mg', 'haloperidol'],
  ['Haldol', 'haloperidol'],
  ['Chlorpromazine 25mg', 'chlorpromazine'],
  ['Largactil', 'chlorpromazine'],
  ['Thorazine', 'chlorpromazine'],
  ['Olanzapine 5mg', 'olanzapine'],
  ['Zyprexa Zydis', 'olanzapine'],
  ['Quetiapine 25 mg at night', 'quetiapine'],
  ['Seroquel', 'quetiapine'],
  ['Seroquel XR 50mg', 'quetiapine'],
  ['seroquel25mg', 'quetiapine'],
  ['Risperidone', 'risperidone'],
  ['Risperdal Consta', 'risperidone'],
  ['Paliperidone', 'paliperidone'],
  ['Ziprasidone', 'ziprasidone'],
  ['Lurasidone (Latuda)', 'lurasidone'],
  ['Clozapine', 'clozapine'],
  ['Amisulpride', 'amisulpride'],
  ['Fluphenazine', 'fluphenazine'],
  ['Flupentixol', 'flupentixol'],
  ['Aripiprazole 2 mg', 'aripiprazole'],
  ['Abilify', 'aripiprazole'],
  ['Metoclopramide 10mg', 'metoclopramide'],
  ['Reglan', 'metoclopramide'],
  ['Maxolon', 'metoclopramide'],
  ['Prochlorperazine', 'prochlorperazine'],
  ['Compazine', 'prochlorperazine'],
  ['Stemetil 5mg', 'prochlorperazine'],
  ['Buccastem', 'prochlorperazine'],
  // antidepressants and lithium
  ['Sertraline 50mg', 'sertraline'],
  ['Zoloft', 'sertraline'],
  ['Lustral', 'sertraline'],
  ['Fluoxetine 20 mg', 'fluoxetine'],
  ['Prozac', 'fluoxetine'],
  ['Citalopram', 'citalopram'],
  ['Cipralex', 'escitalopram'],
  ['Lexapro', 'escitalopram'],
  ['Paxil CR', 'paroxetine'],
  ['Seroxat', 'paroxetine'],
  ['Venlafaxine XL 75mg', 'venlafaxine'],
  ['Effexor XR', 'venlafaxine'],
  ['Efexor', 'venlafaxine'],
  ['Duloxetine', 'duloxetine'],
  ['Cymbalta', 'duloxetine'],
  ['Amitriptyline 10mg', 'amitriptyline'],
  ['Endep', 'amitriptyline'],
  ['Nortriptyline', 'nortriptyline'],
  ['Doxepin 3 mg', 'doxepin'],
  ['Silenor', 'doxepin'],
  ['Trimipramine', 'trimipramine'],
  ['Surmontil', 'trimipramine'],
  ['Desipramine', 'desipramine'],
  ['Norpramin', 'desipramine'],
  ['Dosulepin', 'dosulepin'],
  ['Clomipramine', 'clomipramine'],
  ['Mirtazapine 15mg', 'mirtazapine'],
  ['Remeron SolTab', 'mirtazapine'],
  ['Zispin', 'mirtazapine'],
  ['Lithium carbonate 400 mg', 'lithium'],
  ['Priadel', 'lithium'],
  // blood-pressure medicines, in some people
  ['Amlodipine 5mg', 'amlodipine'],
  ['Norvasc', 'amlodipine'],
  ['Nifedipine', 'nifedipine'],
  ['Adalat LA', 'nifedipine'],
  ['Diltiazem', 'diltiazem'],
  ['Verapamil', 'verapamil'],
  ['Metoprolol succinate', 'metoprolol'],
  ['Toprol XL', 'metoprolol'],
  ['Bisoprolol 2.5 mg', 'bisoprolol'],
  ['Propranolol', 'propranolol'],
  ['Atenolol', 'atenolol'],
  // things that are not medicines
  ['Nicorette gum', 'nicotine'],
  ['Excedrin Migraine', 'caffeine'],
]

// Names that look like, or sit near, watch-list names but must not match, each with the reason.
const NOT_ON_THE_LIST: [string, string][] = [
  ['ondansetron', 'anti-sickness medicine that does not block dopamine (PROTOCOL: not on the list)'],
  ['Zofran (ondansetron)', 'brand of ondansetron'],
  ['domperidone', 'blocks dopamine but does not enter the brain (PROTOCOL: not on the list)'],
  ['Motilium', 'brand of domperidone'],
  ['trazodone 50 mg', 'usually considered RLS-neutral (PROTOCOL: not on the list)'],
  ['bupropion', 'usually considered RLS-neutral (PROTOCOL: not on the list)'],
  ['Wellbutrin XL', 'brand of bupropion'],
  ['gabapentin 300mg', 'an RLS treatment (alpha-2-delta ligand), not a trigger'],
  ['pregabalin', 'an RLS treatment (alpha-2-delta ligand), not a trigger'],
  ['ropinirole', 'a dopamine agonist used to treat RLS, not a blocker'],
  ['pramipexole', 'a dopamine agonist used to treat RLS, not a blocker'],
  ['rotigotine patch', 'a dopamine agonist used to treat RLS'],
  ['levodopa', 'a dopamine precursor used to treat RLS'],
  ['Melatonin 3 mg', 'melatonin is not an antihistamine'],
  ['ZzzQuil PURE Zzzs', 'melatonin line under the ZzzQuil brand, no diphenhydramine'],
  ['ZzzQuil Pure Zzzs Melatonin Gummies', 'melatonin line under the ZzzQuil brand'],
  ['Nytol Herbal', 'valerian and hops, no antihistamine'],
  ['Gravol Natural Source Ginger', 'ginger only'],
  ['Dramamine Non-Drowsy', 'ginger only'],
  ['Ferrous sulfate 325 mg', 'iron, the RLS treatment'],
  ['Iron bisglycinate', 'iron'],
  ['Magnesium glycinate', 'magnesium'],
  ['Levothyroxine 100 mcg', 'thyroid medicine'],
  ['Calcium carbonate', 'calcium, not a calcium-channel blocker'],
  ['Vitamin D3 2000 IU', 'vitamin'],
  ['Tylenol', 'paracetamol only, without PM'],
  ['Advil', 'ibuprofen only, without PM'],
  ['Omeprazole', 'stomach medicine'],
  ['Metformin', 'diabetes medicine'],
  ['Caffeine-free herbal tea', 'says the caffeine is absent'],
  ['alcohol free mouthwash', 'says the alcohol is absent'],
  ['benadrylish', 'not a whole word'],
  ['prozacs', 'not a whole word'],
  ['lithiumcarbonate', 'glued words are not the word'],
  ['ZzzQuill', 'misspelt brand: no guess'],
  ['Promethium', 'looks like promethazine, is not'],
  ['Quetiapin-free', 'not a name on the list'],
]

describe('matchMedicine: the table', () => {
  it('holds at least 80 names on the list and 20 that are not', () => {
    expect(ON_THE_LIST.length).toBeGreaterThanOrEqual(80)
    expect(NOT_ON_THE_LIST.length).toBeGreaterThanOrEqual(20)
  })

  it.each(ON_THE_LIST)('%s → %s', (name, generic) => {
    expect(generics(name)).toEqual([generic])
  })

  it.each(NOT_ON_THE_LIST)('%s matches nothing on the watch list (%s)', (name) => {
    expect(watched(name)).toEqual([])
  })

  it('every entry carries a source note a reviewer can check', () => {
    for (const substance of SUBSTANCES) {
      expect(substance.source, substance.generic).toMatch(/PROTOCOL\.md/)
    }
    expect(matchMedicine('Seroquel')[0]?.source).toMatch(/Seroquel incl\. XR/)
  })
})

describe('matchMedicine: brands', () => {
  it('a plain "Unisom" could be either antihistamine, so both are named', () => {
    expect(generics('Unisom').sort()).toEqual(['diphenhydramine', 'doxylamine'])
  })

  it('UK Sominex is promethazine and US Sominex diphenhydramine, so both are named', () => {
    expect(generics('Sominex').sort()).toEqual(['diphenhydramine', 'promethazine'])
  })

  it('a longer brand phrase wins over a shorter one inside it', () => {
    expect(generics('Excedrin PM')).toEqual(['diphenhydramine'])
    expect(generics('Dramamine Less Drowsy')).toEqual(['meclizine'])
  })

  it('reminds that brand contents vary, but not for an ingredient name', () => {
    expect(matchMedicine('Benadryl')[0]?.brandCaveat).toBe(WATCH_NOTES.brandCaveat)
    expect(WATCH_NOTES.brandCaveat).toMatch(/check the label/)
    expect(matchMedicine('diphenhydramine')[0]?.brandCaveat).toBeUndefined()
  })

  it('a brand line without the drug never reads as the drug, but a named ingredient still does', () => {
    expect(generics('ZzzQuil PURE Zzzs')).toEqual([])
    expect(generics('Diphenhydramine with melatonin')).toEqual(['diphenhydramine'])
    // A non-drowsy antihistamine named under a sleep brand (UK Benadryl Allergy) is that one only.
    expect(generics('Benadryl Allergy cetirizine')).toEqual(['cetirizine'])
  })

  it('finds two separate matches in one name', () => {
    expect(generics('Zoloft + Tylenol PM').sort()).toEqual(['diphenhydramine', 'sertraline'])
    expect(generics('quetiapine and amitriptyline').sort()).toEqual(['amitriptyline', 'quetiapine'])
  })
})

describe('matchMedicine: wording', () => {
  it('a prescription match sends the person to the prescriber and never says stop', () => {
    const [match] = matchMedicine('Sertraline 50mg')
    expect(match).toMatchObject({ group: 'antidepressant', level: 'watch', matched: 'Sertraline' })
    expect(match?.note).toBe(WATCH_NOTES.prescription)
    expect(WATCH_NOTES.prescription).toBe(
      'Can worsen RLS in some people. Talk to your prescriber; do not stop a prescription on your own.',
    )
  })

  it('an over-the-counter match sends the person to a pharmacist or doctor for an alternative', () => {
    for (const name of ['ZzzQuil', 'Tylenol PM', 'Nytol', 'Dramamine', 'Restavit', 'doxylamine']) {
      expect(matchMedicine(name)[0]?.note, name).toBe(WATCH_NOTES.otc)
    }
    expect(WATCH_NOTES.otc).toBe(
      'Can worsen RLS in some people. Ask a pharmacist or doctor about an alternative.',
    )
  })

  it('something sold both ways covers both', () => {
    expect(matchMedicine('Phenergan')[0]?.note).toBe(WATCH_NOTES.either)
    expect(WATCH_NOTES.either).toMatch(/pharmacist or doctor about an alternative/)
    expect(WATCH_NOTES.either).toMatch(/talk to your prescriber and do not stop it on your own/)
  })

  it('aripiprazole gets a softer note that says why', () => {
    const [match] = matchMedicine('Abilify 5 mg')
    expect(match).toMatchObject({ generic: 'aripiprazole', level: 'watch', note: WATCH_NOTES.partialAgonist })
    expect(match?.note).toMatch(/less likely than other antipsychotics/i)
    expect(match?.why).toMatch(/partly stimulates dopamine/)
    expect(match?.note).toMatch(/do not stop a prescription on your own/)
  })

  it('groups read as plain words in a sentence, not bare class jargon', () => {
    expect(matchMedicine('Nytol')[0]?.groupLabel).toBe('an antihistamine that makes you drowsy')
    expect(matchMedicine('Nytol')[0]?.why).toMatch(/These can make RLS worse in some people/)
    for (const substance of SUBSTANCES) {
      const [match] = matchMedicine(substance.names[0] ?? '')
      expect(match?.groupLabel, substance.generic).toMatch(/^(an?|alcohol,) /)
    }
  })

  it('every watch note says "in some people" and none tells anyone to stop', () => {
    for (const substance of SUBSTANCES) {
      const [match] = matchMedicine(substance.names[0] ?? '')
      if (match?.level !== 'watch') continue
      expect(match.note, substance.generic).toMatch(/worsen RLS.*in some people/i)
      expect(match.note).not.toMatch(/\bstop (taking|it now)/i)
    }
  })
})

describe('matchMedicine: generics, case and accents', () => {
  it.each(WATCHED_SUBSTANCES.map((g) => g.split(' ')[0] as string))('%s matches as typed', (generic) => {
    expect(generics(`${generic.toUpperCase()} 25 mg`)).toEqual([generic])
    expect(generics(`Take ${generic}25mg at night`)).toEqual([generic])
  })

  it('ignores case in any mix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ZzzQuil', 'Benadryl', 'Advil PM', 'hydroxyzine', 'Lexapro', 'Seroquel XR'),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (name, flips) => {
          const mixed = [...name].map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase())).join('')
          expect(generics(mixed)).toEqual(generics(name))
          expect(generics(mixed)).toHaveLength(1)
        },
      ),
    )
  })

  it('reads accents typed precomposed or decomposed, and keeps the typed word', () => {
    expect(matchMedicine('Prométhazine')[0]?.matched).toBe('Prométhazine')
    expect(generics('Prome\u0301thazine')).toEqual(['promethazine'])
    expect(generics('HALOPÉRIDOL')).toEqual(['haloperidol'])
    expect(generics('Quétiapine')).toEqual(['quetiapine'])
  })

  it('keeps look-alike names apart', () => {
    expect(generics('escitalopram')).toEqual(['escitalopram'])
    expect(generics('desvenlafaxine')).toEqual(['desvenlafaxine'])
    expect(generics('levocetirizine')).toEqual(['levocetirizine'])
    expect(generics('desloratadine')).toEqual(['desloratadine'])
    expect(generics('nortriptyline')).toEqual(['nortriptyline'])
  })

  it('never matches a known name with letters glued on either side', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('benadryl', 'sertraline', 'lithium', 'haldol', 'zoloft', 'caffeine', 'seroquel'),
        fc.stringMatching(/^[a-z]{1,6}$/),
        fc.boolean(),
        (name, glue, before) => {
          const glued = before ? `${glue}${name}` : `${name}${glue}`
          // A few glued forms are real names themselves ("es" + "citalopram"); these seven have none.
          expect(matchMedicine(glued)).toEqual([])
        },
      ),
    )
  })
})

describe('matchMedicine: lower-risk antihistamines', () => {
  it.each([
    ['Claritin', 'loratadine'],
    ['loratadine 10 mg', 'loratadine'],
    ['Zyrtec', 'cetirizine'],
    ['Allegra 180', 'fexofenadine'],
    ['Telfast', 'fexofenadine'],
  ])('%s is reported as lower risk, not a warning', (name, generic) => {
    const [match] = matchMedicine(name)
    expect(match).toMatchObject({ generic, level: 'lower-risk', note: WATCH_NOTES.lowerRisk })
    expect(match?.note).not.toMatch(/worsen/)
  })
})
