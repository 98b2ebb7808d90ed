// Saves the routine as an .ics file where the person chooses (main's save dialog; the renderer never names a
// path). The file's content is shared/calendar-export.ts; nothing leaves the computer unless they move it.
import { calendarExport } from '../shared/calendar-export.ts'
import { localToday } from '../shared/history-view.ts'
import { nightOf } from '../shared/night.ts'
import type { ExportResult } from '../shared/view-models.ts'
import { type ChooseSavePath, writeFileAtomic } from './data-transfer.ts'
import type { Clock, EventideStore, Logger } from './services.ts'

export interface CalendarTransfer {
  exportCalendar(): Promise<ExportResult>
}

export function createCalendarTransfer(deps: {
  store: Pick<EventideStore, 'getSettings'>
  clock: Clock
  logger: Logger
  chooseSavePath: ChooseSavePath
}): CalendarTransfer {
  return {
    async exportCalendar() {
      const nowMs = deps.clock.now()
      const timeZone = deps.clock.timeZone()
      // Built before the dialog opens, so a problem is reported before the person picks a place.
      const text = calendarExport({
        settings: deps.store.getSettings(),
        firstNight: nightOf(nowMs, timeZone),
        timeZone,
        nowMs,
      })
      const today = localToday({ nowMs, timeZone })
      const target = await deps.chooseSavePath(`eventide-evenings-${today}.ics`, [
        { name: 'iCalendar', extensions: ['ics'] },
      ])
      if (target === null) return { saved: false }
      writeFileAtomic(target, text)
      deps.logger.info('transfer: saved the calendar export')
      return { saved: true, path: target }
    },
  }
}
