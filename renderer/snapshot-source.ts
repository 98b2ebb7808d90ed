// Tonight's snapshot for one window, kept outside React so a window can ask for it while its code is still
// loading (main.tsx) and show it in its first render. Subscribed to main's pushes before asking, so a push
// that lands while the first answer travels is never lost; a push is newer than that answer, so it wins.
import type { Snapshot } from '../shared/snapshot.ts'
import { api } from './api.ts'
import { messageOf, strings } from './strings.ts'

export interface SnapshotState {
  snapshot: Snapshot | null
  loadError: string | null
}

export interface SnapshotSource {
  /** The same object until something changes (React's useSyncExternalStore compares it). */
  read(): SnapshotState
  /** A snapshot an action returned: shown at once, like a push. */
  set(snapshot: Snapshot): void
  subscribe(listener: () => void): () => void
  /** Settles when the first answer, a push or a failure is in. */
  readonly settled: Promise<void>
  close(): void
}

export function openSnapshotSource(): SnapshotSource {
  let state: SnapshotState = { snapshot: null, loadError: null }
  const listeners = new Set<() => void>()
  let live = true
  let pushed = false
  let settle = () => {}
  const settled = new Promise<void>((resolve) => {
    settle = resolve
  })
  const update = (next: SnapshotState) => {
    state = next
    settle()
    for (const listener of listeners) listener()
  }
  const failed = (error: unknown) => {
    console.error(error)
    if (live) update({ snapshot: state.snapshot, loadError: strings.errors.loadFailed(messageOf(error)) })
  }
  const source: SnapshotSource = {
    read: () => state,
    set: (snapshot) => update({ snapshot, loadError: null }),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    settled,
    close() {
      live = false
      off()
      listeners.clear()
    },
  }
  let off = () => {}
  try {
    off = api.onState((next) => {
      pushed = true
      if (live) update({ snapshot: next, loadError: null })
    })
  } catch (error) {
    // Without pushes the window would go stale: say so rather than show a snapshot that never changes.
    failed(error)
    return source
  }
  api.getState().then((first) => {
    if (live && !pushed) update({ snapshot: first, loadError: null })
  }, failed)
  return source
}
