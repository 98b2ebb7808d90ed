// The live region where an action's failure is announced: the message, then each field's problem.
import { type Problem, problemText } from '../../shared/errors.ts'
import { ApiError } from '../api.ts'

export interface Failure {
  message: string
  problems: readonly Problem[]
}

/** What a failed call shows: the given sentence, plus each field's problem when main refused the input. */
export function failureOf(message: string, error: unknown): Failure {
  return { message, problems: error instanceof ApiError ? error.problems : [] }
}

export function FailureAlert({ failure, listLabel }: { failure: Failure | null; listLabel?: string }) {
  return (
    <div role="alert" className={failure ? 'error-box' : undefined}>
      {failure && (
        <>
          <p>{failure.message}</p>
          {failure.problems.length > 0 && (
            <ul aria-label={listLabel}>
              {failure.problems.map((problem) => (
                <li key={`${problem.path}\u0000${problem.message}`}>{problemText(problem)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
