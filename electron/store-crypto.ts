// Encryption at rest: one random 256-bit data key per data folder, kept in encryption.json wrapped by the
// OS keychain (Electron's safeStorage), and AES-256-GCM for each store file. Where no keychain is usable the
// files stay plain JSON and the person is told once; nothing is ever overwritten that could not be read.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { t } from '../shared/i18n/index.ts'
import type { Logger } from './services.ts'
import { codeOf, copyAside, type StoreIo, tightenMode, writeAtomic } from './store-files.ts'

/** The part of Electron's safeStorage the store uses; injected so tests drive it without Electron. */
export interface KeyWrapper {
  isEncryptionAvailable(): boolean
  encryptString(plainText: string): Buffer
  decryptString(encrypted: Buffer): string
  /** Linux only; 'basic_text' means a hard-coded password, which protects nothing. */
  getSelectedStorageBackend?(): string
}

export const KEY_FILE = 'encryption.json'
/** Every encrypted file starts with these bytes; a plain JSON file never can. */
export const SEALED_MAGIC = Buffer.from('eventide-aes-256-gcm-v1\n', 'ascii')
const IV_BYTES = 12
const TAG_BYTES = 16

/** How this session stores files, for About and for the tests. */
export type Protection = 'encrypted' | 'plain' | 'locked'

export interface Sealer {
  readonly protection: Protection
  /** Bytes to write for a document's JSON text: encrypted when a key is in hand, else the text itself. */
  seal(name: string, json: string): Buffer
  /** The JSON bytes of a file; throws SealedUnreadable (no key) or DecryptFailed (wrong key, damage). */
  open(name: string, bytes: Buffer): Buffer
  isSealed(bytes: Buffer): boolean
}

/** An encrypted file this session has no key for: left untouched, never replaced. */
export class SealedUnreadable extends Error {
  override readonly name = 'SealedUnreadable'
}
export class DecryptFailed extends Error {
  override readonly name = 'DecryptFailed'
}

const isSealed = (bytes: Buffer) =>
  bytes.length >= SEALED_MAGIC.length && bytes.subarray(0, SEALED_MAGIC.length).equals(SEALED_MAGIC)

export function aesSealer(key: Buffer): Sealer {
  return {
    protection: 'encrypted',
    isSealed,
    seal(name, json) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      // The file's name is authenticated too, so one store file cannot be swapped in for another.
      // Stryker disable next-line StringLiteral: Buffer.from's default encoding is utf8 too
      cipher.setAAD(Buffer.from(name, 'utf8'))
      // Stryker disable next-line StringLiteral: update's default input encoding for a string is utf8 too
      const data = Buffer.concat([cipher.update(json, 'utf8'), cipher.final()])
      return Buffer.concat([SEALED_MAGIC, iv, cipher.getAuthTag(), data])
    },
    open(name, bytes) {
      if (!isSealed(bytes)) return bytes
      const start = SEALED_MAGIC.length
      if (bytes.length < start + IV_BYTES + TAG_BYTES)
        throw new DecryptFailed('the encrypted file is cut short')
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(start, start + IV_BYTES))
        // Stryker disable next-line StringLiteral: Buffer.from's default encoding is utf8 too
        decipher.setAAD(Buffer.from(name, 'utf8'))
        decipher.setAuthTag(bytes.subarray(start + IV_BYTES, start + IV_BYTES + TAG_BYTES))
        const body = bytes.subarray(start + IV_BYTES + TAG_BYTES)
        return Buffer.concat([decipher.update(body), decipher.final()])
      } catch {
        throw new DecryptFailed('the encrypted file is damaged or belongs to another key')
      }
    },
  }
}

export function plainSealer(protection: 'plain' | 'locked'): Sealer {
  return {
    protection,
    isSealed,
    // Stryker disable next-line StringLiteral: Buffer.from's default encoding is utf8 too
    seal: (_name, json) => Buffer.from(json, 'utf8'),
    open(_name, bytes) {
      if (isSealed(bytes)) throw new SealedUnreadable('encrypted, and the key is not available')
      return bytes
    },
  }
}

export interface KeySetup {
  sealer: Sealer
  /** A one-off message for the person, or undefined. */
  notice?: string
}

/** Usable only when it really protects the key: not before app ready, not with Linux's basic_text. */
function keychainUsable(wrapper: KeyWrapper): boolean {
  try {
    return wrapper.isEncryptionAvailable() && wrapper.getSelectedStorageBackend?.() !== 'basic_text'
  } catch {
    return false
  }
}

