// The tray menu template for each evening state, and a signature that changes only with the content.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEvening } from '../../electron/evening.ts'
import { type TrayItem, traySignature, trayTemplate, trayTooltip } from '../../electron/tray-menu.ts'
import { instantMs } from '../../shared/night.ts'
import { nowText } from '../../shared/now-text.ts'
import type { Snapshot } from '../../shared/snapshot.ts'
import { quiet } from '../support/logger.ts'
import { createMemoryStore } from '../support/memory-store.ts'

function evening(nowIso = '2026-11-24T20:00:00+01:00', timeZone = 'Europe/Berlin') {
  let now = instantMs(nowIso)
  const e = createEvening({
    store: createMemoryStore(),
    clock: { now: () => now, timeZone: () => timeZone },
    logger: quiet(),
  })
  return Object.assign(e, {
    at(iso: string) {
      now = instantMs(iso)
    },
  })
}

const item = (template: TrayItem[], id: string): TrayItem => {
  const found = template.flatMap((i) => [i, ...(i.submenu ?? [])]).find((i) => i.id === id)
  if (!found) throw new Error(`no menu item ${id}`)
  return found
}
const labels = (template: TrayItem[]) => template.filter((i) => i.type !== 'separator').map((i) => i.label)

describe('tray menu: steps pending', () => {
  it('shows the step due now with Done and Snooze, progress and every action', () => {
    const e = evening('2026-11-24T21:35:00+01:00')
    e.setStepStatus('exercise-cutoff', 'done')
    const snap = e.setStepStatus('warm-socks', 'done')
    const template = trayTemplate(snap)
    expect(labels(template)).toEqual([
      'Now: Warm bath or shower',
      'Tonight: 2 of 5 done',
      'Missed reminders (1)',
      'Done: Warm bath or shower',
      'Snooze: Warm bath or shower',
      'Open checklist',
      'Morning check-in…',
      'History',
      'Bedtime tonight: 22:30',
      'Pause tonight',
      'Settings…',
      'Quit Eventide',
    ])
    expect(item(template, 'headline').enabled).toBe(false)
    expect(item(template, 'step-warm-bath-done').action).toEqual({
      kind: 'step',
      stepId: 'warm-bath',
      status: 'done',
    })
    expect(item(template, 'step-warm-bath-snooze').action).toEqual({
      kind: 'step',
      stepId: 'warm-bath',
      status: 'snooze',
    })
    expect(item(template, 'open-checklist').action).toEqual({ kind: 'open-checklist' })
    expect(item(template, 'check-in').action).toEqual({ kind: 'open-view', view: 'check-in' })
    expect(item(template, 'history').action).toEqual({ kind: 'open-view', view: 'history' })
    expect(item(template, 'pause').action).toEqual({ kind: 'pause' })
    expect(item(template, 'settings').action).toEqual({ kind: 'open-settings' })
    expect(item(template, 'quit').action).toEqual({ kind: 'quit' })
    expect(trayTooltip(snap)).toBe('Eventide — Now: Warm bath or shower')
  })

  it('shows the next step with its time once nothing is due', () => {
    const e = evening('2026-11-24T21:40:00+01:00')
    e.setStepStatus('exercise-cutoff', 'done')
    e.setStepStatus('warm-socks', 'done')
    const snap = e.setStepStatus('warm-bath', 'done')
    expect(item(trayTemplate(snap), 'headline').label).toBe('Next: Magnesium glycinate at 21:50')
    expect(trayTemplate(snap).some((i) => i.id.startsWith('step-'))).toBe(false)
    expect(trayTooltip(snap)).toBe('Eventide — Next: Magnesium glycinate at 21:50')
  })

  it('shows a rule in effect with Got it and no Snooze', () => {
    const snap = evening('2026-11-24T18:40:00+01:00').snapshot()
    const template = trayTemplate(snap)
    expect(item(template, 'headline').label).toBe('In effect: Last call for vigorous exercise')
    expect(item(template, 'step-exercise-cutoff-done').label).toBe('Got it: Last call for vigorous exercise')
    expect(template.some((i) => i.id === 'step-exercise-cutoff-snooze')).toBe(false)
  })

  it('offers no Snooze that would outlive the step (the bath window ends at 21:50)', () => {
    const template = trayTemplate(evening('2026-11-24T21:45:00+01:00').snapshot())
    expect(item(template, 'step-warm-bath-done').label).toBe('Done: Warm bath or shower')
    expect(template.some((i) => i.id === 'step-warm-bath-snooze')).toBe(false)
  })

  it('after the close: how the evening went, no step items, no pause and no bedtime to move', () => {
    const e = evening('2026-11-24T21:00:00+01:00')
    e.setStepStatus('exercise-cutoff', 'done')
    e.setStepStatus('warm-socks', 'done')
    e.at('2026-11-24T23:45:00+01:00')
    const snap = e.snapshot()
    const template = trayTemplate(snap)
    expect(labels(template)).toEqual([
      'Last night: 2 of 5 done',
      'Evening over: 2 of 5 done',
      'Open checklist',
      'Morning check-in…',
      'History',
      'Settings…',
      'Quit Eventide',
    ])
    expect(trayTooltip(snap)).toBe('Eventide — Last night: 2 of 5 done')
  })

  it('offers bedtime shifts computed from tonight’s bedtime', () => {
    const template = trayTemplate(evening().snapshot())
    const bedtime = item(template, 'bedtime')
    expect(bedtime.submenu?.map((i) => [i.label, i.enabled, i.action])).toEqual([
      ['Earlier 30 min (22:00)', true, { kind: 'set-bedtime', bedtime: '22:00' }],
      ['Later 30 min (23:00)', true, { kind: 'set-bedtime', bedtime: '23:00' }],
      ['Later 60 min (23:30)', true, { kind: 'set-bedtime', bedtime: '23:30' }],
      ['Back to usual (22:30)', false, { kind: 'set-bedtime', bedtime: null }],
    ])
  })

  it('shows times in the night’s own zone', () => {
    const snap = evening('2026-11-24T20:00:00-05:00', 'America/New_York').setStepStatus(
      'exercise-cutoff',
      'done',
    )
    expect(item(trayTemplate(snap), 'headline').label).toBe('Next: Warm bath or shower at 21:30')
  })
})

