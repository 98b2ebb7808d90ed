// The step lifecycle on its exact edges: the instant a window ends, a snooze runs out, the evening closes,
// and which step is Now when several are due.
import { describe, expect, it } from 'vitest'
import {
  eveningCloseMs,
  eveningNight,
  isClosed,
  liveNights,
  nextChangeMs,
  nightReach,
  nowFocus,
  stepEndMs,
  stepLives,
} from '../../shared/lifecycle.ts'
import { instantMs } from '../../shared/night.ts'
import { emptyNightRecord, type NightRecord } from '../../shared/records.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { planNight } from '../../shared/timeline.ts'

// Bedtime 22:30 in Berlin in winter: 18:30 exercise cut-off (a rule), 19:00–20:00 socks, 21:30 bath
// (20 min), 21:50 magnesium, 22:15 walk; the evening closes at 23:30.
const TZ = 'Europe/Berlin'
const NIGHT = '2026-11-24'
const settings = defaultSettings()
const plan = planNight(settings, NIGHT, TZ)
const at = (hhmm: string) => instantMs(`${NIGHT}T${hhmm}+01:00`)
const record = (patch: Partial<NightRecord> = {}): NightRecord => ({ ...emptyNightRecord(), ...patch })
const opts = { snoozeMinutes: 10 }
const lifeOf = (id: string, r: NightRecord, nowMs: number, p = plan) => {
  const life = stepLives(p, r, nowMs, opts).find((l) => l.id === id)
  if (!life) throw new Error(`no step ${id}`)
  return life
}
const withSteps = (steps: Settings['steps']): Settings => ({ ...settings, steps })
const clockStep = (id: string, time: string, untilTime?: string) =>
  untilTime === undefined
    ? { id, enabled: true, anchor: 'clock' as const, time, title: 'Tea' }
    : { id, enabled: true, anchor: 'clock' as const, time, untilTime, title: 'Tea' }

describe('the end of a step', () => {
  it('a window ends with it: socks are due at 19:59:59.999 and missed at 20:00 sharp', () => {
    expect(lifeOf('warm-socks', record(), at('20:00:00') - 1).phase).toBe('due')
    expect(lifeOf('warm-socks', record(), at('20:00:00')).phase).toBe('missed')
  })

  it('a window reaching past the close ends at the close', () => {
    const p = planNight(withSteps([clockStep('custom-1', '22:00', '23:59')]), NIGHT, TZ)
    const [step] = p.steps
    if (!step) throw new Error('no step')
    expect(stepEndMs(step, eveningCloseMs(p))).toBe(at('23:30:00'))
  })

  it('a window whose end is not after its start is ignored: the step lasts until the close', () => {
    const p = planNight(withSteps([clockStep('custom-1', '21:00', '21:00')]), NIGHT, TZ)
    const [step] = p.steps
    if (!step) throw new Error('no step')
    expect(stepEndMs(step, eveningCloseMs(p))).toBe(at('23:30:00'))
  })

  it('a rule is in effect until the close, whatever window it was given', () => {
    const rule = plan.steps.find((s) => s.id === 'exercise-cutoff')
    if (!rule) throw new Error('no rule')
    const windowed = { ...rule, until: `${NIGHT}T19:00:00+01:00` }
    expect(stepEndMs(windowed, eveningCloseMs(plan))).toBe(at('23:30:00'))
    expect(lifeOf('exercise-cutoff', record(), at('23:29:00')).phase).toBe('in-effect')
  })

  it('the evening is closed from its closing instant on, not a millisecond before', () => {
    expect(isClosed(plan, at('23:30:00') - 1)).toBe(false)
    expect(isClosed(plan, at('23:30:00'))).toBe(true)
    expect(lifeOf('magnesium', record(), at('23:30:00') - 1).phase).toBe('due')
    expect(lifeOf('magnesium', record(), at('23:30:00')).phase).toBe('missed')
  })

  it('a clock step after bedtime keeps the evening open until an hour after its own start', () => {
    const s = withSteps([...settings.steps, clockStep('custom-1', '23:45')])
    expect(eveningCloseMs(planNight(s, NIGHT, TZ))).toBe(instantMs(`${NIGHT}T23:45:00+01:00`) + 3_600_000)
  })

  it('a step is upcoming until its very instant', () => {
    expect(lifeOf('warm-bath', record(), at('21:30:00') - 1).phase).toBe('upcoming')
    expect(lifeOf('warm-bath', record(), at('21:30:00')).phase).toBe('due')
  })
})

