// An in-memory EventideStore for tests. Like the file-backed store it validates every write and copies
// on every read, so code that writes a bad record or mutates what it read without saving it shows up.
import type { EventideStore } from '../../electron/services.ts'
import { parseOrThrow } from '../../shared/errors.ts'
import { nightEntries } from '../../shared/history-view.ts'
import { emptyJournal, type Journal, parseJournal } from '../../shared/journal.ts'
import {
  emptyNightRecord,
  type NightRecord,
  nightKeySchema,
  nightRecordSchema,
} from '../../shared/records.ts'
import { defaultSettings, parseSettings, type Settings } from '../../shared/settings.ts'
import { bestStreak, currentStreak } from '../../shared/streaks.ts'

export interface MemoryStore extends EventideStore {
  /** Every night written, in order, for asserting what was persisted when. */
  readonly nightWrites: { night: string; record: NightRecord }[]
  /** Every journal written, in order. */
  readonly journalWrites: Journal[]
}

function checkNight(night: string, record: NightRecord): NightRecord {
  parseOrThrow(nightKeySchema, night, 'night')
  return parseOrThrow(nightRecordSchema, structuredClone(record), night)
}

export function createMemoryStore(
  initial: {
    settings?: Settings
    nights?: Record<string, NightRecord>
    journal?: Journal
    notices?: string[]
  } = {},
): MemoryStore {
  let settings = parseSettings(structuredClone(initial.settings ?? defaultSettings()))
  const nights = new Map<string, NightRecord>()
  for (const [night, record] of Object.entries(initial.nights ?? {}))
    nights.set(night, checkNight(night, record))
  let notices = [...(initial.notices ?? [])]
  let journal = parseJournal(structuredClone(initial.journal ?? emptyJournal()), 'journal')
  const nightWrites: { night: string; record: NightRecord }[] = []
  const journalWrites: Journal[] = []
  return {
    directory: '/memory',
    nightWrites,
    journalWrites,
    getSettings: () => structuredClone(settings),
    setSettings(next) {
      settings = parseSettings(structuredClone(next))
    },
    getNight: (night) => structuredClone(nights.get(night) ?? emptyNightRecord()),
    setNight(night, record) {
      const valid = checkNight(night, record)
      nights.set(night, valid)
      nightWrites.push({ night, record: structuredClone(valid) })
    },
    setNights(records) {
      // Every night is checked before any is stored, so one bad night changes nothing.
      const valid = Object.entries(records).map(
        ([night, record]) => [night, checkNight(night, record)] as const,
      )
      for (const [night, record] of valid) {
        nights.set(night, record)
        nightWrites.push({ night, record: structuredClone(record) })
      }
    },
    allNights: () => structuredClone(Object.fromEntries(nights)),
    getJournal: () => structuredClone(journal),
    setJournal(next) {
      journal = parseJournal(structuredClone(next), 'journal')
      journalWrites.push(structuredClone(journal))
    },
    replaceAll(data) {
      const nextSettings = parseSettings(structuredClone(data.settings))
      const nextNights = Object.entries(data.nights).map(([n, r]) => [n, checkNight(n, r)] as const)
      const nextJournal = parseJournal(structuredClone(data.journal), 'journal')
      settings = nextSettings
      nights.clear()
      for (const [night, record] of nextNights) nights.set(night, record)
      journal = nextJournal
      journalWrites.push(structuredClone(journal))
    },
    // The read-only views are copies here too, so a caller that mutates one shows up as a bug in a test.
    readNight: (night) => structuredClone(nights.get(night)),
    nightsBetween: (from, to) =>
      structuredClone(Object.fromEntries([...nights].filter(([n]) => n >= from && n <= to))),
    journalFrom: () => structuredClone(journal),
    recentJournal: () => structuredClone(journal),
    checkInsBetween: (from, to) =>
      structuredClone(
        Object.fromEntries(Object.entries(journal.checkIns).filter(([n]) => n >= from && n <= to)),
      ),
    setCheckIn(night, checkIn) {
      parseOrThrow(nightKeySchema, night, 'night')
      journal = parseJournal(
        { ...structuredClone(journal), checkIns: { ...journal.checkIns, [night]: checkIn } },
        'journal',
      )
      journalWrites.push(structuredClone(journal))
    },
    setJournalCore(core) {
      journal = parseJournal(
        { ...structuredClone(core), checkIns: structuredClone(journal.checkIns) },
        'journal',
      )
      journalWrites.push(structuredClone(journal))
    },
    streaks(asOf) {
      const entries = nightEntries(Object.fromEntries(nights), journal.checkIns, settings)
      return {
        current: currentStreak(entries, asOf, journal.travelNights),
        best: bestStreak(entries, journal.travelNights),
      }
    },
    loadedYears: () => ({ nights: [], checkIns: [] }),
    flush: () => [],
    protection: 'plain',
    takeNotices() {
      const out = notices
      notices = []
      return out
    },
  }
}
