// The interfaces main-process services are built from, so tests can drive them with real or fake parts.
import type { CheckIn } from '../shared/checkin.ts'
import type { View } from '../shared/ipc.ts'
import type { Journal } from '../shared/journal.ts'
import type { NightRecord } from '../shared/records.ts'
import type { Settings } from '../shared/settings.ts'
import type { Streak } from '../shared/streaks.ts'

/** The wall clock and the machine's time zone, read fresh on every call. */
export interface Clock {
  now(): number
  timeZone(): string
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
}

export interface Notification {
  title: string
  body: string
  /** Steps this notification is about; actions (Done, Snooze) apply to the first. */
  stepIds: string[]
  /** Offer Done / Snooze actions where the platform supports them. */
  actions: boolean
  sound: boolean
  /** The window a click opens (the checklist when absent). */
  view?: View
}

export type NotificationAction = { kind: 'done' | 'snooze'; stepId: string } | { kind: 'open'; view?: View }

export interface Notifier {
  /** Resolves once handed to the OS; rejects with the reason when sending failed. */
  notify(notification: Notification): Promise<void>
  /** Done / Snooze / click, where the platform reports them (not on Linux's notify-send). */
  onAction(listener: (action: NotificationAction) => void): () => void
  /** Closes the notification still shown for this step (ticked or snoozed elsewhere); nothing if none. */
  withdraw?(stepId: string): Promise<void>
  /** True while the desktop holds notifications back (Do Not Disturb); false where that cannot be known. */
  inhibited?(): boolean
  /** Told when Do Not Disturb starts or ends, so held reminders go out at once. */
  onInhibitedChange?(listener: (inhibited: boolean) => void): () => void
  /** Closes the connections it holds (the D-Bus session). */
  dispose?(): void
}

export interface EventideStore {
  getSettings(): Settings
  setSettings(settings: Settings): void
  getNight(night: string): NightRecord
  setNight(night: string, record: NightRecord): void
  /** Sets many nights in one write; all are validated first, and one bad night changes nothing. */
  setNights(records: Record<string, NightRecord>): void
  /** All nights, keyed by YYYY-MM-DD; for history and export. */
  allNights(): Record<string, NightRecord>
  /** Check-ins, labs, medicines, dismissed prompts, travel nights, asked-for mornings. */
  getJournal(): Journal
  /** Validates the whole journal first; a bad one throws a ValidationError naming the field and changes nothing. */
  setJournal(journal: Journal): void
  /** Tonight-sized reads below are not copies: callers only read them (no clone on hot paths). */
  readNight(night: string): NightRecord | undefined
  /** Nights from `from` to `to` inclusive, date keys compared as strings; reads older years on demand. */
  nightsBetween(from: string, to: string): Readonly<Record<string, NightRecord>>
  /** The journal with the check-ins from `from` on, and at least those of the years read at start. */
  journalFrom(from: string): Journal
  /** The journal with the check-ins of the recent years read at start (prompts, banners, health). */
  recentJournal(): Journal
  checkInsBetween(from: string, to: string): Readonly<Record<string, CheckIn>>
  /** Validates and saves one check-in (one year file written). */
  setCheckIn(night: string, checkIn: CheckIn): void
  /** Validates and saves everything in the journal but the check-ins (one small file written). */
  setJournalCore(core: Omit<Journal, 'checkIns'>): void
  /** Current (as of `asOf`) and best streaks from the per-night summary index, for today's settings. */
  streaks(asOf: string): { current: Streak; best: Streak }
  /** Which years of nights and check-ins have been read this session (tests, bench). */
  loadedYears(): { nights: number[]; checkIns: number[] }
  /**
   * Replaces settings, every night and the journal together (an import). All three are validated before
   * anything changes, so one bad record leaves the store exactly as it was; every file is written in one
   * commit, and a failed write throws with nothing changed, on disk or in memory.
   */
  replaceAll(data: { settings: Settings; nights: Record<string, NightRecord>; journal: Journal }): void
  /**
   * Writes every change a failed save left in memory (called at quit); returns a message per file that
   * still could not be saved, for the person.
   */
  flush(): string[]
  /** Whether files are encrypted at rest ('locked': encrypted files wait for the keychain). */
  readonly protection: 'encrypted' | 'plain' | 'locked'
  /** One-off messages for the user, e.g. where a damaged file was copied aside; read once. */
  takeNotices(): string[]
  /** Folder the store files live in. */
  readonly directory: string
}

export interface Logger {
  info(...args: unknown[]): void
  warn(...args: unknown[]): void
  error(...args: unknown[]): void
}
