// A live view of stored data for tests that seed by assignment: every read loads afresh from the store, and
// every assignment, push or delete anywhere inside saves the whole value back through `save`, which is the
// real store's validating setter. A bad seed therefore throws at the line that wrote it, naming the field.

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object'

function live<T extends object>(root: T, target: object, save: (next: T) => void): object {
  return new Proxy(target, {
    get(t, key, receiver) {
      const value = Reflect.get(t, key, receiver)
      return isObject(value) ? live(root, value, save) : value
    },
    set(t, key, value) {
      Reflect.set(t, key, value)
      save(root)
      return true
    },
    deleteProperty(t, key) {
      Reflect.deleteProperty(t, key)
      save(root)
      return true
    },
  })
}

/** The value `load()` returns now, wrapped so that changing it saves it. */
export function writeThrough<T extends object>(load: () => T, save: (next: T) => void): T {
  const root = load()
  return live(root, root, save) as T
}
