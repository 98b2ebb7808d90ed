// A small in-test main process behind window.eventide: real planning and snapshots from shared/, in memory.
import { vi } from 'vitest'
import { formatIssues, type Problem, problemText } from '../../shared/errors.ts'
import type { AppInfo, Envelope, EventideBridge } from '../../shared/ipc.ts'
import { formatMs, instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings, settingsSchema } from '../../shared/settings.ts'
import { buildSnapshot, type Snapshot } from '../../shared/snapshot.ts'
import { planNight } from '../../shared/timeline.ts'
import { createJournal } from './fake-journal.ts'

export const NIGHT = '2026-11-24'
export const ZONE = 'Europe/Berlin'
export const NOW = '2026-11-24T21:35:00+01:00'

export const APP_INFO: AppInfo = {
  name: 'Eventide',
  version: '0.1.0',
  logPath: '/home/test/.config/Eventide/logs/main.log',
  dataPath: '/home/test/.config/Eventide',
  platform: 'linux',
  storageProtection: 'plain',
}

const ok = <T>(value: T): Envelope<T> => ({ ok: true, value })

export function installFakeMain(init: { settings?: Partial<Settings>; record?: Partial<NightRecord> } = {}) {
  const listeners = new Set<(s: Snapshot) => void>()
  let rejection: Problem[] | null = null
  // Reads main.settings when asked, so a saved health flag shows up in the next prompts.
  const journal = createJournal(() => main.settings)
  const main = {
    settings: { ...defaultSettings(), firstRunDone: true, ...init.settings },
    record: { ...emptyNightRecord(), ...init.record },
    now: NOW,
    notices: [] as string[],
    journal,
    snapshot(): Snapshot {
      const override = main.record.bedtimeOverride
      const plan = planNight(main.settings, NIGHT, ZONE, override ? { bedtime: override } : undefined)
      const snapshot = buildSnapshot(
        plan,
        main.record,
        main.settings,
        instantMs(main.now),
        main.now,
        main.notices,
      )
      return { ...snapshot, prompts: main.journal.prompts(), checkInDue: main.journal.checkInDue }
    },
    /** Sends the current snapshot to every window listening, as main does after a change. */
    push() {
      const snapshot = main.snapshot()
      for (const listener of listeners) listener(snapshot)
    },
    /** The next updateSettings answers with these contract problems instead of saving. */
    rejectNextUpdate(problems: Problem[]) {
      rejection = problems
    },
  }

  const bridge = {
    getState: vi.fn(async () => ok(main.snapshot())),
    setStepStatus: vi.fn(
      async ({ stepId, status }: { stepId: string; status: 'done' | 'skipped' | 'pending' }) => {
        if (status === 'pending') delete main.record.steps[stepId]
        else main.record.steps[stepId] = { status, at: main.now }
        return ok(main.snapshot())
      },
    ),
    snoozeStep: vi.fn(async ({ stepId }: { stepId: string }) => {
      const until = instantMs(main.now) + main.settings.notifications.snoozeMinutes * 60_000
      main.record.snoozed[stepId] = formatMs(until, ZONE)
      return ok(main.snapshot())
    }),
    setTonightBedtime: vi.fn(async ({ bedtime }: { bedtime: string | null }) => {
      if (bedtime === null) delete main.record.bedtimeOverride
      else main.record.bedtimeOverride = bedtime
      return ok(main.snapshot())
    }),
    setPaused: vi.fn(async ({ paused }: { paused: boolean }) => {
      main.record.paused = paused
      return ok(main.snapshot())
    }),
    getSettings: vi.fn(async () => ok(structuredClone(main.settings))),
    updateSettings: vi.fn(async (payload: unknown): Promise<Envelope<Settings>> => {
      if (rejection) {
        const problems = rejection
        rejection = null
        return { ok: false, error: 'The settings were not accepted', problems }
      }
      const parsed = settingsSchema.safeParse(payload)
      if (!parsed.success) {
        const problems = formatIssues(parsed.error)
        return { ok: false, error: problems.map(problemText).join('; '), problems }
      }
      main.settings = parsed.data
      return ok(structuredClone(main.settings))
    }),
    getAppInfo: vi.fn(async () => ok(APP_INFO)),
    openWindow: vi.fn(async () => ok(null)),
    ...main.journal.handlers,
    onState: vi.fn((listener: (s: Snapshot) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }),
  }
  window.eventide = bridge as unknown as EventideBridge
  return Object.assign(main, { bridge })
}

export type FakeMain = ReturnType<typeof installFakeMain>
