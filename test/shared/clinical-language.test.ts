// The clinical sentences made in shared/ follow the person's language: German and Spanish when chosen,
// English otherwise, with the same numbers, units and dates as people read them.
import { afterEach, describe, expect, it } from 'vitest'
import { stepCautions } from '../../shared/cautions.ts'
import type { CheckIn } from '../../shared/checkin.ts'
import { whatSeemsToHelp } from '../../shared/correlation.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { classifyLab, ironStatus, type LabEntry, TARGET_BANDS } from '../../shared/labs.ts'
import { doctorPrompts } from '../../shared/prompts.ts'
import { matchMedicine } from '../../shared/watchlist.ts'
import { checkIn } from './fixtures/journal.ts'

afterEach(() => {
  setLocale('en', 'en-GB', 'system')
})

const KIDNEY = { pregnant: false, kidneyDisease: true, neuropathy: false }
const lab = (kind: LabEntry['kind'], value: number, date = '2026-11-20'): LabEntry => ({
  id: `${kind}-${date}`,
  kind,
  value,
  date,
})

function checkIns(first: string, severities: number[]): Record<string, CheckIn> {
  const out: Record<string, CheckIn> = {}
  severities.forEach((severity, i) => {
    const night = `2026-11-${String(Number(first.slice(8)) + i).padStart(2, '0')}`
    out[night] = checkIn(severity, { sleepQuality: 3, onset: 'bedtime', savedAt: `${night}T08:00:00+01:00` })
  })
  return out
}

const severePrompt = () =>
  doctorPrompts({
    today: '2026-11-25',
    checkIns: checkIns('2026-11-22', [8, 9, 8]),
    health: { pregnant: false, kidneyDisease: false },
    labs: [],
  })[0]

describe('in German', () => {
  it('a doctor prompt says why with German dates and the same rating', () => {
    setLocale('de', 'de-DE')
    const p = severePrompt()
    expect(p?.title).toBe('Ihre Nächte waren schwer. Ein Arzt kann helfen')
    expect(p?.reason).toBe(
      'Bei Ihren letzten 3 Check-ins, 22. Nov. 2026 bis 24. Nov. 2026, haben Sie die Beschwerden mit 7 oder mehr von 10 bewertet.',
    )
    expect(p?.basedOn).toBe('2026-11-24')
  })

  it('the kidney caution for magnesium keeps its advice to ask the kidney team', () => {
    setLocale('de', 'de-DE')
    expect(stepCautions('magnesium', KIDNEY)).toEqual([
      expect.stringMatching(
        /^Nierenerkrankung: Sprechen Sie mit Ihrem Nierenteam, bevor Sie Magnesium einnehmen\./,
      ),
    ])
  })

  it('a watch-list note never says to stop a prescription on one’s own', () => {
    setLocale('de', 'de-DE')
    const [match] = matchMedicine('Seroquel 25 mg')
    expect(match?.groupLabel).toBe('ein Antipsychotikum, ein Medikament, das Dopamin blockiert')
    expect(match?.note).toBe(
      'Kann RLS bei manchen Menschen verschlimmern. Sprechen Sie mit der verschreibenden Ärztin oder dem verschreibenden Arzt; setzen Sie ein verschriebenes Medikament nicht eigenmächtig ab.',
    )
  })

  it('a lab band and its chart label, with the same numbers and units', () => {
    setLocale('de', 'de-DE')
    expect(classifyLab({ kind: 'ferritin', value: 30 }).text).toBe(
      'Unter 50 ng/mL: niedrig bei unruhigen Beinen, auch wenn das Labor es normal nennt. Sprechen Sie es bei Ihrer Ärztin oder Ihrem Arzt an.',
    )
    expect(TARGET_BANDS.ferritin.map((b) => b.label)).toEqual([
      'Minimum bei unruhigen Beinen',
      'Zielbereich bei unruhigen Beinen',
    ])
  })

  it('decimal values use the German decimal mark', () => {
    setLocale('de', 'de-DE')
    expect(ironStatus([lab('ferritin', 45.5)])?.text).toContain('Ferritin 45,5 ng/mL am 20. Nov. 2026')
  })
})

describe('in Spanish', () => {
  it('a doctor prompt says why with Spanish dates and the same rating', () => {
    setLocale('es', 'es-ES')
    const p = severePrompt()
    expect(p?.title).toBe('Sus noches han sido difíciles. Un médico puede ayudarle')
    expect(p?.reason).toBe(
      'En sus últimos 3 registros, del 22 nov 2026 al 24 nov 2026, valoró los síntomas con 7 o más sobre 10.',
    )
  })

  it('the pregnancy caution for the bath keeps 40 °C (104 °F)', () => {
    setLocale('es', 'es-ES')
    expect(stepCautions('warm-bath', { pregnant: true, kidneyDisease: false })).toEqual([
      'Embarazo: que el baño sea templado, no caliente. Nada de baños de inmersión a 40 °C (104 °F) o más.',
    ])
  })

  it('an over-the-counter note sends the person to a pharmacist or doctor', () => {
    setLocale('es', 'es-ES')
    const [match] = matchMedicine('ZzzQuil')
    expect(match?.note).toBe(
      'Puede empeorar el SPI en algunas personas. Pregunte a un farmacéutico o a su médico por una alternativa.',
    )
    expect(match?.brandCaveat).toMatch(/compruebe la etiqueta/)
  })

  it('a lab band reads in Spanish with the same thresholds', () => {
    setLocale('es', 'es-ES')
    expect(classifyLab({ kind: 'tsat', value: 15 })).toEqual({
      band: 'low',
      text: 'Por debajo del 20 %: baja, sea cual sea su ferritina. Conviene comentarlo con su médico.',
    })
  })

  it('counts nights with Spanish plurals in "what seems to help"', () => {
    setLocale('es', 'es-ES')
    const checkIn = checkIns('2026-11-01', [5])['2026-11-01']
    const [caffeine] = whatSeemsToHelp({ '2026-11-01': { checkIn, planned: [] } }).filter(
      (c) => c.id === 'caffeineAfter14',
    )
    expect(caffeine?.label).toMatch(
      /aún no hay suficientes noches\. Faltan 3 noches con ello y 2 noches sin ello\.$/,
    )
  })
})

describe('in English, and for a language Eventide does not have', () => {
  for (const [choice, system] of [
    ['en', 'de-DE'],
    ['system', 'fr-FR'],
  ] as const) {
    it(`${choice} with a ${system} system: English sentences`, () => {
      setLocale(choice, system)
      expect(severePrompt()?.title).toBe('Your nights have been hard. A doctor can help')
      expect(stepCautions('magnesium', KIDNEY)[0]).toMatch(/^Kidney disease: check with your kidney team/)
      expect(matchMedicine('ZzzQuil')[0]?.note).toBe(
        'Can worsen RLS in some people. Ask a pharmacist or doctor about an alternative.',
      )
      expect(classifyLab({ kind: 'vitaminD', value: 50 }).text).toBe(
        '40–60 ng/mL (100–150 nmol/L): in the target range.',
      )
    })
  }

  it('switching back from German gives English again, without a restart', () => {
    setLocale('de', 'de-DE')
    expect(classifyLab({ kind: 'tsat', value: 30 }).text).toBe('20–45 %: nicht im niedrigen Bereich.')
    setLocale('en', 'en-GB')
    expect(classifyLab({ kind: 'tsat', value: 30 }).text).toBe('20–45 %: not in the low range.')
  })
})