describe('tray menu: other states', () => {
  it('all done: nothing else tonight, full progress', () => {
    const e = evening()
    let snap: Snapshot = e.snapshot()
    for (const step of snap.steps) snap = e.setStepStatus(step.id, 'done')
    const template = trayTemplate(snap)
    expect(item(template, 'headline').label).toBe('All done. Bed 22:30')
    expect(item(template, 'progress').label).toBe('Tonight: 5 of 5 done')
    expect(trayTooltip(snap)).toBe('Eventide — All done. Bed 22:30')
  })

  it('nothing left: after the last step, with some skipped', () => {
    const e = evening('2026-11-24T22:40:00+01:00')
    e.setStepStatus('exercise-cutoff', 'done')
    e.setStepStatus('magnesium', 'skipped')
    const template = trayTemplate(e.setStepStatus('pre-bed-walk', 'done'))
    expect(item(template, 'headline').label).toBe('Bed 22:30')
    expect(item(template, 'progress').label).toBe('Tonight: 2 of 5 done')
  })

  it('paused: says so and offers Resume instead of Pause', () => {
    const snap = evening().setPaused(true)
    const template = trayTemplate(snap)
    expect(item(template, 'headline').label).toBe('Paused tonight')
    expect(item(template, 'resume').action).toEqual({ kind: 'resume' })
    expect(template.some((i) => i.id === 'pause')).toBe(false)
    // Paused: no step to tick or snooze from the tray either.
    expect(template.some((i) => i.id.startsWith('step-'))).toBe(false)
    expect(trayTooltip(snap)).toBe('Eventide — Paused tonight')
  })

  it('bedtime overridden: shows both bedtimes, shifts from tonight’s, and Back to usual works', () => {
    const e = evening()
    e.setStepStatus('exercise-cutoff', 'done')
    const snap = e.setTonightBedtime('23:00')
    const template = trayTemplate(snap)
    const bedtime = item(template, 'bedtime')
    expect(bedtime.label).toBe('Bedtime tonight: 23:00 (usual 22:30)')
    expect(item(template, 'bedtime-earlier-30').action).toEqual({ kind: 'set-bedtime', bedtime: '22:30' })
    expect(item(template, 'bedtime-later-60').label).toBe('Later 60 min (00:00)')
    expect(item(template, 'bedtime-usual')).toMatchObject({ enabled: true, label: 'Back to usual (22:30)' })
    expect(item(template, 'headline').label).toBe('Next: Warm bath or shower at 22:00')
  })

  it('never offers a shift that would leave the night (past noon)', () => {
    const snap = evening().setTonightBedtime('11:45')
    const template = trayTemplate(snap)
    expect(item(template, 'bedtime-later-30').enabled).toBe(false)
    expect(item(template, 'bedtime-earlier-30').enabled).toBe(true)
  })

  it('no steps switched on', () => {
    const snap = { ...evening().snapshot(), steps: [], progress: { done: 0, total: 0 }, next: null }
    expect(item(trayTemplate(snap), 'progress').label).toBe('No steps switched on')
  })
})

