// Data ownership in the history window: export with progress, import through a preview that changes nothing
// until confirmed, a bad file refused naming the record and field, and the doctor summary.

import { join } from 'node:path'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { serializeBackup } from '../../shared/backup.ts'
import { setLocale } from '../../shared/i18n/index.ts'
import { defaultSettings } from '../../shared/settings.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'
import { addDays, checkInOf, DISCLAIMER, LAST_NIGHT, nightWith, PLANNED } from './fake-journal.ts'

let main: FakeMain

function backupText(): string {
  return serializeBackup({
    exportedAt: '2026-11-20T09:00:00+01:00',
    settings: { ...defaultSettings(), firstRunDone: true },
    nights: { '2026-11-03': nightWith(PLANNED), '2026-11-05': nightWith(['magnesium']) },
    checkIns: { '2026-11-04': checkInOf(4) },
    labs: [{ id: 'lab-a', kind: 'ferritin', value: 38, date: '2026-10-01' }],
    medicines: [{ id: 'med-a', name: 'Magnesium glycinate', kind: 'supplement' }],
    dismissedPrompts: [],
  })
}

const fileOf = (text: string) => new File([text], 'eventide-backup.json', { type: 'application/json' })

async function showHistory() {
  window.location.hash = '#/history'
  render(<App />)
  await screen.findByRole('heading', { name: 'Streaks of complete evenings' })
  return screen.getByRole('heading', { name: 'Your data' }).closest('section') as HTMLElement
}