/** Told once, the first time the data is stored unencrypted because there is no keychain. */
export function plainNotice(): string {
  return t('main.store.plain')
}

/**
 * Reads or creates the data key. Without a wrapper (tests, tools) files stay plain and nobody is told.
 * A wrapped key that cannot be unwrapped is never replaced: files encrypted with it stay readable the day
 * the keychain is back.
 */
export function setUpKey(opts: {
  directory: string
  wrapper: KeyWrapper | undefined
  io: StoreIo
  logger: Logger
  writable: boolean
  /** The clock that names a damaged key file's copy; Date.now unless a test sets it. */
  now?: () => number
}): KeySetup {
  const { directory, wrapper, io, logger } = opts
  if (!wrapper) return { sealer: plainSealer('plain') }
  const file = path.join(directory, KEY_FILE)
  let wrapped: string | null | undefined
  // A key file that is there but not a key record: its bytes may still hold the key to today's files.
  let damaged: Buffer | null = null
  let bytes: Buffer | null = null
  let unreadable = false
  try {
    bytes = fs.readFileSync(file)
    const parsed: unknown = JSON.parse(bytes.toString('utf8'))
    const record = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    const value = record ? (parsed as { wrappedKey?: unknown }).wrappedKey : undefined
    // No wrappedKey at all is the record that data is stored plain; anything else not a key is damage.
    if (!record || !(value === undefined || value === null || typeof value === 'string')) {
      damaged = bytes
      logger.error(`store: ${KEY_FILE} is damaged (expected {wrappedKey: a string or null})`)
    }
    wrapped = typeof value === 'string' ? value : null
    tightenMode(file)
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') logger.error(`store: ${KEY_FILE} is unreadable (${codeOf(error)})`)
    wrapped = codeOf(error) === 'ENOENT' ? undefined : null
    // Read but not JSON: damaged, kept aside before a new key replaces it. Not readable at all (a folder,
    // no permission): never replaced, since its bytes could not be kept.
    if (bytes !== null) damaged = bytes
    else if (codeOf(error) !== 'ENOENT') unreadable = true
  }
  /** Before a new key file replaces a damaged one, its bytes go aside: a person or a tool may mend it. */
  const keepDamaged = (): boolean => {
    if (unreadable) return false
    if (damaged === null) return true
    try {
      const copy = copyAside(file, damaged, 'encryption', (opts.now ?? Date.now)())
      logger.warn(`store: copied the damaged ${KEY_FILE} to ${copy}`)
      return true
    } catch (error) {
      logger.error(
        `store: could not copy the damaged ${KEY_FILE} aside (${codeOf(error)}); it is left as it is`,
      )
      return false
    }
  }
  const usable = keychainUsable(wrapper)

  if (typeof wrapped === 'string') {
    if (usable) {
      try {
        const key = Buffer.from(wrapper.decryptString(Buffer.from(wrapped, 'base64')), 'base64')
        if (key.length === 32) return { sealer: aesSealer(key) }
      } catch (error) {
        logger.error(`store: the keychain could not unwrap the data key (${codeOf(error)})`)
      }
    } else {
      logger.warn('store: files are encrypted but the keychain is not available')
    }
    return {
      sealer: plainSealer('locked'),
      notice: t('main.store.locked'),
    }
  }

  if (!usable) {
    // Told once: the key file records that the person knows their data is stored plain.
    if (wrapped === undefined && opts.writable) {
      try {
        writeAtomic(io, file, Buffer.from(`${JSON.stringify({ schemaVersion: 1, wrappedKey: null })}\n`))
      } catch (error) {
        logger.warn(`store: could not record that data is stored unencrypted (${codeOf(error)})`)
      }
      return { sealer: plainSealer('plain'), notice: plainNotice() }
    }
    return { sealer: plainSealer('plain') }
  }

  if (!opts.writable || !keepDamaged()) return { sealer: plainSealer('plain') }
  const key = randomBytes(32)
  try {
    const sealedKey = wrapper.encryptString(key.toString('base64')).toString('base64')
    writeAtomic(io, file, Buffer.from(`${JSON.stringify({ schemaVersion: 1, wrappedKey: sealedKey })}\n`))
  } catch (error) {
    // Without the key on disk nothing may be encrypted with it, or the data would be lost at the next start.
    logger.error(`store: could not store a new data key (${codeOf(error)}); files stay unencrypted`)
    return { sealer: plainSealer('plain') }
  }
  logger.info('store: created a data key wrapped by the system keychain')
  return { sealer: aesSealer(key) }
}
