// Tonight's snapshot for the whole window: loaded once, then replaced by every push from main.
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react'
import type { Snapshot } from '../shared/snapshot.ts'
import { api } from './api.ts'
import { messageOf, strings } from './strings.ts'

interface SnapshotState {
  snapshot: Snapshot | null
  loadError: string | null
  setSnapshot: (snapshot: Snapshot) => void
}

const SnapshotContext = createContext<SnapshotState | null>(null)

export function SnapshotProvider({ children }: { children: ReactNode }) {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    let live = true
    // A push is newer than the answer to our first request, so it wins if it arrives first.
    let pushed = false
    let off = () => {}
    try {
      off = api.onState((next) => {
        pushed = true
        setLoadError(null)
        setSnapshot(next)
      })
    } catch (error) {
      console.error(error)
      setLoadError(strings.errors.loadFailed(messageOf(error)))
      return
    }
    api.getState().then(
      (first) => {
        if (live && !pushed) setSnapshot(first)
      },
      (error: unknown) => {
        console.error(error)
        if (live) setLoadError(strings.errors.loadFailed(messageOf(error)))
      },
    )
    return () => {
      live = false
      off()
    }
  }, [])

  return (
    <SnapshotContext.Provider value={{ snapshot, loadError, setSnapshot }}>
      {children}
    </SnapshotContext.Provider>
  )
}

export function useSnapshot(): SnapshotState {
  const state = useContext(SnapshotContext)
  if (!state) throw new Error('useSnapshot needs a SnapshotProvider')
  return state
}
