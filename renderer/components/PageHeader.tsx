// A window's heading with its way back: the same header on every page that leads somewhere else.
import { navigate, type Route } from '../router.ts'

interface Props {
  heading: string
  /** A line under the heading (which night); `null` while it is not known yet, absent when a page has none. */
  subtitle?: string | null
  back: Route
  backLabel: string
}

export function PageHeader({ heading, subtitle, back, backLabel }: Props) {
  const title = <h1>{heading}</h1>
  return (
    <header className="page-header">
      {subtitle === undefined ? (
        title
      ) : (
        <div>
          {title}
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
      )}
      <button type="button" onClick={() => navigate(back)}>
        {backLabel}
      </button>
    </header>
  )
}
