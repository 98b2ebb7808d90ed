// Exposes window.eventide: one named method per contract channel plus a snapshot subscription, nothing generic.
// It imports channel names only (no zod): a sandboxed preload can require nothing but 'electron'.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron'
import type { EventideBridge } from '../shared/ipc.ts'
import { channelOf, METHODS, STATE_CHANNEL } from '../shared/ipc-channels.ts'
import type { Snapshot } from '../shared/snapshot.ts'

function buildBridge(): EventideBridge {
  const api: Record<string, unknown> = {}
  for (const method of METHODS) {
    const channel = channelOf(method)
    api[method] = (payload?: unknown) => ipcRenderer.invoke(channel, payload)
  }
  api.onState = (listener: (snapshot: Snapshot) => void) => {
    // Only the snapshot crosses over; the event (and its sender) stays on this side of the bridge.
    const wrapped = (_event: IpcRendererEvent, snapshot: Snapshot) => listener(snapshot)
    ipcRenderer.on(STATE_CHANNEL, wrapped)
    return () => {
      ipcRenderer.removeListener(STATE_CHANNEL, wrapped)
    }
  }
  return api as EventideBridge
}

contextBridge.exposeInMainWorld('eventide', buildBridge())