describe('snoozing', () => {
  it('Snooze is offered only while the snooze would end before the step does', () => {
    // Socks end at 20:00; a 10-minute snooze must end before that.
    expect(lifeOf('warm-socks', record(), at('19:50:00') - 1).canSnooze).toBe(true)
    expect(lifeOf('warm-socks', record(), at('19:50:00')).canSnooze).toBe(false)
  })

  it('a snooze ending exactly now makes the step due again', () => {
    const r = record({ snoozed: { magnesium: `${NIGHT}T22:00:00+01:00` } })
    expect(lifeOf('magnesium', r, at('22:00:00') - 1)).toMatchObject({
      phase: 'snoozed',
      snoozedUntilMs: at('22:00:00'),
    })
    const due = lifeOf('magnesium', r, at('22:00:00'))
    expect(due.phase).toBe('due')
    expect(due.snoozedUntilMs).toBeUndefined()
  })

  it('a rule is never snoozed, even with a snooze on record', () => {
    const r = record({ snoozed: { 'exercise-cutoff': `${NIGHT}T20:00:00+01:00` } })
    expect(lifeOf('exercise-cutoff', r, at('19:00:00'))).toMatchObject({
      phase: 'in-effect',
      canSnooze: false,
    })
  })
})

describe('the Now among several due steps', () => {
  it('the step whose chance runs out first is Now; the others are counted as also due', () => {
    // 21:52: bath (ends 21:50) is missed; magnesium (21:50, ends 23:30) due. Socks ticked.
    // At 19:40 socks (end 20:00) and a custom 19:30 tea (no window, ends 23:30) are both due.
    const s = withSteps([...settings.steps, clockStep('custom-1', '19:30')])
    const p = planNight(s, NIGHT, TZ)
    const r = record()
    const lives = stepLives(p, r, at('19:40:00'), opts)
    expect(nowFocus(p, r, lives, at('19:40:00'))).toEqual({
      kind: 'step',
      stepId: 'warm-socks',
      alsoDue: 1,
      nextId: 'warm-bath',
      nextAtMs: at('21:30:00'),
    })
  })

  it('a step that began earlier but runs longer waits behind one that ends sooner', () => {
    // 19:10: a custom 18:45 step (no window, ends 23:30) and the socks (19:00–20:00) are both due.
    const s = withSteps([clockStep('custom-1', '18:45'), ...settings.steps])
    const p = planNight(s, NIGHT, TZ)
    const r = record()
    const lives = stepLives(p, r, at('19:10:00'), opts)
    expect(nowFocus(p, r, lives, at('19:10:00'))).toMatchObject({ stepId: 'warm-socks', alsoDue: 1 })
  })

  it('of two steps coming at the same minute, the first in the plan is named next', () => {
    const s = withSteps([clockStep('custom-1', '21:00'), clockStep('custom-2', '21:00')])
    const p = planNight(s, NIGHT, TZ)
    const lives = stepLives(p, record(), at('20:30:00'), opts)
    expect(nowFocus(p, record(), lives, at('20:30:00'))).toEqual({
      kind: 'waiting',
      nextId: 'custom-1',
      nextAtMs: at('21:00:00'),
    })
  })

  it('with the same end, the earlier start is Now', () => {
    const s = withSteps([...settings.steps, clockStep('custom-1', '21:55'), clockStep('custom-2', '21:52')])
    const p = planNight(s, NIGHT, TZ)
    const r = record({ steps: { 'warm-bath': { status: 'done', at: `${NIGHT}T21:35:00+01:00` } } })
    const lives = stepLives(p, r, at('22:00:00'), opts)
    expect(nowFocus(p, r, lives, at('22:00:00'))).toMatchObject({ stepId: 'magnesium', alsoDue: 2 })
  })

  it('a snooze running out is what comes next, when it is sooner than the next step', () => {
    const r = record({
      snoozed: { 'warm-bath': `${NIGHT}T21:40:00+01:00` },
    })
    const lives = stepLives(plan, r, at('21:35:00'), opts)
    expect(nowFocus(plan, r, lives, at('21:35:00'))).toEqual({
      kind: 'step',
      stepId: 'exercise-cutoff',
      alsoDue: 0,
      nextId: 'warm-bath',
      nextAtMs: at('21:40:00'),
    })
  })

  it('a step starting before a snooze runs out is what comes next, though the snoozed step is earlier in the plan', () => {
    const r = record({
      snoozed: { 'warm-bath': `${NIGHT}T21:55:00+01:00` },
    })
    const lives = stepLives(plan, r, at('21:35:00'), opts)
    expect(nowFocus(plan, r, lives, at('21:35:00'))).toEqual({
      kind: 'step',
      stepId: 'exercise-cutoff',
      alsoDue: 0,
      nextId: 'magnesium',
      nextAtMs: at('21:50:00'),
    })
  })

  it('with nothing due, it waits for the next step, and after the last one for bed', () => {
    const done = { status: 'done' as const, at: `${NIGHT}T18:35:00+01:00` }
    const r = record({ steps: { 'exercise-cutoff': done, 'warm-socks': done } })
    const lives = stepLives(plan, r, at('21:00:00'), opts)
    expect(nowFocus(plan, r, lives, at('21:00:00'))).toEqual({
      kind: 'waiting',
      nextId: 'warm-bath',
      nextAtMs: at('21:30:00'),
    })
    const all = record({ steps: Object.fromEntries(plan.steps.map((s) => [s.id, done])) })
    const after = stepLives(plan, all, at('22:20:00'), opts)
    expect(nowFocus(plan, all, after, at('22:20:00'))).toEqual({
      kind: 'waiting',
      nextId: null,
      nextAtMs: null,
    })
  })

  it('a closed evening reports how it went', () => {
    const done = { status: 'done' as const, at: `${NIGHT}T18:35:00+01:00` }
    const r = record({ steps: { magnesium: done, 'warm-bath': { status: 'skipped', at: done.at } } })
    const lives = stepLives(plan, r, at('23:30:00'), opts)
    expect(nowFocus(plan, r, lives, at('23:30:00'))).toEqual({ kind: 'closed', done: 1, total: 5 })
  })
})

