// Loads a view model once (and again when `key` changes); the view can replace it with a fresher answer.
import { useEffect, useState } from 'react'
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
): Loaded<T> {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what is loaded; `load` is a fresh closure each render.
  useEffect(() => {
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
