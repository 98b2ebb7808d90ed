// The evening's steps: edit each, add your own, or add one from the optional library.
import { useRef, useState } from 'react'
import { stepCautions } from '../../shared/cautions.ts'
import { CATALOGUE, LIBRARY_STEP_IDS } from '../../shared/protocol.ts'
import { newCustomStepId } from '../../shared/settings.ts'
import { strings } from '../strings.ts'
import { draftFlags, isCustom, type StepDraft, stepToDraft } from './draft.ts'
import { StepEditor } from './StepEditor.tsx'
import type { SectionProps } from './types.ts'

const s = strings.settings

export function StepsSection({ draft, errors, update }: SectionProps) {
  const [focusId, setFocusId] = useState<string | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const present = new Set(draft.steps.map((step) => step.id))
  const library = LIBRARY_STEP_IDS.filter((id) => !present.has(id))

  const setSteps = (change: (steps: StepDraft[]) => StepDraft[]) =>
    update((d) => ({ ...d, steps: change(d.steps) }))

  function addCustom() {
    const id = newCustomStepId(present)
    setFocusId(id)
    setSteps((steps) => [
      ...steps,
      {
        id,
        enabled: true,
        anchor: 'bedtime',
        before: '30',
        time: '21:00',
        untilTime: '',
        title: '',
        instruction: '',
      },
    ])
  }

  function addFromLibrary(id: string) {
    const entry = CATALOGUE[id]
    if (!entry) return
    setFocusId(id)
    setSteps((steps) => [...steps, stepToDraft({ ...entry.defaults, enabled: true })])
  }

  function remove(id: string) {
    setSteps((steps) => steps.filter((step) => step.id !== id))
    // The removed fieldset took focus with it; the add button is a steady place to land.
    addButton.current?.focus()
  }

  return (
    <section className="card" aria-labelledby="settings-steps">
      <h2 id="settings-steps">{s.stepsHeading}</h2>
      <p className="hint">{s.stepsIntro}</p>
      {draft.steps.map((step, index) => (
        <StepEditor
          key={step.id}
          step={step}
          index={index}
          errors={errors}
          autoFocus={focusId === step.id}
          removable={isCustom(step.id) || LIBRARY_STEP_IDS.includes(step.id)}
          onChange={(next) => setSteps((steps) => steps.map((x) => (x.id === step.id ? next : x)))}
          onRemove={() => remove(step.id)}
          cautions={stepCautions(step.id, draftFlags(draft))}
          bedtime={draft.bedtime}
        />
      ))}
      <button ref={addButton} type="button" onClick={addCustom}>
        {s.addCustom}
      </button>
      <fieldset>
        <legend>{s.libraryLegend}</legend>
        {library.length === 0 ? (
          <p className="hint">{s.libraryEmpty}</p>
        ) : (
          <ul className="library">
            {library.map((id) => {
              const entry = CATALOGUE[id]
              if (!entry) return null
              return (
                <li key={id}>
                  <button type="button" onClick={() => addFromLibrary(id)}>
                    {s.addFromLibrary(entry.title)}
                  </button>
                  <span className="hint">{entry.instruction}</span>
                </li>
              )
            })}
          </ul>
        )}
      </fieldset>
    </section>
  )
}
