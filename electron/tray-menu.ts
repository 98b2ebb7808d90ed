// The tray menu as plain data, built from a snapshot; tray.ts turns it into a native menu.
import { clockOf, parseHHMM, shiftHHMM } from '../shared/hhmm.ts'
import { t } from '../shared/i18n/index.ts'
import { missedReminders } from '../shared/missed-reminders.ts'
import { nowText, nowWords } from '../shared/now-text.ts'
import type { Snapshot } from '../shared/snapshot.ts'

export type TrayAction =
  | { kind: 'open-checklist' }
  | { kind: 'set-bedtime'; bedtime: string | null }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'step'; stepId: string; status: 'done' | 'snooze' }
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

/** The Now card's first line (shared/now-text.ts): the tray and the checklist say the same thing. */
export function headline(snapshot: Snapshot): string {
  return nowText(snapshot).headline
}

export function progressLabel(snapshot: Snapshot): string {
  const { done, total } = snapshot.progress
  if (total === 0) return t('tray.noSteps')
  return snapshot.closed ? t('tray.eveningOver', { done, total }) : t('tray.tonightProgress', { done, total })
}

export function trayTooltip(snapshot: Snapshot): string {
  return nowWords.tooltip(headline(snapshot))
}

/** Each step due now (or a rule just in effect) with its Done and, where it fits, Snooze. */
function stepItems(snapshot: Snapshot): TrayItem[] {
  if (snapshot.closed || snapshot.paused) return []
  return snapshot.steps
    .filter((step) => step.state === 'due' || step.state === 'in-effect')
    .flatMap((step): TrayItem[] => {
      const items: TrayItem[] = [
        {
          id: `step-${step.id}-done`,
          label:
            step.kind === 'rule'
              ? t('tray.gotIt', { title: step.title })
              : t('tray.done', { title: step.title }),
          action: { kind: 'step', stepId: step.id, status: 'done' },
        },
      ]
      if (step.canSnooze) {
        items.push({
          id: `step-${step.id}-snooze`,
          label: t('tray.snooze', { title: step.title }),
          action: { kind: 'step', stepId: step.id, status: 'snooze' },
        })
      }
      return items
    })
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
    label: t('tray.shifted', { label, target }),
    enabled: inNight >= 0 && inNight < 24 * 60,
    action: { kind: 'set-bedtime', bedtime: target },
  }
}

function bedtimeMenu(snapshot: Snapshot): TrayItem {
  const { clock, usual, tonightOnly } = snapshot.bedtime
  return {
    id: 'bedtime',
    type: 'submenu',
    label: tonightOnly
      ? t('tray.bedtimeTonightUsual', { clock, usual })
      : t('tray.bedtimeTonight', { clock }),
    submenu: [
      bedtimeItem('bedtime-earlier-30', t('tray.earlier30'), clock, -30),
      bedtimeItem('bedtime-later-30', t('tray.later30'), clock, 30),
      bedtimeItem('bedtime-later-60', t('tray.later60'), clock, 60),
      {
        id: 'bedtime-usual',
        label: t('tray.backToUsual', { usual }),
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
      label: t('tray.missedHeading', { count: missed.length }),
      submenu: missed.map((step) => ({
        id: `missed-${step.id}`,
        label: t(step.state === 'missed' ? 'tray.missedItemMissed' : 'tray.missedItem', {
          time: clockOf(step.at),
          title: step.title,
        }),
        action: { kind: 'open-checklist' },
      })),
    },
  ]
}

export function trayTemplate(snapshot: Snapshot): TrayItem[] {
  const steps = stepItems(snapshot)
  // An evening that is over has nothing left to pause or move; a paused one can always resume.
  const evening: TrayItem[] = snapshot.paused
    ? [{ id: 'resume', label: t('tray.resume'), action: { kind: 'resume' } }]
    : snapshot.closed
      ? []
      : [bedtimeMenu(snapshot), { id: 'pause', label: t('tray.pause'), action: { kind: 'pause' } }]
  return [
    { id: 'headline', label: headline(snapshot), enabled: false },
    { id: 'progress', label: progressLabel(snapshot), enabled: false },
    ...missedRemindersItems(snapshot),
    ...(steps.length > 0 ? [separator('sep-steps'), ...steps] : []),
    separator('sep-status'),
    { id: 'open-checklist', label: t('tray.openChecklist'), action: { kind: 'open-checklist' } },
    {
      id: 'check-in',
      label: snapshot.checkInDue ? t('tray.checkInWaiting') : t('tray.checkIn'),
      action: { kind: 'open-view', view: 'check-in' },
    },
    { id: 'history', label: t('tray.history'), action: { kind: 'open-view', view: 'history' } },
    ...evening,
    separator('sep-app'),
    { id: 'settings', label: t('tray.settings'), action: { kind: 'open-settings' } },
    { id: 'quit', label: t('tray.quit'), action: { kind: 'quit' } },
  ]
}

/** Identical for identical menus, so the tray rebuilds only when something a person sees changed. */
export function traySignature(template: readonly TrayItem[], tooltip = ''): string {
  return JSON.stringify([template, tooltip])
}
