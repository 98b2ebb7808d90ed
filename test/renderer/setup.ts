import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

afterEach(() => cleanup())

// The windows follow the system language (renderer/i18n.ts); pin it so texts and dates are the same on
// every machine. Tests of other languages choose theirs through the snapshot, as a person would in Settings.
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true })
