import { describe, expect, it } from 'vitest'
import { matchMedicine, tokens, WATCH_NOTES } from '../../shared/watchlist.ts'

const generics = (name: string) =>
  matchMedicine(name)
    .map((m) => m.generic.split(' ')[0])
    .sort()

describe('tokens: how a typed name is split into words', () => {
  it('keeps a run of digits together and splits it from letters', () => {
    expect(tokens('Seroquel25mg')).toEqual(['seroquel', '25', 'mg'])
    expect(tokens('Bisoprolol 2.5 mg')).toEqual(['bisoprolol', '2', '5', 'mg'])
    expect(tokens('Vitamin D3 2000 IU')).toEqual(['vitamin', 'd', '3', '2000', 'iu'])
  })

  it('a name with no letters or digits has no words', () => {
    expect(tokens('')).toEqual([])
    expect(tokens(' – / + ')).toEqual([])
    expect(matchMedicine(' – / + ')).toEqual([])
  })
})

describe('matchMedicine: several names in one entry', () => {
  it('a longer brand phrase wins wherever it stands in the name', () => {
    // "Unisom" alone could be either antihistamine; "Unisom SleepGels" is diphenhydramine only.
    expect(generics('Zoloft + Unisom SleepGels')).toEqual(['diphenhydramine', 'sertraline'])
    expect(generics('Zoloft, Lexapro and Unisom SleepGels')).toEqual([
      'diphenhydramine',
      'escitalopram',
      'sertraline',
    ])
  })

  it('a short name next to a longer phrase is still reported, before or after it', () => {
    expect(generics('Zoloft + Dramamine Less Drowsy')).toEqual(['meclizine', 'sertraline'])
    expect(generics('Dramamine Less Drowsy + Zoloft')).toEqual(['meclizine', 'sertraline'])
  })

  it('a non-drowsy antihistamine typed as a brand does not hide a drowsy brand beside it', () => {
    const matches = matchMedicine('Benadryl + Claritin')
    expect(matches.map((m) => [m.generic, m.level])).toEqual([
      ['diphenhydramine', 'watch'],
      ['loratadine', 'lower-risk'],
    ])
  })

  it('an ingredient named in full does not hide a brand of another medicine beside it', () => {
    expect(generics('sertraline with Benadryl')).toEqual(['diphenhydramine', 'sertraline'])
    expect(generics('Tylenol PM and quetiapine')).toEqual(['diphenhydramine', 'quetiapine'])
  })

  it('a brand and its own ingredient give one match, showing the word typed first', () => {
    for (const name of ['Nytol diphenhydramine', 'Nytol (diphenhydramine) with melatonin']) {
      const matches = matchMedicine(name)
      expect(matches, name).toHaveLength(1)
      expect(matches[0], name).toMatchObject({
        generic: 'diphenhydramine',
        matched: 'Nytol',
        brandCaveat: WATCH_NOTES.brandCaveat,
      })
    }
    expect(matchMedicine('diphenhydramine (Nytol)')[0]).toMatchObject({ matched: 'diphenhydramine' })
    expect(matchMedicine('diphenhydramine (Nytol)')[0]?.brandCaveat).toBeUndefined()
  })

  it('every brand line without the drug stops a brand alone from matching', () => {
    for (const name of [
      'ZzzQuil PURE Zzzs',
      'Unisom melatonin',
      'Nytol Herbal',
      'Sominex valerian',
      'Gravol ginger',
      'Dramamine Non-Drowsy',
    ]) {
      expect(matchMedicine(name), name).toEqual([])
    }
  })
})
