// One change sent to main at a time, with what a form shows about it: a status line and the failure alert.
import { useRef, useState } from 'react'
import { type Failure, failureOf } from './components/FailureAlert.tsx'
import { messageOf } from './strings.ts'

export interface ActionWords {
  /** Shown while the call runs ("Saving…"); left as it was when absent. */
  working?: string
  /** Shown when the call succeeded ("Saved."); left as the call set it when absent. */
  done?: string
  /** The sentence of a failure, given the reason. */
  failed: (reason: string) => string
}

export interface Action {
  status: string
  failure: Failure | null
  setStatus: (status: string) => void
  setFailure: (failure: Failure | null) => void
  /** Clears the status and the alert, as any edit does. */
  reset: () => void
  /**
   * Runs `call` unless another is still running; true when it succeeded. A failure is logged, shown with
   * each field's problem, and handed to `onFailed` (a form marks the fields it names).
   */
  run: (
    call: () => Promise<unknown>,
    words: ActionWords,
    onFailed?: (failure: Failure) => void,
  ) => Promise<boolean>
}

export function useAction(initialStatus = ''): Action {
  const [status, setStatus] = useState(initialStatus)
  const [failure, setFailure] = useState<Failure | null>(null)
  const busy = useRef(false)

  async function run(
    call: () => Promise<unknown>,
    words: ActionWords,
    onFailed?: (failure: Failure) => void,
  ) {
    if (busy.current) return false
    busy.current = true
    if (words.working !== undefined) setStatus(words.working)
    try {
      await call()
      setFailure(null)
      if (words.done !== undefined) setStatus(words.done)
      return true
    } catch (error) {
      console.error(error)
      const failed = failureOf(words.failed(messageOf(error)), error)
      setStatus('')
      setFailure(failed)
      onFailed?.(failed)
      return false
    } finally {
      busy.current = false
    }
  }

  function reset() {
    setFailure(null)
    setStatus('')
  }

  return { status, failure, setStatus, setFailure, reset, run }
}
