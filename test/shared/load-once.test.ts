// Fetching a language or the views' messages at most once, and trying again after a failure.
import { describe, expect, it } from 'vitest'
import { loadOnce } from '../../shared/i18n/load-once.ts'

/** A fetch the test settles by hand, counting how often it was asked. */
function manualFetch() {
  const asked: string[] = []
  const settle: Array<{ resolve: (value: string) => void; reject: (error: unknown) => void }> = []
  const fetch = (key: string) => {
    asked.push(key)
    return new Promise<string>((resolve, reject) => {
      settle.push({ resolve, reject })
    })
  }
  return { asked, settle, fetch }
}

describe('loading a part once', () => {
  it('shares one fetch among callers waiting for the same part, and keeps what arrives', async () => {
    const { asked, settle, fetch } = manualFetch()
    const kept: string[] = []
    const load = loadOnce(
      (key: string) => `the ${key} part`,
      fetch,
      (key, value) => kept.push(`${key}=${value}`),
    )
    const first = load('de')
    const second = load('de')
    expect(second).toBe(first)
    expect(asked).toEqual(['de'])
    settle[0]?.resolve('Deutsch')
    await expect(first).resolves.toBeUndefined()
    expect(kept).toEqual(['de=Deutsch'])
    await load('de')
    expect(asked).toEqual(['de'])
  })

  it('fetches each part on its own', () => {
    const { asked, fetch } = manualFetch()
    const load = loadOnce(
      (key: string) => key,
      fetch,
      () => undefined,
    )
    load('de')
    load('es')
    expect(asked).toEqual(['de', 'es'])
  })

  it('a failed fetch names the part, keeps the cause, and the next call tries again', async () => {
    const { asked, settle, fetch } = manualFetch()
    const kept: string[] = []
    const load = loadOnce(
      (key: string) => `loadLocale: the ${key} catalogue`,
      fetch,
      (_, value) => kept.push(value),
    )
    const failed = load('es')
    const cause = new Error('offline chunk')
    settle[0]?.reject(cause)
    const error = await failed.then(
      () => undefined,
      (reason: unknown) => reason,
    )
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe('loadLocale: the es catalogue could not be loaded')
    expect((error as Error).cause).toBe(cause)
    expect(kept).toEqual([])
    const retry = load('es')
    expect(retry).not.toBe(failed)
    expect(asked).toEqual(['es', 'es'])
    settle[1]?.resolve('español')
    await retry
    expect(kept).toEqual(['español'])
  })
})
