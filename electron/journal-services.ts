// Builds the journal, data-transfer and calendar services, wired to tonight's evening so every change
// reaches windows, the tray and the scheduler through one listener list.
import { type CalendarTransfer, createCalendarTransfer } from './calendar-transfer.ts'
import { createDataTransfer, type DataTransfer, type TransferDeps } from './data-transfer.ts'
import type { Evening } from './evening.ts'
import { createJournal, type JournalDeps, type JournalService } from './journal.ts'

export interface JournalServicesDeps extends Omit<TransferDeps, 'emitChange'>, Pick<JournalDeps, 'newId'> {
  evening: Evening
}

export function createJournalServices(deps: JournalServicesDeps): {
  journal: JournalService
  transfer: DataTransfer
  calendar: CalendarTransfer
} {
  const emitChange = () => deps.evening.changed()
  const { store, clock } = deps
  const journal = createJournal({ store, clock, emitChange, ...(deps.newId ? { newId: deps.newId } : {}) })
  const transfer = createDataTransfer({
    store,
    clock,
    logger: deps.logger,
    chooseSavePath: deps.chooseSavePath,
    printViewToPdf: deps.printViewToPdf,
    emitChange,
  })
  const calendar = createCalendarTransfer({
    store,
    clock,
    logger: deps.logger,
    chooseSavePath: deps.chooseSavePath,
  })
  return { journal, transfer, calendar }
}
