// Tonight: the Now card first (what to do now, next, bed), then progress and pause, the steps in time order
// with finished ones folded, then the bedtime. Redrawn on every pushed snapshot.
import { useCallback, useEffect, useRef, useState } from 'react'
import { shiftHHMM } from '../../shared/hhmm.ts'
import type { Snapshot, SnapshotStep } from '../../shared/snapshot.ts'
import { api } from '../api.ts'
import { BedtimeCard } from '../components/BedtimeCard.tsx'
import { Notices } from '../components/Notices.tsx'
import { NowCard } from '../components/NowCard.tsx'
import { PromptBanners } from '../components/PromptBanners.tsx'
import { type StepAction, StepItem } from '../components/StepItem.tsx'
import { navigate } from '../router.ts'
import { useSnapshot } from '../snapshot.tsx'
import { messageOf, strings } from '../strings.ts'
import { journalStrings } from '../strings-journal.ts'
import { markViewReady } from '../view-ready.ts'

const s = strings.checklist

/**
 * The checklist's one primary button: the Now card's (Done or Resume) when it has one, else the morning
 * check-in, else setting up. One stands out, so the eye lands on what to do now.
 */
export function primaryAction(snapshot: Snapshot): 'now' | 'check-in' | 'setup' | null {
  if (snapshot.focus.kind === 'step' || snapshot.focus.kind === 'paused') return 'now'
  if (snapshot.checkInDue) return 'check-in'
  if (!snapshot.firstRunDone) return 'setup'
  return null
}

export function Checklist() {
  const { snapshot, loadError, setSnapshot } = useSnapshot()
  const primary = snapshot ? primaryAction(snapshot) : null
  const [actionError, setActionError] = useState<string | null>(null)
  const [focusId, setFocusId] = useState<string | null>(null)
  // A ref, not state: a second key press while a call is in flight must be ignored at once.
  const busy = useRef(false)
  const clearFocus = useCallback(() => setFocusId(null), [])
  useEffect(() => {
    if (snapshot) markViewReady()
  }, [snapshot])

  async function run(call: () => Promise<Snapshot | null>, focusStep?: string) {
    if (busy.current) return
    busy.current = true
    try {
      const next = await call()
      if (next) setSnapshot(next)
      setActionError(null)
      if (focusStep) setFocusId(focusStep)
    } catch (error) {
      console.error(error)
      setActionError(strings.errors.actionFailed(messageOf(error)))
    } finally {
      busy.current = false
    }
  }

  function onStep(step: SnapshotStep, action: StepAction) {
    if (action === 'snooze') return run(() => api.snoozeStep({ stepId: step.id }))
    return run(() => api.setStepStatus({ stepId: step.id, status: action }), step.id)
  }

  function onBedtime(delta: number | null) {
    if (!snapshot) return
    const { clock, usual } = snapshot.bedtime
    const next = delta === null ? null : shiftHHMM(clock, delta)
    // Landing on the usual time is the same as going back to it: no override left behind.
    return run(() => api.setTonightBedtime({ bedtime: next === usual ? null : next }))
  }

  const open = (view: 'settings' | 'history' | 'health' | 'check-in') => run(() => api.openWindow({ view }))

  return (
    <main className="page checklist">
      <header className="page-header">
        <div>
          <h1>{snapshot?.closed ? s.headingClosed : s.heading}</h1>
          {snapshot && <p className="muted">{s.nightOf(snapshot.night)}</p>}
        </div>
        <nav className="button-row nav-small" aria-label={journalStrings.nav.label}>
          <button type="button" onClick={() => open('history')}>
            {journalStrings.nav.history}
          </button>
          <button type="button" onClick={() => open('health')}>
            {journalStrings.nav.health}
          </button>
          <button type="button" onClick={() => open('settings')}>
            {strings.nav.openSettings}
          </button>
        </nav>
      </header>

      {loadError && (
        <p role="alert" className="error-box">
          {loadError}
        </p>
      )}
      <div role="alert" className={actionError ? 'error-box' : undefined}>
        {actionError}
      </div>

      {!snapshot && !loadError && <p role="status">{strings.loading}</p>}

      {snapshot && (
        <NowCard
          snapshot={snapshot}
          // Focus stays in the Now card, which moves on to the next step; the list's focus rule is for the list.
          onStep={(step, action) =>
            action === 'snooze'
              ? run(() => api.snoozeStep({ stepId: step.id }))
              : run(() => api.setStepStatus({ stepId: step.id, status: action }))
          }
          onResume={() => run(() => api.setPaused({ paused: false }))}
        />
      )}

      {snapshot && (
        <>
          <Notices notices={snapshot.notices} />
          {snapshot.checkInDue && (
            <section className="card check-in-banner" aria-labelledby="check-in-text">
              <p id="check-in-text">{journalStrings.checkInBanner.text}</p>
              <button
                type="button"
                className={primary === 'check-in' ? 'primary' : undefined}
                onClick={() => open('check-in')}
              >
                {journalStrings.checkInBanner.open}
              </button>
            </section>
          )}
          <PromptBanners prompts={snapshot.prompts} />
          {!snapshot.firstRunDone && (
            <div className="card">
              <p>{s.setupNeeded}</p>
              <button
                type="button"
                className={primary === 'setup' ? 'primary' : undefined}
                onClick={() => navigate('first-run')}
              >
                {s.startSetup}
              </button>
            </div>
          )}

          {/* Once the evening is over the Now card says how it went; a second progress card would repeat it. */}
          {!snapshot.closed && (
            <section className="card" aria-labelledby="progress-heading">
              <h2 id="progress-heading" className="sr-only">
                {s.progressLabel}
              </h2>
              <p id="progress-text" className="progress-text">
                {s.progress(snapshot.progress.done, snapshot.progress.total)}
              </p>
              <progress
                aria-labelledby="progress-text"
                max={Math.max(snapshot.progress.total, 1)}
                value={snapshot.progress.done}
              />
              {!snapshot.notificationsEnabled && <p className="muted">{s.notificationsOff}</p>}
              {snapshot.paused && !snapshot.closed && <p className="paused">{s.paused}</p>}
              {/* An evening that is over has nothing to pause; the Now card offers Resume while paused. */}
              {!snapshot.closed && !snapshot.paused && (
                <button type="button" onClick={() => run(() => api.setPaused({ paused: true }))}>
                  {s.pause}
                </button>
              )}
            </section>
          )}

          <section aria-labelledby="steps-heading">
            <h2 id="steps-heading">{s.stepsHeading}</h2>
            {snapshot.steps.length === 0 ? (
              <p>{s.noSteps}</p>
            ) : (
              <ol className="steps" aria-label={s.stepsLabel}>
                {snapshot.steps.map((step) => (
                  <StepItem
                    key={step.id}
                    step={step}
                    wantsFocus={focusId === step.id}
                    onFocused={clearFocus}
                    onAction={onStep}
                  />
                ))}
              </ol>
            )}
          </section>

          {!snapshot.closed && <BedtimeCard bedtime={snapshot.bedtime} onAdjust={onBedtime} />}
        </>
      )}
    </main>
  )
}
