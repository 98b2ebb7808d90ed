import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'

// findBy* waits for views that load their data; on a loaded 2-core machine the default 1 s was seen to
// run out before a lazily loaded view rendered. A real failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 })

afterEach(() => cleanup())
