// The live region where an action's failure is announced: the message, then each field's problem.
export interface Failure {
  message: string
  problems: string[]
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
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  )
}
