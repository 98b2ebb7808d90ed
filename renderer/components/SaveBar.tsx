// The end of a form: what went wrong (each field's problem), the submit button, and the status line.
import type { Action } from '../use-action.ts'
import { FailureAlert } from './FailureAlert.tsx'

export function SaveBar({ action, label, listLabel }: { action: Action; label: string; listLabel?: string }) {
  return (
    <>
      <FailureAlert failure={action.failure} listLabel={listLabel} />
      <button type="submit" className="primary">
        {label}
      </button>
      <p role="status" className="status">
        {action.status}
      </p>
    </>
  )
}
