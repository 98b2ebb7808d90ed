import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy* waits for views that load their data; on a loaded 2-core machine the default 1 s was seen to
// run out before a lazily loaded view rendered. A real failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => cleanup())

// The windows follow the system language (renderer/i18n.ts); pin it so texts and dates are the same on
// every machine. Tests of other languages choose theirs through the snapshot, as a person would in Settings.
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true })
