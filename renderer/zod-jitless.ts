// Imported first by main.tsx: zod decides at schema creation whether to probe `new Function`, which our
// CSP (script-src 'self') forbids and Chromium reports as a violation. Schemas are created on import.
import { z } from 'zod'

z.config({ jitless: true })