describe('the next change', () => {
  it('is the soonest future step start, window end, snooze end or close', () => {
    const r = record({ snoozed: { 'warm-socks': `${NIGHT}T19:45:00+01:00` } })
    const lives = (ms: number) => stepLives(plan, r, ms, opts)
    expect(nextChangeMs(plan, lives(at('19:40:00')), at('19:40:00'))).toBe(at('19:45:00'))
    expect(nextChangeMs(plan, lives(at('19:45:00')), at('19:45:00'))).toBe(at('20:00:00'))
    expect(nextChangeMs(plan, lives(at('22:15:00')), at('22:15:00'))).toBe(at('23:30:00'))
  })

  it('after the last window has ended, the next change is the close itself', () => {
    const p = planNight(withSteps([clockStep('custom-1', '21:00', '21:30')]), NIGHT, TZ)
    const lives = stepLives(p, record(), at('21:45:00'), opts)
    expect(nextChangeMs(p, lives, at('21:45:00'))).toBe(at('23:30:00'))
  })

  it('is nothing once the evening has closed', () => {
    expect(nextChangeMs(plan, stepLives(plan, record(), at('23:30:00'), opts), at('23:30:00'))).toBeNull()
  })
})

describe('how far a night reaches (an hour of margin for DST)', () => {
  const reach = (bedtime: string, steps = settings.steps) => nightReach(withSteps(steps), bedtime)

  it('a first step at 13:00 stays inside the night; at 12:59 it may start before noon', () => {
    expect(reach('22:30', [clockStep('custom-1', '13:00')]).startsBeforeNoon).toBe(false)
    expect(reach('22:30', [clockStep('custom-1', '12:59')]).startsBeforeNoon).toBe(true)
  })

  it('a bedtime-relative step counts from the bedtime', () => {
    const early = [
      { id: 'custom-1', enabled: true, anchor: 'bedtime' as const, offsetMinutes: -540, title: 'Tea' },
    ]
    expect(reach('22:00', early).startsBeforeNoon).toBe(false)
    expect(reach('21:59', early).startsBeforeNoon).toBe(true)
  })

  it('disabled steps reach nowhere', () => {
    expect(reach('22:30', [{ ...clockStep('custom-1', '12:30'), enabled: false }]).startsBeforeNoon).toBe(
      false,
    )
  })

  it('a bedtime of 10:00 closes at 11:00, inside the night; 10:01 may close past noon', () => {
    expect(reach('10:00', []).closesAfterNoon).toBe(false)
    expect(reach('10:01', []).closesAfterNoon).toBe(true)
  })

  it('a clock step late in the morning keeps the evening open past noon too', () => {
    expect(reach('22:30', [clockStep('custom-1', '10:30')]).closesAfterNoon).toBe(true)
  })
})

