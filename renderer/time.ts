// Clock text from the ISO instants in a snapshot. They carry the local offset, so HH:MM is in the string.
export function clockOf(iso: string): string {
  return iso.slice(11, 16)
}
