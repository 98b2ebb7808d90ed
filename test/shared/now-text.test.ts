// The words of the Now card and the tray's headline (shared/now-text.ts), in English, for each kind of Now.
import { describe, expect, it } from 'vitest'
import { nowText, nowWords } from '../../shared/now-text.ts'
import type { NowView, SnapshotStep } from '../../shared/snapshot.ts'

const bedtime = { at: '2026-11-24T22:30:00+01:00', clock: '22:30', usual: '22:30', tonightOnly: false }
const step = (patch: Partial<SnapshotStep> = {}): SnapshotStep => ({
  id: 'magnesium',
  kind: 'task',
  title: 'Magnesium glycinate',
  instruction: '300–400 mg at 21:50, 40 minutes before bed.',
  why: '',
  at: '2026-11-24T21:50:00+01:00',
  state: 'due',
  canSnooze: true,
  ...patch,
})
const walk = { id: 'pre-bed-walk', title: 'Short walk or gentle stretch', at: '2026-11-24T22:15:00+01:00' }
const textOf = (focus: NowView) => nowText({ focus, bedtime })

describe('Now text', () => {
  it('a task to do now: its title, what to do, what comes next and bedtime', () => {
    expect(textOf({ kind: 'step', step: step(), alsoDue: 0, next: walk })).toEqual({
      headline: 'Now: Magnesium glycinate',
      detail: '300–400 mg at 21:50, 40 minutes before bed.',
      next: 'Next: Short walk or gentle stretch at 22:15',
      bed: 'Bed 22:30',
    })
  })

  it('a rule is "in effect", not "now"', () => {
    const rule = step({
      kind: 'rule',
      title: 'Last call for vigorous exercise',
      instruction: 'Keep it light.',
    })
    expect(textOf({ kind: 'step', step: rule, alsoDue: 0, next: null })).toEqual({
      headline: 'In effect: Last call for vigorous exercise',
      detail: 'Keep it light.',
      next: null,
      bed: 'Bed 22:30',
    })
  })

  it('other steps due at the same time are counted after the instruction', () => {
    expect(textOf({ kind: 'step', step: step(), alsoDue: 1, next: null }).detail).toBe(
      '300–400 mg at 21:50, 40 minutes before bed. 1 more step is due.',
    )
    expect(textOf({ kind: 'step', step: step(), alsoDue: 2, next: null }).detail).toBe(
      '300–400 mg at 21:50, 40 minutes before bed. 2 more steps are due.',
    )
  })

  it('a custom step with no instruction: no empty detail, and the count alone when others are due', () => {
    const own = step({ id: 'custom-1', title: 'Stretch the calves', instruction: '' })
    expect(textOf({ kind: 'step', step: own, alsoDue: 0, next: null })).toMatchObject({
      headline: 'Now: Stretch the calves',
      detail: null,
    })
    expect(textOf({ kind: 'step', step: own, alsoDue: 1, next: null }).detail).toBe('1 more step is due.')
  })

  it('waiting: the next step is the headline and is not repeated below it', () => {
    expect(textOf({ kind: 'waiting', next: walk, allFinished: false })).toEqual({
      headline: 'Next: Short walk or gentle stretch at 22:15',
      detail: null,
      next: null,
      bed: 'Bed 22:30',
    })
  })

  it('waiting with nothing to come: "All done" when every step is finished, else just bedtime', () => {
    expect(textOf({ kind: 'waiting', next: null, allFinished: true })).toEqual({
      headline: 'All done. Bed 22:30',
      detail: null,
      next: null,
      bed: null,
    })
    expect(textOf({ kind: 'waiting', next: null, allFinished: false })).toEqual({
      headline: 'Bed 22:30',
      detail: null,
      next: null,
      bed: null,
    })
  })

  it('paused: says so and that no reminders come, with bedtime but no next', () => {
    expect(textOf({ kind: 'paused' })).toEqual({
      headline: 'Paused tonight',
      detail: 'No reminders until you resume.',
      next: null,
      bed: 'Bed 22:30',
    })
  })

  it('closed: the count of the evening, and no bedtime any more', () => {
    expect(textOf({ kind: 'closed', done: 3, total: 5 })).toEqual({
      headline: 'Last night: 3 of 5 done',
      detail: null,
      next: null,
      bed: null,
    })
  })

  it('the tray tooltip names the app before the headline', () => {
    expect(nowWords.tooltip('Now: Magnesium glycinate')).toBe('Eventide — Now: Magnesium glycinate')
  })
})
