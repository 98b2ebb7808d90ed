// A CSV of nights (RFC 4180) that opens safely in a spreadsheet: one row per night, every cell quoted
// when needed, and cells that a spreadsheet would run as a formula defused with a leading quote.

import { type CheckIn, ONSET_LABELS, TRIGGER_IDS, TRIGGER_LABELS } from './checkin.ts'
import { t } from './i18n/index.ts'
import { describeStep } from './protocol.ts'
import type { NightRecord } from './records.ts'
import type { Settings } from './settings.ts'
import { usualBedtime } from './timeline.ts'

/** Characters that make Excel, LibreOffice or Sheets treat a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: formula starts get a leading ' and fields with , " CR or LF are quoted, quotes doubled. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return cells.map(csvCell).join(',')
}

export interface NightsCsvInput {
  nights: Readonly<Record<string, NightRecord>>
  checkIns: Readonly<Record<string, CheckIn>>
  settings: Settings
  /** Step ids planned for a night, when known; otherwise the steps enabled in settings. */
  plannedFor?: (night: string) => readonly string[]
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no')

/** One row per night with a record or a check-in, oldest first; CRLF line ends as RFC 4180 asks. */
export function nightsCsv(input: NightsCsvInput): string {
  const { nights, checkIns, settings } = input
  const enabled = settings.steps.filter((s) => s.enabled).map((s) => s.id)
  const plannedFor = input.plannedFor ?? (() => enabled)
  const keys = [...new Set([...Object.keys(nights), ...Object.keys(checkIns)])].sort()

  // Columns: the settings' steps in their order, then any other step seen in the records.
  const stepIds = settings.steps.map((s) => s.id)
  const extra = new Set<string>()
  for (const key of keys) {
    for (const id of [...Object.keys(nights[key]?.steps ?? {}), ...plannedFor(key)]) {
      if (!stepIds.includes(id)) extra.add(id)
    }
  }
  stepIds.push(...[...extra].sort())
  const titles = new Map(settings.steps.map((s) => [s.id, describeStep(s).title]))

  const header = [
    t('csv.night'),
    t('csv.bedtime'),
    t('csv.paused'),
    t('csv.stepsDone'),
    t('csv.stepsPlanned'),
    ...stepIds.map((id) => t('csv.step', { title: titles.get(id) ?? describeStep({ id }).title })),
    t('csv.severity'),
    t('csv.sleepQuality'),
    t('csv.onset'),
    ...TRIGGER_IDS.map((id) => TRIGGER_LABELS[id]),
    t('csv.note'),
  ]
  const lines = [csvRow(header)]
  for (const night of keys) {
    const record = nights[night]
    const checkIn = checkIns[night]
    const planned = plannedFor(night)
    const done = record ? planned.filter((id) => record.steps[id]?.status === 'done').length : 0
    lines.push(
      csvRow([
        night,
        record?.bedtimeOverride ?? usualBedtime(settings, night).clock,
        yesNo(record?.paused),
        record ? done : '',
        record ? planned.length : '',
        ...stepIds.map((id) => record?.steps[id]?.status ?? ''),
        checkIn?.severity,
        checkIn?.sleepQuality,
        checkIn ? ONSET_LABELS[checkIn.onset] : '',
        ...TRIGGER_IDS.map((t) => yesNo(checkIn?.triggers[t])),
        checkIn?.note,
      ]),
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
