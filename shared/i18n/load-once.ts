// Fetching a part of the text layer at most once: every caller waiting for the same part shares one fetch,
// what arrives is kept, and a failed fetch is forgotten so that a later call tries again.

/**
 * A loader for parts named by key. `fetch` brings a part, `keep` stores it; a failure rejects with an error
 * that names the part (`what`) and carries the fetch's own error as its cause.
 */
export function loadOnce<K, V>(
  what: (key: K) => string,
  fetch: (key: K) => Promise<V>,
  keep: (key: K, value: V) => void,
): (key: K) => Promise<void> {
  const pending = new Map<K, Promise<void>>()
  return (key) => {
    let promise = pending.get(key)
    if (!promise) {
      promise = fetch(key).then(
        (value) => {
          keep(key, value)
        },
        (error: unknown) => {
          pending.delete(key)
          throw new Error(`${what(key)} could not be loaded`, { cause: error })
        },
      )
      pending.set(key, promise)
    }
    return promise
  }
}
