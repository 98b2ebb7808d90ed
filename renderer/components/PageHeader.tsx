// A window's heading with its way back: the same header on every page that leads somewhere else.
import { useState } from 'react'
import { api } from '../api.ts'
import { navigate, type Route } from '../router.ts'
import { messageOf, strings } from '../strings.ts'

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
      {back === 'checklist' ? (
        <BackToTonight label={backLabel} />
      ) : (
        <button type="button" onClick={() => navigate(back)}>
          {backLabel}
        </button>
      )}
    </header>
  )
}

/**
 * "Back to tonight" brings the checklist window forward (main opens it if it is closed) and leaves this
 * window on its own view, so Settings stays Settings and the tray's Settings… still finds it.
 */
export function BackToTonight({ label = strings.nav.backToTonight }: { label?: string }) {
  const [error, setError] = useState<string | null>(null)
  async function open() {
    try {
      await api.openWindow({ view: 'checklist' })
      setError(null)
    } catch (failure) {
      console.error(failure)
      setError(strings.errors.actionFailed(messageOf(failure)))
    }
  }
  return (
    <>
      <button type="button" onClick={open}>
        {label}
      </button>
      {/* Mounted only with a message, so the window's own alert region stays the only empty one. */}
      {error && (
        <p role="alert" className="error-box">
          {error}
        </p>
      )}
    </>
  )
}
