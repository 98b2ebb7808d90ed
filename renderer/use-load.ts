// Loads a view model once (and again when `key` changes); the view can replace it with a fresher answer.
import { useEffect, useRef, useState } from 'react'
import { messageOf } from './strings.ts'

export interface Loaded<T> {
  value: T | null
  error: string | null
  setValue: (value: T) => void
}

export function useLoad<T>(
  load: () => Promise<T>,
  key: string,
  describe: (detail: string) => string,
  /** A value already at hand for the first `key`: shown at once, and not loaded again for that key. */
  initial?: T,
): Loaded<T> {
  const [value, setValue] = useState<T | null>(initial ?? null)
  const [error, setError] = useState<string | null>(null)
  const skipFirst = useRef(initial !== undefined)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what is loaded; `load` is a fresh closure each render.
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false
      return
    }
    let live = true
    load().then(
      (next) => {
        if (!live) return
        setValue(next)
        setError(null)
      },
      (failure: unknown) => {
        console.error(failure)
        if (live) setError(describe(messageOf(failure)))
      },
    )
    return () => {
      live = false
    }
  }, [key])
  return { value, error, setValue }
}
