// The four health notes as tick boxes, the same in first run and settings; each page decides what a tick does.
import { Check } from '../components/Field.tsx'
import { journalStrings } from '../strings-journal.ts'

const s = journalStrings.settings

export interface HealthNotes {
  pregnant: boolean
  kidneyDisease: boolean
  malabsorption: boolean
  neuropathy: boolean
}

export function HealthNoteChecks({
  notes,
  onChange,
}: {
  notes: HealthNotes
  onChange: (patch: Partial<HealthNotes>) => void
}) {
  return (
    <>
      <Check label={s.pregnant} checked={notes.pregnant} onChange={(pregnant) => onChange({ pregnant })} />
      <Check
        label={s.kidneyDisease}
        hint={s.kidneyHint}
        checked={notes.kidneyDisease}
        onChange={(kidneyDisease) => onChange({ kidneyDisease })}
      />
      <Check
        label={s.malabsorption}
        checked={notes.malabsorption}
        onChange={(malabsorption) => onChange({ malabsorption })}
      />
      <Check
        label={s.neuropathy}
        checked={notes.neuropathy}
        onChange={(neuropathy) => onChange({ neuropathy })}
      />
    </>
  )
}
