// What the store's edge tests share: a store on a folder at a fixed moment, and small readers of results.
import fs from 'node:fs'
import type { Logger } from '../../electron/services.ts'
import { createStore } from '../../electron/store.ts'
import type { StoreIo } from '../../electron/store-files.ts'
import { quiet } from './logger.ts'

export const T0 = Date.UTC(2026, 10, 24, 21, 30)

export const openStore = (
  directory: string,
  opts: { io?: StoreIo; now?: () => number; logger?: Logger } = {},
) => createStore({ directory, logger: opts.logger ?? quiet(), now: opts.now ?? (() => T0), io: opts.io })

/** A file's inode: a replaced file (written aside, then renamed over) gets a new one. */
export const inode = (file: string) => fs.statSync(file).ino

/** The message `fn` throws; a test fails if it does not throw. */
export function messageOf(fn: () => void): string {
  try {
    fn()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('expected it to throw')
}
