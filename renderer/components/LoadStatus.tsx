// What a view shows while its data is on the way, or why it could not come.
import { strings } from '../strings.ts'

export function LoadStatus({ error, loading }: { error: string | null | undefined; loading: boolean }) {
  if (error) {
    return (
      <p role="alert" className="error-box">
        {error}
      </p>
    )
  }
  return loading ? <p role="status">{strings.loading}</p> : null
}
