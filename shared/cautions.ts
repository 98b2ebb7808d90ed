// Cautions that follow the person's health notes (PROTOCOL.md, "Cautions that follow the person's
// situation"): short sentences shown with a step wherever the step is shown (checklist, notification,
// settings). Pure rules: a step id and the flags in, the sentences out.

export interface CautionFlags {
  pregnant: boolean
  kidneyDisease: boolean
  /** Neuropathy or diabetes: reduced feeling in the feet. */
  neuropathy?: boolean
}

export const CAUTIONS = {
  magnesiumKidney:
    'Kidney disease: check with your kidney team before taking magnesium. It can build up when the kidneys clear it poorly. The dose means elemental magnesium (the amount on the label’s nutrition panel).',
  magnesiumPregnancy:
    'Pregnancy: ask your midwife or doctor before taking magnesium or any other supplement.',
  bathPregnancy: 'Pregnancy: keep the bath warm, not hot. No soaks at 40 °C (104 °F) or above.',
  bathNeuropathy:
    'Reduced feeling in your feet: test the water with your hand or a thermometer before you get in, as hot water can scald without you feeling it.',
  socksNeuropathy:
    'Reduced feeling in your feet: warm with socks or wraps, not hot-water bottles or heated wraps left on the skin, which can burn without you feeling it.',
  compressionNeuropathy:
    'Compression socks are not for people with peripheral arterial disease (poor blood flow to the legs), which is more common with diabetes. Ask your doctor first.',
} as const

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
