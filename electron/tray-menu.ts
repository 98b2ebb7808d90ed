// The tray menu as plain data, built from a snapshot; tray.ts turns it into a native menu.
import { HHMM_PATTERN, parseHHMM, shiftHHMM } from '../shared/hhmm.ts'
import { missedReminders } from '../shared/missed-reminders.ts'
import type { Snapshot } from '../shared/snapshot.ts'

export type TrayAction =
  | { kind: 'open-checklist' }
  | { kind: 'set-bedtime'; bedtime: string | null }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'open-settings' }
  | { kind: 'open-view'; view: 'check-in' | 'history' }
  | { kind: 'quit' }

/** Shaped like Electron's MenuItemConstructorOptions, plus the action a click performs. */
export interface TrayItem {
  id: string
  type?: 'normal' | 'separator' | 'submenu'
  label?: string
  enabled?: boolean
  submenu?: TrayItem[]
  action?: TrayAction
}

/** The HH:MM of an ISO local date-time such as 2026-11-24T21:50:00+01:00: already in the night's zone. */
export function clockOf(iso: string): string {
  const clock = iso.slice(11, 16)
  return HHMM_PATTERN.test(clock) ? clock : iso
}

export function headline(snapshot: Snapshot): string {
  if (snapshot.paused) return 'Paused tonight'
  if (snapshot.next) return `Next: ${snapshot.next.title} at ${clockOf(snapshot.next.at)}`
  return 'Nothing else tonight'
}

export function progressLabel(snapshot: Snapshot): string {
  const { done, total } = snapshot.progress
  return total === 0 ? 'No steps switched on' : `Tonight: ${done} of ${total} done`
}

export function trayTooltip(snapshot: Snapshot): string {
  if (snapshot.paused) return 'Eventide — paused tonight'
  if (snapshot.next) return `Eventide — next: ${snapshot.next.title} at ${clockOf(snapshot.next.at)}`
  return 'Eventide — nothing else tonight'
}

// Bedtime must stay within its night (12:00 to 11:59 the next morning) or it would jump a day.
function minutesIntoNight(hhmm: string): number {
  return (parseHHMM(hhmm) + 12 * 60) % (24 * 60)
}

function bedtimeItem(id: string, label: string, from: string, delta: number): TrayItem {
  const target = shiftHHMM(from, delta)
  const inNight = minutesIntoNight(from) + delta
  return {
    id,
    label: `${label} (${target})`,
    enabled: inNight >= 0 && inNight < 24 * 60,
    action: { kind: 'set-bedtime', bedtime: target },
  }
}

function bedtimeMenu(snapshot: Snapshot): TrayItem {
  const { clock, usual, tonightOnly } = snapshot.bedtime
  return {
    id: 'bedtime',
    type: 'submenu',
    label: tonightOnly ? `Bedtime tonight: ${clock} (usual ${usual})` : `Bedtime tonight: ${clock}`,
    submenu: [
      bedtimeItem('bedtime-earlier-30', 'Earlier 30 min', clock, -30),
      bedtimeItem('bedtime-later-30', 'Later 30 min', clock, 30),
      bedtimeItem('bedtime-later-60', 'Later 60 min', clock, 60),
      {
        id: 'bedtime-usual',
        label: `Back to usual (${usual})`,
        enabled: tonightOnly,
        action: { kind: 'set-bedtime', bedtime: null },
      },
    ],
  }
}

const separator = (id: string): TrayItem => ({ id, type: 'separator' })

/** "Missed reminders (n)" with one line per step, each opening the checklist; nothing when none. */
export function missedRemindersItems(snapshot: Snapshot): TrayItem[] {
  const missed = missedReminders(snapshot)
  if (missed.length === 0) return []
  return [
    {
      id: 'missed-reminders',
      type: 'submenu',
      label: `Missed reminders (${missed.length})`,
      submenu: missed.map((step) => ({
        id: `missed-${step.id}`,
        label: `${clockOf(step.at)} ${step.title}${step.state === 'missed' ? ' (missed)' : ''}`,
        action: { kind: 'open-checklist' },
      })),
    },
  ]
}

export function trayTemplate(snapshot: Snapshot): TrayItem[] {
  return [
    { id: 'headline', label: headline(snapshot), enabled: false },
    { id: 'progress', label: progressLabel(snapshot), enabled: false },
    ...missedRemindersItems(snapshot),
    separator('sep-status'),
    { id: 'open-checklist', label: 'Open checklist', action: { kind: 'open-checklist' } },
    {
      id: 'check-in',
      label: snapshot.checkInDue ? 'Morning check-in… (waiting)' : 'Morning check-in…',
      action: { kind: 'open-view', view: 'check-in' },
    },
    { id: 'history', label: 'History', action: { kind: 'open-view', view: 'history' } },
    bedtimeMenu(snapshot),
    snapshot.paused
      ? { id: 'resume', label: 'Resume reminders tonight', action: { kind: 'resume' } }
      : { id: 'pause', label: 'Pause tonight', action: { kind: 'pause' } },
    separator('sep-app'),
    { id: 'settings', label: 'Settings…', action: { kind: 'open-settings' } },
    { id: 'quit', label: 'Quit Eventide', action: { kind: 'quit' } },
  ]
}

/** Identical for identical menus, so the tray rebuilds only when something a person sees changed. */
export function traySignature(template: readonly TrayItem[], tooltip = ''): string {
  return JSON.stringify([template, tooltip])
}
