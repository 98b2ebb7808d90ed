// Loaded before any view that builds schemas (view-loader.ts): zod decides at schema creation whether to
// probe `new Function`, which our CSP (script-src 'self') forbids and Chromium reports as a violation.
// From zod's core, which creates no schemas itself: importing 'zod' could pull schema modules that a
// bundler placed in the same chunk, and those would be built before this line runs.
import { config } from 'zod/v4/core'

config({ jitless: true })
