// The journal file: validated on write, kept across restarts, and copied aside (never lost) when damaged.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createStore } from '../../electron/store.ts'
import { emptyJournal, type Journal } from '../../shared/journal.ts'
import { defaultSettings } from '../../shared/settings.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})
function open(dir?: string) {
  const directory = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'eventide-journal-'))
  if (!dir) dirs.push(directory)
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() }
  return { directory, store: createStore({ directory, logger, now: () => 1_764_000_000_000 }) }
}

const aJournal = (): Journal => ({
  ...emptyJournal(),
  labs: [{ id: 'lab-1', kind: 'ferritin', value: 48, date: '2026-11-01' }],
  travelNights: ['2026-11-10'],
})

describe('store: journal', () => {
  it('keeps the journal across a restart in a versioned journal-core.json (check-ins in year files)', () => {
    const { directory, store } = open()
    expect(store.getJournal()).toEqual(emptyJournal())
    store.setJournal(aJournal())
    const file = JSON.parse(fs.readFileSync(path.join(directory, 'journal-core.json'), 'utf8'))
    expect(file).toMatchObject({ schemaVersion: 1, journal: { travelNights: ['2026-11-10'] } })
    expect(open(directory).store.getJournal()).toEqual(aJournal())
  })

  it('refuses a bad journal, naming the field, and changes nothing', () => {
    const { store } = open()
    store.setJournal(aJournal())
    const bad = {
      ...aJournal(),
      labs: [{ id: 'lab-1', kind: 'ferritin', value: 'high', date: '2026-11-01' }],
    }
    expect(() => store.setJournal(bad as unknown as Journal)).toThrow(
      /^journal\.labs\[0\]\.value: expected a number/,
    )
    expect(store.getJournal()).toEqual(aJournal())
  })

  it('replaces everything together, or nothing when one part is bad', () => {
    const { store } = open()
    store.setJournal(aJournal())
    const good = { settings: { ...defaultSettings(), bedtime: '23:00' }, nights: {}, journal: emptyJournal() }
    expect(() =>
      store.replaceAll({ ...good, journal: { ...emptyJournal(), travelNights: ['2026-02-30'] } }),
    ).toThrow(/travelNights/)
    expect(store.getJournal()).toEqual(aJournal())
    expect(store.getSettings()).toEqual(defaultSettings())
    store.replaceAll(good)
    expect(store.getJournal()).toEqual(emptyJournal())
    expect(store.getSettings().bedtime).toBe('23:00')
  })

  it('copies a damaged journal aside and starts with an empty one, telling the person once', () => {
    const { directory } = open()
    fs.writeFileSync(path.join(directory, 'journal-core.json'), '{"schemaVersion": 1, "journal": {"labs": [')
    const { store } = open(directory)
    expect(store.getJournal()).toEqual(emptyJournal())
    const copies = fs.readdirSync(directory).filter((f) => f.startsWith('journal-core.corrupt-'))
    expect(copies).toHaveLength(1)
    expect(store.takeNotices().join(' ')).toMatch(/labs, medicines and travel nights file could not be used/)
  })

  it('keeps a journal from a newer Eventide byte for byte and starts with an empty one', () => {
    const { directory, store } = open()
    store.setJournal(aJournal())
    const file = path.join(directory, 'journal-core.json')
    const newer = fs.readFileSync(file, 'utf8').replace('"schemaVersion":1', '"schemaVersion":99')
    expect(newer).toContain('"schemaVersion":99')
    fs.writeFileSync(file, newer)

    const reopened = open(directory).store
    expect(reopened.getJournal()).toEqual(emptyJournal())
    const copies = fs.readdirSync(directory).filter((f) => f.startsWith('journal-core.corrupt-'))
    expect(copies).toHaveLength(1)
    expect(fs.readFileSync(path.join(directory, copies[0] ?? ''), 'utf8')).toBe(newer)
    expect(reopened.takeNotices()).toHaveLength(1)
  })
})
