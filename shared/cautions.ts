// Cautions that follow the person's health notes (PROTOCOL.md, "Cautions that follow the person's
// situation"): short sentences shown with a step wherever the step is shown (checklist, notification,
// settings). Pure rules: a step id and the flags in, the sentences out, in the person's language.
import { liveTexts, t } from './i18n/index.ts'

export interface CautionFlags {
  pregnant: boolean
  kidneyDisease: boolean
  /** Neuropathy or diabetes: reduced feeling in the feet. */
  neuropathy?: boolean
}

const CAUTION_IDS = [
  'magnesiumKidney',
  'magnesiumPregnancy',
  'bathPregnancy',
  'bathNeuropathy',
  'socksNeuropathy',
  'compressionNeuropathy',
] as const

/** Each caution in the current language, read when shown, so a change of language applies at once. */
export const CAUTIONS = liveTexts(CAUTION_IDS, (id) => t(`clinical.caution.${id}`))

/** The cautions for one step, most important first; empty when none applies. */
export function stepCautions(stepId: string, flags: CautionFlags): string[] {
  const out: string[] = []
  switch (stepId) {
    case 'magnesium':
      if (flags.kidneyDisease) out.push(CAUTIONS.magnesiumKidney)
      if (flags.pregnant) out.push(CAUTIONS.magnesiumPregnancy)
      break
    case 'warm-bath':
      if (flags.pregnant) out.push(CAUTIONS.bathPregnancy)
      if (flags.neuropathy) out.push(CAUTIONS.bathNeuropathy)
      break
    case 'warm-socks':
      if (flags.neuropathy) out.push(CAUTIONS.socksNeuropathy)
      break
    case 'compression-socks':
      if (flags.neuropathy) out.push(CAUTIONS.compressionNeuropathy)
      break
  }
  return out
}

/** Steps that start switched off for someone with the flag: magnesium with kidney disease. */
export function stepsOffWithFlags(flags: CautionFlags): string[] {
  return flags.kidneyDisease ? ['magnesium'] : []
}

/**
 * When a health note is newly switched on, the steps it turns off by default (the person can switch them
 * back on). Notes already on, or switched off, change nothing.
 */
export function stepsToSwitchOff(before: CautionFlags, after: CautionFlags): string[] {
  const was = new Set(stepsOffWithFlags(before))
  return stepsOffWithFlags(after).filter((id) => !was.has(id))
}