describe('which nights are live', () => {
  const lateSettings = { ...settings, bedtime: '11:30' }
  const planOf = (night: string) => planNight(lateSettings, night, TZ)
  const reachOf = () => nightReach(lateSettings, '11:30')

  it('the night before stays live after noon until its evening closes', () => {
    // Bedtime 11:30 on the 25th (night of the 24th) closes at 12:30 on the 25th.
    const noon25 = instantMs('2026-11-25T12:00:00+01:00')
    expect(liveNights(noon25, TZ, planOf, reachOf)).toEqual(['2026-11-24', '2026-11-25'])
    expect(liveNights(instantMs('2026-11-25T12:30:00+01:00'), TZ, planOf, reachOf)).toEqual(['2026-11-25'])
  })

  it('an ordinary evening has only its own night live', () => {
    const p = (night: string) => planNight(settings, night, TZ)
    const r = () => nightReach(settings, '22:30')
    expect(liveNights(at('21:00:00'), TZ, p, r)).toEqual([NIGHT])
  })
})

describe('which evening is shown when two are open', () => {
  // Mondays a late-morning bedtime (11:30, night of the 23rd, closing 12:30 on the 24th); other days 23:00
  // with a step 12 h before bed (11:00), so the evening of the 24th opens while the 23rd's is still open.
  const s: Settings = {
    ...settings,
    bedtime: '23:00',
    bedtimeByWeekday: { mon: '11:30' },
    steps: [{ id: 'custom-1', enabled: true, anchor: 'bedtime', offsetMinutes: -720, title: 'Iron tablet' }],
  }
  const planOf = (night: string) => planNight(s, night, TZ)
  const reachOf = (night: string) => nightReach(s, planOf(night).bedtimeClock)

  it('the later evening wins while both are open', () => {
    expect(eveningNight(instantMs('2026-11-24T12:00:00+01:00'), TZ, planOf, reachOf)).toBe('2026-11-24')
  })

  it('an evening closing after noon is over at its closing instant', () => {
    const daily: Settings = { ...settings, bedtime: '11:30' }
    const p = (night: string) => planNight(daily, night, TZ)
    const r = () => nightReach(daily, '11:30')
    expect(eveningNight(instantMs('2026-11-25T12:30:00+01:00') - 1, TZ, p, r)).toBe('2026-11-24')
    expect(eveningNight(instantMs('2026-11-25T12:30:00+01:00'), TZ, p, r)).toBe('2026-11-25')
  })
})
