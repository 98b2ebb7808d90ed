// The parts of 'electron' the code under test touches: app, the window fakes and the IPC pair.
// Loaded for every electron, e2e and renderer test file by test/support/electron-setup.ts (vitest setupFiles).
import { tmpdir } from 'node:os'
import { uiFakes } from './electron-fakes.ts'
import { ipcFakes } from './electron-ipc.ts'

/**
 * A stand-in for Electron's safeStorage: wraps with a fixed XOR so wrapped bytes differ from the key, and
 * `available` switches it on and off between store starts, like a keyring that is there one day and not
 * the next.
 */
export function fakeSafeStorage(opts: { available: boolean; backend?: string }) {
  const state = { available: opts.available, backend: opts.backend ?? 'gnome_libsecret', wraps: 0 }
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a))
  return {
    state,
    isEncryptionAvailable: () => state.available,
    getSelectedStorageBackend: () => state.backend,
    encryptString(plainText: string): Buffer {
      if (!state.available) throw new Error('Encryption is not available.')
      state.wraps++
      return Buffer.concat([Buffer.from('fake-keychain:'), flip(Buffer.from(plainText, 'utf8'))])
    },
    decryptString(encrypted: Buffer): string {
      if (!state.available) throw new Error('Decryption is not available.')
      const prefix = Buffer.from('fake-keychain:')
      if (!encrypted.subarray(0, prefix.length).equals(prefix)) throw new Error('Error while decrypting')
      return flip(encrypted.subarray(prefix.length)).toString('utf8')
    },
  }
}

export function electronMock() {
  const app = {
    getPath: () => tmpdir(),
    getVersion: () => '0.1.0',
    getLocale: () => 'en-GB',
    getName: () => 'Eventide',
  }
  const shell = { openPath: async () => '' }
  const safeStorage = fakeSafeStorage({ available: true })
  const electron = { app, shell, safeStorage, ...uiFakes, ...ipcFakes }
  return { default: electron, ...electron }
}
