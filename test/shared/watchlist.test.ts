import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOWER_RISK_NOTE, matchMedicine, WATCH_NOTE, WATCHED_SUBSTANCES } from '../../shared/watchlist.ts'

const generics = (name: string) => matchMedicine(name).map((m) => m.generic.split(' ')[0])

describe('matchMedicine: brands', () => {
  it.each([
    ['Benadryl', 'diphenhydramine'],
    ['Benadryl Allergy', 'diphenhydramine'],
    ['zzzquil', 'diphenhydramine'],
    ['ZZZQUIL', 'diphenhydramine'],
    ['ZzzQuil Pure Zzzs', 'diphenhydramine'],
    ['Tylenol PM Extra Strength', 'diphenhydramine'],
    ['Tylenol-PM', 'diphenhydramine'],
    ['Advil PM', 'diphenhydramine'],
    ['Aleve PM', 'diphenhydramine'],
    ['Unisom SleepGels', 'diphenhydramine'],
    ['Unisom SleepTabs', 'doxylamine'],
    ['NyQuil Cold & Flu', 'doxylamine'],
    ['Chlor-Trimeton', 'chlorpheniramine'],
    ['Atarax', 'hydroxyzine'],
    ['Vistaril 25', 'hydroxyzine'],
    ['Haldol', 'haloperidol'],
    ['Risperdal', 'risperidone'],
    ['Reglan', 'metoclopramide'],
    ['Compazine', 'prochlorperazine'],
    ['Phenergan', 'promethazine'],
    ['Zoloft', 'sertraline'],
    ['Prozac', 'fluoxetine'],
    ['Celexa', 'citalopram'],
    ['Lexapro', 'escitalopram'],
    ['Paxil CR', 'paroxetine'],
    ['Effexor XR', 'venlafaxine'],
    ['Cymbalta', 'duloxetine'],
    ['Remeron SolTab', 'mirtazapine'],
    ['Norvasc', 'amlodipine'],
    ['Toprol XL', 'metoprolol'],
    ['Nicorette gum', 'nicotine'],
    ['Excedrin Migraine', 'caffeine'],
  ])('%s → %s', (name, generic) => {
    expect(generics(name)).toEqual([generic])
  })

  it('a plain "Unisom" could be either antihistamine, so both are named', () => {
    expect(generics('Unisom').sort()).toEqual(['diphenhydramine', 'doxylamine'])
  })

  it('a longer brand phrase wins over a shorter one inside it', () => {
    expect(generics('Excedrin PM')).toEqual(['diphenhydramine'])
  })

  it('reminds that brand contents vary, but not for an ingredient name', () => {
    expect(matchMedicine('Benadryl')[0]?.brandCaveat).toMatch(/check the label/)
    expect(matchMedicine('diphenhydramine')[0]?.brandCaveat).toBeUndefined()
  })
})

describe('matchMedicine: generics and case', () => {
  it.each([
    'diphenhydramine',
    'doxylamine',
    'haloperidol',
    'risperidone',
    'metoclopramide',
    'prochlorperazine',
    'promethazine',
    'sertraline',
    'fluoxetine',
    'citalopram',
    'escitalopram',
    'paroxetine',
    'venlafaxine',
    'duloxetine',
    'amitriptyline',
    'nortriptyline',
    'mirtazapine',
    'lithium',
    'chlorpheniramine',
    'hydroxyzine',
    'amlodipine',
    'nifedipine',
    'diltiazem',
    'verapamil',
    'metoprolol',
    'atenolol',
    'propranolol',
    'alcohol',
    'nicotine',
    'caffeine',
  ])('%s is on the list', (generic) => {
    expect(WATCHED_SUBSTANCES.some((s) => s.startsWith(generic))).toBe(true)
    expect(generics(`${generic.toUpperCase()} 25 mg`)).toEqual([generic])
    expect(generics(`Take ${generic} at night`)).toEqual([generic])
  })

  it('gives the calm note for a prescription match, with the group and why', () => {
    const [match] = matchMedicine('Sertraline 50mg')
    expect(match).toMatchObject({
      group: 'antidepressant',
      level: 'watch',
      matched: 'Sertraline',
      note: WATCH_NOTE,
    })
    expect(WATCH_NOTE).toMatch(
      /can worsen RLS; talk to your prescriber; do not stop a prescription on your own/i,
    )
    expect(match?.why.length).toBeGreaterThan(20)
  })

  it('finds every match in a combined name', () => {
    expect(generics('Tylenol PM + sertraline').sort()).toEqual(['diphenhydramine', 'sertraline'])
  })

  it('ignores case in any mix', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ZzzQuil', 'Benadryl', 'Advil PM', 'hydroxyzine', 'Lexapro'),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        (name, flips) => {
          const mixed = [...name].map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase())).join('')
          expect(generics(mixed)).toEqual(generics(name))
          expect(generics(mixed)).toHaveLength(1)
        },
      ),
    )
  })
})

describe('matchMedicine: no false matches', () => {
  it.each([
    'ondansetron',
    'Zofran (ondansetron)',
    'Tylenol',
    'Advil',
    'Aleve',
    'Calcium carbonate',
    'Magnesium glycinate',
    'Vitamin D3 2000 IU',
    'Ferrous sulfate',
    'Omeprazole',
    'Metformin',
    'Levothyroxine',
    'Caffeine-free herbal tea',
    'alcohol free mouthwash',
    'benadrylish',
    'prozacs',
    'lithiumcarbonate',
    'ZzzQuill',
  ])('%s matches nothing on the watch list', (name) => {
    expect(matchMedicine(name).filter((m) => m.level === 'watch')).toEqual([])
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
        fc.constantFrom('benadryl', 'sertraline', 'lithium', 'haldol', 'zoloft', 'caffeine', 'nyquil'),
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
  ])('%s is reported as lower risk, not a warning', (name, generic) => {
    const [match] = matchMedicine(name)
    expect(match).toMatchObject({ generic, level: 'lower-risk', note: LOWER_RISK_NOTE })
    expect(match?.note).not.toMatch(/worsen/)
  })
})
