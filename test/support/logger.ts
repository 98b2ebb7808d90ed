// A logger that records instead of printing: services take one as a required dependency, and tests read it.
import { type Mock, vi } from 'vitest'
import type { Logger } from '../../electron/services.ts'

type Recorded = (...args: unknown[]) => void
export type QuietLogger = Logger & { info: Mock<Recorded>; warn: Mock<Recorded>; error: Mock<Recorded> }

export const quiet = (): QuietLogger => ({
  info: vi.fn<Recorded>(),
  warn: vi.fn<Recorded>(),
  error: vi.fn<Recorded>(),
})
