// Labs and medicines: a badge for doctor prompts (their banners live in the checklist), lab results with their trends and recheck reminder, and the list of
// medicines and supplements checked against the watch list.
import { PageHeader } from '../components/PageHeader.tsx'
import '../journal.css'
import { LAB_INFO } from '../../shared/labs.ts'
import type { HealthView } from '../../shared/view-models.ts'
import { api } from '../api.ts'
import { DoctorBadge } from '../components/DoctorBadge.tsx'
import { FailureAlert } from '../components/FailureAlert.tsx'
import { LoadStatus } from '../components/LoadStatus.tsx'
import { LabsSection } from '../health/LabsSection.tsx'
import { MedicinesSection } from '../health/MedicinesSection.tsx'
import { strings } from '../strings.ts'
import { diaryStrings } from '../strings-diary.ts'
import { healthStrings } from '../strings-health.ts'
import { journalStrings } from '../strings-journal.ts'
import { useAction } from '../use-action.ts'
import { useLoad } from '../use-load.ts'

const s = healthStrings

export function Health() {
  const loaded = useLoad(() => api.getHealth(), 'health', s.loadFailed)
  const action = useAction()
  const view = loaded.value

  /** Sends one change; true when main accepted it and the view was replaced with its answer. */
  const change = (call: () => Promise<HealthView>, done: string): Promise<boolean> =>
    action.run(async () => loaded.setValue(await call()), { done, failed: strings.errors.actionFailed })

  return (
    <main className="page health">
      <PageHeader heading={s.heading} back="history" backLabel={journalStrings.nav.history} />
      <LoadStatus error={loaded.error} loading={!view} />
      <FailureAlert failure={action.failure} />
      <p role="status" className="status">
        {action.status}
      </p>
      {view && (
        <>
          <DoctorBadge prompts={view.prompts} />
          <LabsSection
            view={view}
            onAdd={(entry) => change(() => api.addLab(entry), s.labs.added(LAB_INFO[entry.kind].label))}
            onRemove={(id, label) =>
              change(() => api.removeLab({ id }), s.labs.removed(label)).then(focusHeading('labs-heading'))
            }
          />
          <MedicinesSection
            view={view}
            onAdd={(medicine) => change(() => api.addMedicine(medicine), s.medicines.added(medicine.name))}
            onRemove={(id, name) =>
              change(() => api.removeMedicine({ id }), s.medicines.removed(name)).then(
                focusHeading('medicines-heading'),
              )
            }
            onUpdateTreatment={(id, rls) =>
              change(
                () => api.updateTreatment({ id, rls }),
                diaryStrings.treatment.saved(view.medicines.find((m) => m.entry.id === id)?.entry.name ?? ''),
              )
            }
          />
        </>
      )}
    </main>
  )
}

/** A removed entry's button is gone; keep keyboard focus in its section rather than at the top of the page. */
const focusHeading = (id: string) => (removed: boolean) => {
  if (removed) document.getElementById(id)?.focus()
}