describe('tray menu: signature', () => {
  it('is stable while only the time moves within a step window', () => {
    const e = evening('2026-11-24T20:00:00+01:00')
    const first = e.snapshot()
    e.at('2026-11-24T20:45:00+01:00')
    const later = e.snapshot()
    expect(later.now).not.toBe(first.now)
    expect(traySignature(trayTemplate(later), trayTooltip(later))).toBe(
      traySignature(trayTemplate(first), trayTooltip(first)),
    )
  })

  it('changes when the next step, progress, pause or bedtime changes', () => {
    const e = evening('2026-11-24T20:00:00+01:00')
    const sig = (s: Snapshot) => traySignature(trayTemplate(s), trayTooltip(s))
    const seen = new Set([sig(e.snapshot())])
    e.at('2026-11-24T21:35:00+01:00')
    seen.add(sig(e.snapshot()))
    seen.add(sig(e.setStepStatus('warm-bath', 'done')))
    seen.add(sig(e.setPaused(true)))
    seen.add(sig(e.setPaused(false)))
    seen.add(sig(e.setTonightBedtime('23:00')))
    // Resume brings back the exact menu from before the pause.
    expect(seen.size).toBe(5)
  })
})

describe('tray menu: one Now for the tray and the checklist', () => {
  it('the headline and tooltip always say what the Now card says, at any minute of any evening', () => {
    const ids = ['exercise-cutoff', 'warm-socks', 'warm-bath', 'magnesium', 'pre-bed-walk']
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.subarray(ids),
        fc.boolean(),
        (minute, doneIds, paused) => {
          const e = evening('2026-11-24T12:00:00+01:00')
          for (const id of doneIds) e.setStepStatus(id, 'done')
          if (paused) e.setPaused(true)
          e.at(new Date(instantMs('2026-11-24T12:00:00+01:00') + minute * 60_000).toISOString())
          const snap = e.snapshot()
          const card = nowText(snap)
          expect(item(trayTemplate(snap), 'headline').label).toBe(card.headline)
          expect(trayTooltip(snap)).toBe(`Eventide — ${card.headline}`)
          // The tray offers Done for exactly the steps the checklist shows as due or in effect.
          const trayDone = trayTemplate(snap)
            .filter((i) => i.action?.kind === 'step' && i.action.status === 'done')
            .map((i) => (i.action?.kind === 'step' ? i.action.stepId : ''))
          const open =
            snap.closed || snap.paused
              ? []
              : snap.steps.filter((s) => s.state === 'due' || s.state === 'in-effect')
          expect(trayDone).toEqual(open.map((s) => s.id))
        },
      ),
      { numRuns: 150 },
    )
  })
})
