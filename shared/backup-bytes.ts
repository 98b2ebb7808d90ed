// A backup file's bytes to text. Apart from the backup format (zod and every schema) so the history window
// can read a chosen file without loading them; main validates the text.
import { t } from './i18n/index.ts'

// TextDecoder exists in every runtime Eventide runs in (Node, Chromium) but not in the ES library types.
declare const TextDecoder: new (
  label: 'utf-8',
  options: { fatal: boolean },
) => { decode(bytes: Uint8Array): string }

/** Why bytes read from a backup file are not an Eventide backup's text. */
export class BackupEncodingError extends Error {
  override readonly name = 'BackupEncodingError'
}

/**
 * The text of a backup file's bytes: strict UTF-8 (a byte that is not UTF-8 is refused, never turned into
 * U+FFFD), a leading byte order mark dropped.
 */
export function decodeBackupBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new BackupEncodingError(`(file): ${t('backup.problem.notUtf8')}`)
  }
}
