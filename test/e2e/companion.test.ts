// Companion journeys in Chromium (issue 5): the morning check-in, a year of history, and labs and the
// watch list, each against the real handler table and store. Backups and the summary: companion-data.test.ts.
import { describe, expect, it } from 'vitest'
import { healthStrings } from '../../renderer/strings-health.ts'
import { historyStrings } from '../../renderer/strings-history.ts'
import { journalStrings } from '../../renderer/strings-journal.ts'
import { ONSET_LABELS, TRIGGER_LABELS } from '../../shared/checkin.ts'
import { correlationNote } from '../../shared/correlation.ts'
import { formatDate } from '../../shared/i18n/index.ts'
import { WATCH_NOTES } from '../../shared/watchlist-data.ts'
import { browserTierSkip } from './harness/browser.ts'
import { LAST_NIGHT, nightAt, seedYear, YEAR_FACTS } from './harness/seed.ts'
import { expectNoProblems, useBrowserTier } from './harness/suite.ts'
import { fieldError, whenReady } from './harness/views.ts'
import type { EventideWindow } from './harness/window.ts'

const POLL = { timeout: 10_000, interval: 50 }
const skip = browserTierSkip('test/e2e/companion.test.ts (companion journeys in Chromium)')
const h = historyStrings.history

const textOf = (w: EventideWindow, selector: string) =>
  w.page
    .locator(selector)
    .allTextContents()
    .then((texts) => texts.map((t) => t.replace(/\s+/g, ' ').trim()))

const streakText = (w: EventideWindow, name: string) =>
  w.page
    .locator('.streak')
    .filter({ hasText: name })
    .locator('dd')
    .textContent()
    .then((t) => (t ?? '').trim())