function deferred<T>() {
  let resolve: (value: T) => void = () => {}
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

beforeEach(() => {
  main = installFakeMain()
})

afterEach(() => {
  setLocale('en', 'en-GB')
})

describe('import', () => {
  it('previews a backup, changes nothing until confirmed, then imports it', async () => {
    const user = userEvent.setup()
    const data = await showHistory()
    const text = backupText()
    await user.upload(within(data).getByLabelText('Import a backup'), fileOf(text))

    const preview = await within(data).findByRole('region', { name: 'This backup holds' })
    expect(preview.textContent).toContain('2 nights, 1 check-in, 1 lab result and 1 medicine or supplement.')
    expect(preview.textContent).toContain('Nights from 3 Nov 2026 to 5 Nov 2026.')
    expect(main.bridge.previewImport).toHaveBeenCalledWith({ text })
    expect(main.bridge.applyImport).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(within(preview).getByRole('button', { name: 'Import this backup' }))

    await user.keyboard('{Enter}')
    expect(main.bridge.applyImport).toHaveBeenCalledWith({ text })
    expect(await within(data).findByText('Backup imported: 2 nights.')).toBeTruthy()
    expect(main.journal.labs.map((l) => l.value)).toEqual([38])
    // The history is asked again so the calendar shows the imported nights.
    expect(main.bridge.getHistory.mock.calls.length).toBeGreaterThanOrEqual(2)
  })

  it('refuses a file that is not UTF-8 before sending it anywhere, and accepts one with a BOM', async () => {
    const user = userEvent.setup()
    const data = await showHistory()
    const latin1 = new File([new Uint8Array([0x7b, 0x22, 0x6e, 0xfc, 0x22, 0x7d])], 'old.json')
    await user.upload(within(data).getByLabelText('Import a backup'), latin1)
    expect(await within(data).findByText(/not UTF-8 text/)).toBeTruthy()
    expect(main.bridge.previewImport).not.toHaveBeenCalled()

    const text = backupText()
    await user.upload(within(data).getByLabelText('Import a backup'), fileOf(`\uFEFF${text}`))
    await within(data).findByRole('region', { name: 'This backup holds' })
    expect(main.bridge.previewImport).toHaveBeenCalledWith({ text })
  })

  it('says that exported files are not encrypted', async () => {
    const data = await showHistory()
    expect(within(data).getByText(/Exported files are plain, unencrypted text/)).toBeTruthy()
  })

  it('cancels a previewed import without applying anything', async () => {
    const user = userEvent.setup()
    const data = await showHistory()
    await user.upload(within(data).getByLabelText('Import a backup'), fileOf(backupText()))
    await user.click(await within(data).findByRole('button', { name: 'Cancel' }))
    expect(within(data).getByText('Import cancelled. Nothing changed.')).toBeTruthy()
    expect(within(data).queryByRole('region', { name: 'This backup holds' })).toBeNull()
    expect(main.bridge.applyImport).not.toHaveBeenCalled()
  })

  it('refuses a file with one bad record, naming the record and field, and applies nothing', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const data = await showHistory()
    const bad = JSON.parse(backupText())
    bad.nights['2026-11-03'].steps.magnesium.status = 'maybe'
    await user.upload(within(data).getByLabelText('Import a backup'), fileOf(JSON.stringify(bad)))

    const alert = await within(data).findByRole('alert')
    expect(alert.textContent).toContain('This file cannot be imported. Nothing changed.')
    const problems = within(alert).getByRole('list', { name: 'Problems found in the file' })
    expect(problems.textContent).toContain(
      'The night of 3 Nov 2026 → steps → magnesium → status: The file says "maybe". Use one of these: done, skipped or missed.',
    )
    expect(within(data).queryByRole('button', { name: 'Import this backup' })).toBeNull()
    expect(main.bridge.applyImport).not.toHaveBeenCalled()
    expect(main.journal.labs).toEqual([])
    logged.mockRestore()
  })

  it('words a bad bedtime and an impossible night plainly, keeping where each is in the file', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const data = await showHistory()
    const bad = JSON.parse(backupText())
    bad.settings.bedtime = '25:00'
    bad.nights['2026-02-30'] = bad.nights['2026-11-03']
    await user.upload(within(data).getByLabelText('Import a backup'), fileOf(JSON.stringify(bad)))

    const alert = await within(data).findByRole('alert')
    const items = within(within(alert).getByRole('list', { name: 'Problems found in the file' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(items).toEqual([
      'Settings → bedtime: The file says "25:00". Enter a time like 22:30.',
      'The night of 30 Feb 2026: The file says "2026-02-30". Enter a date like 2026-11-24.',
    ])
    expect(alert.textContent).not.toMatch(/expected|HH:MM/)
    expect(main.bridge.applyImport).not.toHaveBeenCalled()
    logged.mockRestore()
  })

  it('shows those problems in German when German is chosen', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    main = installFakeMain({ settings: { language: 'de' } })
    window.location.hash = '#/history'
    render(<App />)
    const heading = await screen.findByRole('heading', { name: 'Ihre Daten' })
    const data = heading.closest('section') as HTMLElement
    const bad = JSON.parse(backupText())
    bad.settings.bedtime = '25:00'
    await user.upload(within(data).getByLabelText('Eine Sicherung importieren'), fileOf(JSON.stringify(bad)))

    const alert = await within(data).findByRole('alert')
    expect(within(alert).getByRole('listitem').textContent).toBe(
      'Einstellungen → bedtime: In der Datei steht "25:00". Geben Sie eine Uhrzeit wie 22:30 ein.',
    )
    logged.mockRestore()
  })

  it('says plainly when a file is not JSON at all', async () => {
    const user = userEvent.setup()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const data = await showHistory()
    await user.upload(
      within(data).getByLabelText('Import a backup'),
      fileOf('{"app": "eventide", "nights": {'),
    )
    expect((await within(data).findByRole('alert')).textContent).toMatch(/not valid JSON.*cut off/)
    expect(main.bridge.applyImport).not.toHaveBeenCalled()
    logged.mockRestore()
  })
})

describe('export and print', () => {
  it('shows "Preparing…" while an export runs, then where it was saved', async () => {
    const user = userEvent.setup()
    const data = await showHistory()
    // The save dialog stays open until the test answers it.
    const dialog = deferred<string | null>()
    main.saveDialog.mockReturnValueOnce(dialog.promise)
    const chosen = join(main.folder, 'b.json')
    await user.click(within(data).getByRole('button', { name: 'Export backup (JSON)' }))
    expect(main.bridge.exportData).toHaveBeenCalledWith({ format: 'json' })
    expect(within(data).getByRole('status').textContent).toBe('Preparing…')
    await act(async () => dialog.resolve(chosen))
    expect(await within(data).findByText(`Saved to ${chosen}`)).toBeTruthy()
    expect(within(data).getByRole('status').textContent).toBe(`Saved to ${chosen}`)

    await user.click(within(data).getByRole('button', { name: 'Export nights (CSV)' }))
    expect(main.bridge.exportData).toHaveBeenLastCalledWith({ format: 'csv' })
    main.saveDialog.mockResolvedValueOnce(null)
    await user.click(within(data).getByRole('button', { name: 'Export nights (CSV)' }))
    expect(await within(data).findByText('Nothing was saved.')).toBeTruthy()
  })

  it('prints the summary for a doctor', async () => {
    const user = userEvent.setup()
    const data = await showHistory()
    await user.click(within(data).getByRole('button', { name: 'Print summary for a doctor (PDF)' }))
    expect(main.bridge.printSummary).toHaveBeenCalled()
    const saved = join(main.folder, 'eventide-summary-2026-11-24.pdf')
    expect(await within(data).findByText(`Saved to ${saved}`)).toBeTruthy()
  })
})

describe('summary page', () => {
  it('shows the trends, adherence, watched medicines and the disclaimer, with buttons kept off paper', async () => {
    const user = userEvent.setup()
    main.journal.labs.push({ id: 'l1', kind: 'ferritin', value: 31, date: '2026-08-01' })
    main.journal.labs.push({ id: 'l2', kind: 'ferritin', value: 58, date: '2026-11-02' })
    main.journal.medicines.push({ id: 'm1', name: 'ZzzQuil', kind: 'medicine' })
    main.journal.checkIns['2026-11-20'] = checkInOf(5)
    // 90 nights of five planned steps: 30 with all five done, 30 with three, 30 with two (300 of 450).
    const done = [PLANNED, PLANNED.slice(0, 3), PLANNED.slice(0, 2)]
    main.store.setNights(
      Object.fromEntries(
        Array.from({ length: 90 }, (_, i) => [addDays(LAST_NIGHT, -i), nightWith(done[i % 3] ?? [])]),
      ),
    )
    window.location.hash = '#/summary'
    render(<App />)
    expect(await screen.findByRole('heading', { name: 'Restless legs summary' })).toBeTruthy()
    // Main's printToPDF waits for this mark before it prints.
    expect(document.documentElement.getAttribute('data-print-ready')).toBe('true')
    expect(screen.getByText('1 Aug 2026: 31 · 2 Nov 2026: 58')).toBeTruthy()
    expect(screen.getByText('67 % of planned steps done (300 of 450).')).toBeTruthy()
    const zzzquil = screen.getByText('ZzzQuil').closest('li') as HTMLElement
    expect(zzzquil.textContent).toMatch(/Watch list: diphenhydramine/)
    // Weekly charts carry axes and a value on every bar.
    expect(screen.getByRole('img', { name: /^Average symptom strength.*week to 23 Nov: 5/ })).toBeTruthy()
    expect(screen.getByText(/not the IRLS/)).toBeTruthy()
    expect(screen.getByText(DISCLAIMER)).toBeTruthy()
    // Page one's overview names every part with its latest value, ahead of the detailed sections.
    const glance = screen.getByRole('region', { name: 'At a glance' })
    const row = (label: string) => within(glance).getByText(label).nextElementSibling?.textContent
    expect(row('Iron and vitamin D (latest)')).toMatch(/^Ferritin.*2 Nov 2026: 58/)
    expect(row('Evening routine')).toMatch(/^67 % of planned steps done over/)
    expect(row('Medicines')).toBe('1 listed; on the watch list: ZzzQuil.')
    expect(row('RLS treatment')).toBe('The patient has marked no medicine as RLS treatment.')
    const treatmentHeading = screen.getByRole('heading', { name: 'RLS treatment time line' })
    expect(glance.compareDocumentPosition(treatmentHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    const print = screen.getByRole('button', { name: 'Save as PDF' })
    expect(print.closest('.no-print')).not.toBeNull()
    await user.click(print)
    expect(main.bridge.printSummary).toHaveBeenCalled()
  })

  it('says plainly when there is nothing to report, instead of 0 of 0', async () => {
    // A fresh store: no nights, no check-ins, no medicines, so main reports 0 of 0 planned steps.
    window.location.hash = '#/summary'
    render(<App />)
    await screen.findByRole('heading', { name: 'Restless legs summary' })
    const page = document.querySelector('.summary-page') as HTMLElement
    expect(page.textContent).toContain('No check-ins in this period')
    expect(page.textContent).toContain('No evenings of the routine recorded in this period.')
    expect(page.textContent).toContain('The patient has marked no medicine as RLS treatment.')
    expect(page.textContent).toContain('The patient kept no sleep diary in this period.')
    expect(page.textContent).not.toMatch(/0 %|0 of 0/)
  })
})
