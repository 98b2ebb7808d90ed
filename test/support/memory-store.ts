// An in-memory EventideStore for tests. Like the file-backed store it validates every write and copies
// on every read, so code that writes a bad record or mutates what it read without saving it shows up.
import type { EventideStore } from '../../electron/services.ts'
import { parseOrThrow } from '../../shared/errors.ts'
import {
  emptyNightRecord,
  type NightRecord,
  nightKeySchema,
  nightRecordSchema,
} from '../../shared/records.ts'
import { defaultSettings, parseSettings, type Settings } from '../../shared/settings.ts'

export interface MemoryStore extends EventideStore {
  /** Every night written, in order, for asserting what was persisted when. */
  readonly nightWrites: { night: string; record: NightRecord }[]
}

function checkNight(night: string, record: NightRecord): NightRecord {
  parseOrThrow(nightKeySchema, night, 'night')
  return parseOrThrow(nightRecordSchema, structuredClone(record), night)
}

export function createMemoryStore(
  initial: { settings?: Settings; nights?: Record<string, NightRecord>; notices?: string[] } = {},
): MemoryStore {
  let settings = parseSettings(structuredClone(initial.settings ?? defaultSettings()))
  const nights = new Map<string, NightRecord>()
  for (const [night, record] of Object.entries(initial.nights ?? {}))
    nights.set(night, checkNight(night, record))
  let notices = [...(initial.notices ?? [])]
  const nightWrites: { night: string; record: NightRecord }[] = []
  return {
    directory: '/memory',
    nightWrites,
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
    takeNotices() {
      const out = notices
      notices = []
      return out
    },
  }
}
