// The exportCalendar channel end to end in main: the real handler table and store, the save dialog (faked)
// offered an .ics name, the file written where it chose, nothing written when it was cancelled.
import fs from 'node:fs'
import path from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { invokeHandler } from '../../electron/ipc.ts'
import type { Envelope } from '../../shared/ipc.ts'
import { quiet, realTable } from '../support/ipc-table.ts'
import { tempDirMaker } from '../support/temp-dirs.ts'

const tempDir = tempDirMaker('eventide-ics-')

describe('exportCalendar', () => {
  it('offers an .ics name, writes the calendar where the dialog says, and does nothing when cancelled', async () => {
    const t = realTable()
    const out = tempDir()
    const logger = quiet()
    t.chooseSavePath.mockImplementationOnce(async (name) => path.join(out, name))
    const result = (await invokeHandler(t.handlers, 'exportCalendar', undefined, logger)) as Envelope<{
      saved: boolean
      path: string
    }>
    if (!result.ok || !result.value.saved) throw new Error(`export failed: ${JSON.stringify(result)}`)
    expect(path.basename(result.value.path)).toMatch(/^eventide-evenings-\d{4}-\d{2}-\d{2}\.ics$/)
    expect(t.chooseSavePath).toHaveBeenCalledWith(expect.stringMatching(/\.ics$/), [
      { name: 'iCalendar', extensions: ['ics'] },
    ])
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(result.value.path, 'utf8')))
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0)

    const before = fs.readdirSync(out)
    expect(await invokeHandler(t.handlers, 'exportCalendar', undefined, logger)).toEqual({
      ok: true,
      value: { saved: false },
    })
    expect(fs.readdirSync(out)).toEqual(before)
  })
})