describe.skipIf(skip !== null)(`companion journeys in Chromium${skip ? ` (SKIPPED: ${skip})` : ''}`, () => {
  const tier = useBrowserTier()

  it('morning check-in: the banner opens the form, and the answers land on the night before', async () => {
    const backend = await tier.backend({ startMs: Date.parse('2026-11-25T08:30:00+01:00') })
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    const banner = w.page.locator('.check-in-banner')
    await expect.poll(() => banner.textContent(), POLL).toContain(journalStrings.checkInBanner.text)

    await banner.getByRole('button', { name: journalStrings.checkInBanner.open, exact: true }).click()
    await w.settle()
    expect(backend.openedViews).toEqual(['check-in'])
    await whenReady(w.page, 'check-in')
    await expect
      .poll(() => w.page.getByText(historyStrings.checkIn.forNight('2026-11-24')).count(), POLL)
      .toBe(1)

    const c = historyStrings.checkIn
    await w.page
      .getByRole('group', { name: c.severityLegend })
      .getByRole('radio', { name: '6', exact: true })
      .check()
    await w.page
      .getByRole('group', { name: c.sleepLegend })
      .getByRole('radio', { name: '4', exact: true })
      .check()
    await w.page.getByRole('radio', { name: ONSET_LABELS.bedtime, exact: true }).check()
    await w.page.getByRole('checkbox', { name: TRIGGER_LABELS.caffeineAfter14, exact: true }).check()
    await w.page.getByLabel(c.note, { exact: true }).fill('Long drive; legs calmer after the stretch.')
    // The choice shows as the radio's own state, not repeated as text.
    expect(
      await w.page
        .getByRole('group', { name: c.severityLegend })
        .getByRole('radio', { name: '6', exact: true })
        .isChecked(),
    ).toBe(true)
    await w.page.getByRole('button', { name: c.save, exact: true }).click()
    await expect.poll(() => w.page.getByRole('status').filter({ hasText: c.saved }).count(), POLL).toBe(1)

    const { checkIns } = backend.reopenStore().getJournal()
    expect(Object.keys(checkIns), 'a morning check-in belongs to the night before (noon rule)').toEqual([
      '2026-11-24',
    ])
    expect(checkIns['2026-11-24']).toEqual({
      severity: 6,
      sleepQuality: 4,
      onset: 'bedtime',
      triggers: {
        caffeineAfter14: true,
        alcohol: false,
        nicotine: false,
        lateExercise: false,
        antihistamine: false,
      },
      note: 'Long drive; legs calmer after the stretch.',
      savedAt: '2026-11-25T08:30:00+01:00',
    })

    await w.open('checklist')
    await whenReady(w.page, 'checklist')
    expect(await w.page.locator('.check-in-banner').count(), 'the banner is gone once answered').toBe(0)
    await expectNoProblems(w)
  })

  it('a year of history: streaks, calendar, charts, what seems to help, ranges and a travel night', async () => {
    const backend = await tier.backend()
    seedYear(backend)
    const w = await tier.open({ backend })
    await w.open('history')
    await whenReady(w.page, 'history')

    const { best, current } = YEAR_FACTS
    expect(await streakText(w, h.streakCurrent)).toBe(
      `${h.streakValue(current.length)} (${h.streakSpan(current.from, current.to)})`,
    )
    expect(await streakText(w, h.streakBest)).toBe(
      `${h.streakValue(best.length)} (${h.streakSpan(best.from, best.to)})`,
    )

    const cells = w.page.locator('.cal-cell')
    expect(await cells.count()).toBe(30)
    const last = w.page.getByRole('button', { name: new RegExp(`^${formatDate(LAST_NIGHT)}:`) })
    expect(await last.getAttribute('aria-pressed'), 'last night is shown first').toBe('true')
    expect(await last.textContent()).toContain('all steps done, 5 of 5 steps, symptoms 5 of 10')
    expect(await w.page.getByRole('heading', { name: h.calendarHeading, exact: true }).count()).toBe(1)

    // Each chart is drawn on a canvas and said in words beside it.
    await expect.poll(() => w.page.locator('.chart-canvas canvas').count(), POLL).toBeGreaterThanOrEqual(2)
    const summaries = await textOf(w, '.chart-summary')
    expect(summaries[0]).toMatch(
      /^Symptom strength \(0–10\): 30 ratings from 25 Oct 2026 to 23 Nov 2026\. Average 3\.9, lowest 3, highest 7; latest 5 on 23 Nov 2026\./,
    )
    expect(summaries[1]).toMatch(/^Sleep quality \(0–10\): 30 ratings from 25 Oct 2026 to 23 Nov 2026\./)

    const helps = w.page
      .locator('section')
      .filter({ has: w.page.getByRole('heading', { name: h.helpsHeading }) })
    expect(await helps.locator('.correlation-note').textContent()).toBe(correlationNote())
    const enough = await textOf(w, '.helps:not(.helps-waiting) li')
    expect(enough).toContain(
      'Magnesium glycinate: On nights you did it, severity averaged 3.6 (27 nights); without it, 7.0 (3 nights). Symptoms were milder with it.',
    )
    expect(enough).toContain(
      'Caffeine after 14:00: On nights with it, severity averaged 5.0 (8 nights); without it, 3.5 (22 nights). Symptoms were worse with it.',
    )
    expect(await textOf(w, '.helps-waiting li'), 'a trigger never seen waits for 3 nights with it').toContain(
      `${TRIGGER_LABELS.alcohol}: ${h.moreNights(3, 0)}`,
    )

    for (const days of [90, 365, 30] as const) {
      await w.page.getByRole('radio', { name: h.range(days), exact: true }).check()
      await expect.poll(() => cells.count(), POLL).toBe(days)
    }
    await w.page.getByRole('radio', { name: h.range(365), exact: true }).check()
    await expect
      .poll(() => textOf(w, '.chart-summary').then((t) => t[0]), POLL)
      .toMatch(/^Symptom strength \(0–10\): 359 ratings from 24 Nov 2025 to 23 Nov 2026\./)
    await w.page.getByRole('radio', { name: h.range(30), exact: true }).check()
    await expect.poll(() => cells.count(), POLL).toBe(30)

    // The only broken night in the current streak becomes a travel night: the streak joins the one before it.
    const broken = nightAt(355)
    await w.page.getByRole('button', { name: new RegExp(`^${formatDate(broken)}:`) }).click()
    await expect
      .poll(() => w.page.getByRole('heading', { name: historyStrings.night.heading(broken) }).count(), POLL)
      .toBe(1)
    // Controlled by main's answer, so the box turns on when the travel mark is saved, not on the click itself.
    const travel = w.page.getByRole('checkbox', { name: historyStrings.night.travel, exact: true })
    await travel.click()
    await expect.poll(() => travel.isChecked(), POLL).toBe(true)
    await expect
      .poll(() => streakText(w, h.streakCurrent), POLL)
      .toBe(`${h.streakValue(18)} (${h.streakSpan(nightAt(346), LAST_NIGHT)})`)
    expect(backend.reopenStore().getJournal().travelNights).toEqual([broken])
    expect(
      await w.page.getByRole('button', { name: new RegExp(`^${formatDate(broken)}:`) }).textContent(),
    ).toContain('travel')
    await expectNoProblems(w)
  })

  it('labs and medicines: a ferritin result with its band and recheck, a future date refused, ZzzQuil flagged', async () => {
    const backend = await tier.backend()
    backend.seedSettings()
    const w = await tier.open({ backend })
    await w.open('health')
    await whenReady(w.page, 'health')
    const l = healthStrings.labs

    await w.page.getByLabel(l.value('ng/mL'), { exact: true }).fill('42')
    await w.page.getByLabel(l.date, { exact: true }).fill('2026-11-24')
    await w.page.getByRole('button', { name: l.add, exact: true }).click()
    const results = w.page.getByRole('list', { name: l.listHeading })
    await expect.poll(() => results.getByRole('listitem').count(), POLL).toBe(1)
    const entry = results.getByRole('listitem').first()
    expect(await entry.locator('.entry-title').textContent()).toBe('Ferritin: 42 ng/mL on 24 Nov 2026')
    expect(await entry.textContent()).toContain('Below 50 ng/mL: low for restless legs')
    expect(await w.page.getByText(l.recheck.upcoming('2027-02-24', '2026-11-24')).count()).toBe(1)
    expect(
      backend
        .reopenStore()
        .getJournal()
        .labs.map(({ kind, value, date }) => ({ kind, value, date })),
    ).toEqual([{ kind: 'ferritin', value: 42, date: '2026-11-24' }])

    const date = w.page.getByLabel(l.date, { exact: true })
    await w.page.getByLabel(l.value('ng/mL'), { exact: true }).fill('80')
    await date.fill('2026-11-25')
    await expect.poll(() => date.getAttribute('aria-invalid'), POLL).toBe('true')
    expect(await fieldError(date)).toContain('Expected a date on or before 24 Nov 2026, got "25 Nov 2026"')
    await w.page.getByRole('button', { name: l.add, exact: true }).click()
    await expect
      .poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('aria-invalid')), POLL)
      .toBe('true')
    expect(await results.getByRole('listitem').count()).toBe(1)
    expect(backend.reopenStore().getJournal().labs).toHaveLength(1)

    const m = healthStrings.medicines
    await w.page.getByLabel(m.name, { exact: true }).fill('ZzzQuil')
    await w.page.getByRole('button', { name: m.add, exact: true }).click()
    const medicines = w.page.getByRole('list', { name: m.listHeading })
    await expect.poll(() => medicines.getByRole('listitem').count(), POLL).toBe(1)
    const note = medicines.locator('.watch-note')
    expect(await note.textContent()).toContain(`${m.watchLabel}: ZzzQuil (diphenhydramine)`)
    expect(await note.textContent()).toContain(WATCH_NOTES.otc)
    expect(WATCH_NOTES.otc).toContain('Ask a pharmacist or doctor about an alternative')
    expect(
      backend
        .reopenStore()
        .getJournal()
        .medicines.map((x) => x.name),
    ).toEqual(['ZzzQuil'])
    await expectNoProblems(w)
  })
})
