// Loaded once before every main-side test file (vitest setupFiles): 'electron' is always the shared mock,
// so no test can reach the real module. A file that needs to watch a fake can still vi.mock its own.
import { vi } from 'vitest'

vi.mock('electron', async () => (await import('./electron-mock.ts')).electronMock())
