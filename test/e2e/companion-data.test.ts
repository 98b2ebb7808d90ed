// Data ownership in Chromium (issue 5): a JSON backup exported, changed and imported again after a
// preview; a damaged file refused with not a byte changed; and the printable summary for a doctor.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { healthStrings } from '../../renderer/strings-health.ts'
import { historyStrings } from '../../renderer/strings-history.ts'
import { formatLongDate } from '../../shared/i18n/index.ts'
import { summaryDisclaimer } from '../../shared/summary-view.ts'
import type { Backend } from './harness/backend.ts'
import { browserTierSkip } from './harness/browser.ts'
import { LAST_NIGHT, seedYear } from './harness/seed.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { whenReady } from './harness/views.ts'

const POLL = { timeout: 10_000, interval: 50 }
const skip = browserTierSkip('test/e2e/companion-data.test.ts (backup and summary in Chromium)')
const d = historyStrings.data

/** Every store file (settings, journal, each year of nights) by name and bytes: a refused import changes none. */
const storeFiles = async (backend: Backend) => {
  const names = (await readdir(backend.directory))
    .filter((n) => n.endsWith('.json') && n !== 'damaged.json')
    .sort()
  expect(names).toContain('settings.json')
  return Promise.all(
    names.map(async (name) => [name, await readFile(join(backend.directory, name))] as const),
  )
}

describe.skipIf(skip !== null)(`your data in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  it('backup round trip: export, change, import with a preview; a truncated file changes nothing', async () => {
    const backend = await tier.backend()
    seedYear(backend)
    const w = await tier.open({ backend })
    await w.open('history')
    await whenReady(w.page, 'history')

    await w.page.getByRole('button', { name: d.exportJson, exact: true }).click()
    await expect.poll(() => backend.savedPaths.length, POLL).toBe(1)
    const backupPath = backend.savedPaths[0] ?? ''
    expect(backupPath.endsWith('eventide-backup-2026-11-24.json')).toBe(true)
    await expect
      .poll(
        () =>
          w.page
            .getByRole('status')
            .filter({ hasText: d.savedTo(backupPath) })
            .count(),
        POLL,
      )
      .toBe(1)
    const exported = backend.reopenStore()
    const before = {
      settings: exported.getSettings(),
      nights: exported.allNights(),
      journal: exported.getJournal(),
    }
    expect(JSON.parse(await readFile(backupPath, 'utf8')).labs).toHaveLength(3)

    // Something changes after the backup: a lab result is removed.
    await w.open('health')
    await whenReady(w.page, 'health')
    await w.page
      .getByRole('button', { name: `Remove ferritin 64 ng/mL from ${formatLongDate('2026-09-24')}` })
      .click()
    await expect.poll(() => backend.reopenStore().getJournal().labs.length, POLL).toBe(2)

    await w.open('history')
    await whenReady(w.page, 'history')
    await w.page.getByLabel(d.importLabel, { exact: true }).setInputFiles(backupPath)
    const preview = w.page.locator('.import-preview')
    await expect.poll(() => preview.count(), POLL).toBe(1)
    expect(await preview.textContent()).toContain(
      d.previewCounts({ nights: 365, checkIns: 359, labs: 3, medicines: 1 }),
    )
    expect(await preview.textContent()).toContain(d.previewRange('2025-11-24', LAST_NIGHT))
    expect(backend.reopenStore().getJournal().labs, 'a preview changes nothing').toHaveLength(2)

    await preview.getByRole('button', { name: d.confirm, exact: true }).click()
    await expect
      .poll(
        () =>
          w.page
            .getByRole('status')
            .filter({ hasText: d.imported(365) })
            .count(),
        POLL,
      )
      .toBe(1)
    const restored = backend.reopenStore()
    expect(restored.getSettings()).toEqual(before.settings)
    expect(restored.allNights()).toEqual(before.nights)
    expect(restored.getJournal()).toEqual(before.journal)

    // The same backup cut off halfway: refused with the reason, and not a byte of the store changes.
    const text = await readFile(backupPath, 'utf8')
    const damaged = join(backend.directory, 'damaged.json')
    await writeFile(damaged, text.slice(0, Math.floor(text.length / 2)))
    const filesBefore = await storeFiles(backend)
    await w.page.getByLabel(d.importLabel, { exact: true }).setInputFiles(damaged)
    const alert = w.page.getByRole('alert').filter({ hasText: d.rejected })
    await expect.poll(() => alert.count(), POLL).toBe(1)
    expect(await alert.getByRole('list', { name: d.problemsLabel }).textContent()).toMatch(
      /^\(file\): not valid JSON .*It looks cut off \(truncated\)\.$/,
    )
    expect(await w.page.locator('.import-preview').count(), 'no way to confirm a bad file').toBe(0)
    const filesAfter = await storeFiles(backend)
    expect(filesAfter.map(([name]) => name)).toEqual(filesBefore.map(([name]) => name))
    filesAfter.forEach(([name, bytes], i) => {
      expect(bytes.equals(filesBefore[i]?.[1] ?? Buffer.alloc(0)), `${name} unchanged`).toBe(true)
    })
    // The refusal is logged on both sides, on purpose; nothing else may be.
    expect(backend.logged).toEqual([expect.stringMatching(/^warn: ipc: previewImport rejected/)])
    backend.logged.length = 0
    expect(w.problems).toEqual([expect.stringMatching(/^console error: .*not valid JSON/)])
    w.problems.length = 0
    await expectNoProblems(w)
  })

  it("the doctor's summary shows the trends, adherence and disclaimer, and is marked ready to print", async () => {
    const backend = await tier.backend()
    seedYear(backend)
    const w = await tier.open({ backend })
    await w.open('summary')
    await whenReady(w.page, 'summary')
    const s = healthStrings.summary
    const page = w.page.locator('.summary-page')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(s.heading)
    expect(await page.textContent()).toContain(s.period('2026-08-26', LAST_NIGHT))
    expect(await page.textContent()).toContain(`${formatLongDate('2026-09-24')}: 64`)
    // Ferritin as a trend line; symptoms and sleep as weekly bars with axes and values.
    expect(await page.locator('svg.sparkline').count()).toBe(1)
    expect(await page.locator('.weekly-chart').count()).toBe(2)
    // 90 nights, one of them paused (night 307), nine with magnesium missed.
    expect(await page.textContent()).toContain(
      `recorded 89 morning check-ins from ${formatLongDate('2026-08-26')} to ${formatLongDate(LAST_NIGHT)}`,
    )
    expect(await page.textContent()).toContain(s.adherence(98, 436, 445))
    expect(await page.textContent()).toContain(s.completeNights(80, 89))
    expect(await page.locator('.disclaimer').textContent()).toBe(summaryDisclaimer())

    await w.page.getByRole('button', { name: s.print, exact: true }).click()
    await expect.poll(() => backend.savedPaths.length, POLL).toBe(1)
    expect((await readFile(backend.savedPaths[0] ?? '', 'utf8')).startsWith('%PDF')).toBe(true)
    await expectNoProblems(w)
  })
})
