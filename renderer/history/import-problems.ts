// A refused backup's problems as a person reads them: where in the file ("Settings → bedtime", "The night of
// 30 Feb 2026") and what to do, in their language. Main names each place as code would
// (shared/backup.ts recordPath); the place stays recognisable so it can be found in the file.
import { type Problem, problem } from '../../shared/errors.ts'
import { currentTag, t } from '../../shared/i18n/index.ts'
import { foundValue, plainFileMessage } from '../plain-problems.ts'

/**
 * The file as a whole ("not valid JSON", "too large", not an Eventide backup, a newer version): those
 * problems are catalogue text already and are shown as main wrote them.
 */
const WHOLE_FILE = new Set(['', '(file)', 'app', 'schemaVersion'])

type Segment = { name: string } | { index: number } | { key: string }

/** recordPath's parts: names (settings.bedtime), list positions ([2]) and quoted keys (["2026-02-30"]). */
function segments(path: string): Segment[] | null {
  const out: Segment[] = []
  const part = /\.?([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y
  while (part.lastIndex < path.length) {
    const m = part.exec(path)
    if (!m) return null
    if (m[1] !== undefined) out.push({ name: m[1] })
    else if (m[2] !== undefined) out.push({ index: Number(m[2]) })
    else out.push({ key: JSON.parse(m[3] ?? '""') as string })
  }
  return out
}

/**
 * "30 Feb 2026" for a night key, in the person's language, even for a day the month does not have (the
 * very mistake being reported); null when the key is not a date at all.
 */
export function nightText(key: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12 || day < 1 || day > 31) return null
  const first = new Date(0)
  first.setUTCFullYear(year, month - 1, 1)
  const parts = new Intl.DateTimeFormat(currentTag(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(first)
  return parts
    .map((p) => (p.type === 'day' ? String(day) : p.value))
    .join('')
    .replace(/,/g, '')
}

function segmentText(segment: Segment): string {
  if ('index' in segment) return t('data.problem.item', { n: segment.index + 1 })
  if ('key' in segment) return segment.key
  return segment.name
}

/** Where a problem is, readable: "Settings → bedtime", "The night of 30 Feb 2026 → steps"; else the path. */
export function readablePath(path: string): string {
  const parts = segments(path)
  const [section, entry, ...rest] = parts ?? []
  if (!parts || !section || !('name' in section)) return path
  let head: string | null = null
  let tail = [entry, ...rest].filter((s): s is Segment => s !== undefined)
  const date = entry && 'key' in entry ? nightText(entry.key) : null
  if (section.name === 'settings') head = t('data.problem.settings')
  else if (section.name === 'nights' && date) head = t('data.problem.night', { date })
  else if (section.name === 'checkIns' && date) head = t('data.problem.checkIn', { date })
  else if (section.name === 'labs' && entry && 'index' in entry)
    head = t('data.problem.lab', { n: entry.index + 1 })
  else if (section.name === 'medicines' && entry && 'index' in entry)
    head = t('data.problem.medicine', { n: entry.index + 1 })
  if (head === null) return path
  if (section.name !== 'settings') tail = rest
  return [head, ...tail.map(segmentText)].join(' → ')
}

/**
 * One problem as shown: its place made readable and, when main wrote it in the schema's developer words
 * ("expected …"), a plain sentence with the value found. Main's catalogue sentences are kept as they are.
 */
export function plainImportProblem(p: Problem): Problem {
  if (WHOLE_FILE.has(p.path)) return p
  const place = readablePath(p.path)
  if (!p.message.startsWith('expected ')) return problem(place, p.message)
  const advice = plainFileMessage(p.path, { message: p.message }) ?? t('data.problem.general')
  const found = foundValue(p.message)
  return problem(place, found === null ? advice : t('data.problem.found', { value: found, advice }))
}
