// Tonight's snapshot for the whole window: loaded once, then replaced by every push from main. The window's
// entry (main.tsx) opens the source before the first render; a provider given none opens its own.
import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react'
import type { Snapshot } from '../shared/snapshot.ts'
import { openSnapshotSource, type SnapshotSource, type SnapshotState } from './snapshot-source.ts'

interface SnapshotContextValue extends SnapshotState {
  setSnapshot: (snapshot: Snapshot) => void
}

const SnapshotContext = createContext<SnapshotContextValue | null>(null)

const EMPTY: SnapshotState = { snapshot: null, loadError: null }
const noSubscription = () => () => {}
const readEmpty = () => EMPTY
const dropped = () => {}

export function SnapshotProvider({ children, source }: { children: ReactNode; source?: SnapshotSource }) {
  const [own, setOwn] = useState<SnapshotSource | null>(null)
  useEffect(() => {
    // A source from the caller lives as long as the window; one of our own, as long as this provider.
    if (source) return
    const opened = openSnapshotSource()
    setOwn(opened)
    return () => opened.close()
  }, [source])
  const current = source ?? own
  const state = useSyncExternalStore(current?.subscribe ?? noSubscription, current?.read ?? readEmpty)
  return (
    <SnapshotContext.Provider value={{ ...state, setSnapshot: current?.set ?? dropped }}>
      {children}
    </SnapshotContext.Provider>
  )
}

export function useSnapshot(): SnapshotContextValue {
  const state = useContext(SnapshotContext)
  if (!state) throw new Error('useSnapshot needs a SnapshotProvider')
  return state
}
