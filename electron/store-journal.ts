// The journal on disk: check-ins one file per year of their night (journal-2026.json, read lazily like the
// nights), everything else (labs, medicines, dismissed prompts, travel nights, asked mornings) in the small
// journal-core.json. A single journal.json from an earlier build is split at start, in one commit, and then
// kept aside as journal.json.migrated-<time>, never deleted.

import fs from 'node:fs'
import type { CheckIn } from '../shared/checkin.ts'
import { t } from '../shared/i18n/index.ts'
import type { Journal } from '../shared/journal.ts'
import { StoredDocument } from './store-document.ts'
import { commitFiles, type Staged } from './store-files.ts'
import {
  type CheckIns,
  JOURNAL_CORE_FORMAT,
  JOURNAL_FORMAT,
  JOURNAL_YEAR_FILE,
  type JournalCore,
  journalYearFormat,
} from './store-migrations.ts'
import { setAside } from './store-nights.ts'
import { describeFsError, documentPath, type LoadContext, loadDocument } from './store-recovery.ts'
import { type YearFiles, YearShards } from './store-years.ts'

const CHECK_IN_YEARS: YearFiles<CheckIn> = {
  pattern: JOURNAL_YEAR_FILE,
  format: journalYearFormat,
  get holds() {
    return t('main.holds.checkInYears')
  },
}

export function splitJournal(journal: Journal): { core: JournalCore; checkIns: CheckIns } {
  const { checkIns, ...core } = journal
  return { core, checkIns }
}

export class JournalShards {
  readonly #core: StoredDocument<JournalCore>
  readonly #checkIns: YearShards<CheckIn>
  readonly #context: LoadContext

  constructor(context: LoadContext, onCheckIn: (night: string, checkIn: CheckIn | undefined) => void) {
    this.#context = context
    const coreOnDisk = fs.existsSync(documentPath(context.directory, JOURNAL_CORE_FORMAT))
    this.#core = new StoredDocument(JOURNAL_CORE_FORMAT, context)
    this.#checkIns = new YearShards(CHECK_IN_YEARS, context, onCheckIn)
    this.#migrateLegacy(coreOnDisk)
  }

  /** The check-in year files themselves (for the saved history index). */
  get years(): YearShards<CheckIn> {
    return this.#checkIns
  }

  /** Labs, medicines, dismissed prompts, travel nights, asked mornings. Not a copy. */
  get core(): JournalCore {
    return this.#core.value
  }

  /** Where the check-ins read at start begin (YYYY-01-01). */
  get recentFrom(): string {
    return this.#checkIns.recentFrom
  }

  checkIn(night: string): CheckIn | undefined {
    return this.#checkIns.get(night)
  }

  checkInsBetween(from: string, to: string): CheckIns {
    return this.#checkIns.between(from, to)
  }

  /** Every check-in; reads every year not read yet. Not copies. */
  allCheckIns(): CheckIns {
    return this.#checkIns.all()
  }

  /** Every night with a check-in, across every year (read now if not yet). */
  nights(): Iterable<string> {
    return this.#checkIns.nights()
  }

  loadedYears(): number[] {
    return this.#checkIns.loadedYears()
  }

  /** Adds, replaces or (undefined) removes validated check-ins, one write per year touched. */
  setCheckIns(changes: Record<string, CheckIn | undefined>): boolean {
    return this.#checkIns.merge(changes)
  }

  setCore(core: JournalCore): boolean {
    return this.#core.replace(core)
  }

  stageReplaceAll(journal: Journal): {
    documents: StoredDocument<unknown>[]
    staged: Staged[]
    apply(): void
  } {
    const { core, checkIns } = splitJournal(journal)
    const years = this.#checkIns.stageReplaceAll(checkIns)
    return {
      documents: [this.#core as StoredDocument<unknown>, ...(years.documents as StoredDocument<unknown>[])],
      staged: [this.#core.stage(core), ...years.staged],
      apply: () => {
        this.#core.committed(core)
        years.apply()
      },
    }
  }

  documents(): StoredDocument<unknown>[] {
    return [
      this.#core as StoredDocument<unknown>,
      ...(this.#checkIns.documents() as StoredDocument<unknown>[]),
    ]
  }

  #migrateLegacy(coreOnDisk: boolean): void {
    const context = this.#context
    const { directory, logger, notify, now } = context
    const legacy = documentPath(directory, JOURNAL_FORMAT)
    // Stryker disable next-line ConditionalExpression: without the file loadDocument returns fromVersion null and the next line returns; this only skips the read
    if (!fs.existsSync(legacy)) return
    // A damaged or unreadable legacy file is handled like any store file: copied aside or left alone.
    const loaded = loadDocument(JOURNAL_FORMAT, context)
    if (loaded.fromVersion === null) return
    const { core, checkIns } = splitJournal(loaded.value)
    // Files in the new layout are what this build writes, so they win over the legacy copy (after an
    // interrupted migration); the legacy file only fills in what they lack.
    const missing: CheckIns = {}
    for (const [night, checkIn] of Object.entries(checkIns)) {
      if (this.#checkIns.get(night) === undefined) missing[night] = checkIn
    }
    const years = this.#checkIns.stageMerge(missing)
    const documents = [...(coreOnDisk ? [] : [this.#core]), ...years.documents]
    if (!context.writable || documents.some((d) => !d.writable)) {
      // Kept in memory this session; the legacy file stays and is read again at the next start.
      if (!coreOnDisk) this.#core.replace(core)
      this.#checkIns.merge(missing)
      logger.warn(`store: ${legacy} stays in place until its journal is saved in the new files`)
      return
    }
    try {
      // One commit: a crash leaves either the old layout or every new file, never half a journal.
      commitFiles(context.io, directory, [...(coreOnDisk ? [] : [this.#core.stage(core)]), ...years.staged])
    } catch (error) {
      logger.error(`store: could not split ${legacy} (${describeFsError(error)}); it stays in place`)
      if (!coreOnDisk) this.#core.replace(core)
      this.#checkIns.merge(missing)
      return
    }
    if (!coreOnDisk) this.#core.committed(core)
    years.apply()
    try {
      const aside = setAside(legacy, now())
      logger.info(
        `store: split ${legacy} (${Object.keys(missing).length} check-ins) into journal-core and year files; kept it as ${aside}`,
      )
    } catch (error) {
      logger.error(`store: could not move ${legacy} aside (${describeFsError(error)})`)
      notify(t('main.store.journalRenameFailed', { legacy, problem: describeFsError(error) }))
    }
  }
}
