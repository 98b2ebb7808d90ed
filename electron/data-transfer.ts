// Data ownership: the JSON backup and nights CSV written where the person chooses, the import that checks
// the whole file before anything changes, and the doctor's summary printed to PDF.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { type BackupPreview, parseBackup, serializeBackup } from '../shared/backup.ts'
import { nightsCsv } from '../shared/csv.ts'
import { ValidationError } from '../shared/errors.ts'
import { enabledStepIds, localToday } from '../shared/history-view.ts'
import { t } from '../shared/i18n/index.ts'
import type { View } from '../shared/ipc.ts'
import { formatMs } from '../shared/night.ts'
import type { ExportResult } from '../shared/view-models.ts'
import type { Clock, EventideStore, Logger } from './services.ts'

/** The save dialog's title: what it writes (a backup, a CSV, a PDF) is the person's own, unencrypted copy. */
export function saveDialogTitle(): string {
  return t('main.save.dialogTitle')
}

export interface FileFilter {
  name: string
  extensions: string[]
}

/** Asks where to save (a save dialog in the app, a temp path in tests); null when the person cancels. */
export type ChooseSavePath = (defaultName: string, filters: FileFilter[]) => Promise<string | null>

/** Renders a view off-screen and returns its PDF bytes (electron/print.ts in the app, a fake in tests). */
export type PrintViewToPdf = (view: View) => Promise<Uint8Array>

export interface TransferDeps {
  store: EventideStore
  clock: Clock
  logger: Logger
  chooseSavePath: ChooseSavePath
  printViewToPdf: PrintViewToPdf
  /** Tells windows and the scheduler that settings, nights or the journal were replaced. */
  emitChange: () => void
}

export interface DataTransfer {
  exportData(format: 'json' | 'csv'): Promise<ExportResult>
  previewImport(text: string): BackupPreview
  applyImport(text: string): BackupPreview
  printSummary(): Promise<ExportResult>
}

/**
 * Writes a file whole or not at all: a temp file beside the target, flushed, then renamed over it. A failure
 * removes the temp file and names the path.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(target)
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const fd = fs.openSync(temp, 'wx', 0o600)
    try {
      fs.writeFileSync(fd, data)
      // Durability across a power cut; no test can observe it without pulling the plug.
      // Stryker disable next-line CallExpression: flushing changes nothing a running process can read back
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temp, target)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new Error(t('main.save.failed', { path: target, reason }))
  }
}

export function createDataTransfer(deps: TransferDeps): DataTransfer {
  const { store, clock, logger } = deps
  const today = () => localToday({ nowMs: clock.now(), timeZone: clock.timeZone() })

  async function saveAs(defaultName: string, filters: FileFilter[], content: () => string | Uint8Array) {
    const target = await deps.chooseSavePath(defaultName, filters)
    if (target === null) return { saved: false } as const
    writeFileAtomic(target, await content())
    logger.info(`transfer: saved ${target}`)
    return { saved: true, path: target } as const
  }

  function parseOrReject(text: string) {
    const result = parseBackup(text)
    if (!result.ok) throw new ValidationError(result.errors)
    return result
  }

  return {
    exportData(format) {
      const settings = store.getSettings()
      const nights = store.allNights()
      const journal = store.getJournal()
      if (format === 'csv') {
        const enabled = enabledStepIds(settings)
        return saveAs(`eventide-nights-${today()}.csv`, [{ name: 'CSV', extensions: ['csv'] }], () =>
          nightsCsv({
            nights,
            checkIns: journal.checkIns,
            settings,
            plannedFor: (night) => nights[night]?.planned ?? enabled,
          }),
        )
      }
      // Serialized (and so validated) before the dialog opens: a backup that could not be imported again
      // is refused up front instead of being written.
      const text = serializeBackup({
        exportedAt: formatMs(clock.now(), clock.timeZone()),
        settings,
        nights,
        checkIns: journal.checkIns,
        labs: journal.labs,
        medicines: journal.medicines,
        dismissedPrompts: journal.dismissedPrompts,
        travelNights: journal.travelNights,
      })
      return saveAs(
        `eventide-backup-${today()}.json`,
        [{ name: t('main.save.backupFilter'), extensions: ['json'] }],
        () => text,
      )
    },

    previewImport: (text) => parseOrReject(text).preview,

    applyImport(text) {
      // Validated again here, whatever the preview said: the text is all that is trusted.
      const { backup, preview } = parseOrReject(text)
      const current = store.getJournal()
      store.replaceAll({
        settings: backup.settings,
        nights: backup.nights,
        journal: {
          checkIns: backup.checkIns,
          labs: backup.labs,
          medicines: backup.medicines,
          dismissedPrompts: backup.dismissedPrompts,
          travelNights: backup.travelNights ?? [],
          // Which mornings were already asked about is this machine's own state, not part of a backup.
          checkInAsked: current.checkInAsked,
        },
      })
      logger.info(
        `transfer: imported a backup with ${preview.nights} nights and ${preview.checkIns} check-ins`,
      )
      deps.emitChange()
      return preview
    },

    async printSummary() {
      const target = await deps.chooseSavePath(`eventide-summary-${today()}.pdf`, [
        { name: 'PDF', extensions: ['pdf'] },
      ])
      if (target === null) return { saved: false }
      const pdf = await deps.printViewToPdf('summary')
      writeFileAtomic(target, pdf)
      logger.info(`transfer: saved the summary to ${target}`)
      return { saved: true, path: target }
    },
  }
}
