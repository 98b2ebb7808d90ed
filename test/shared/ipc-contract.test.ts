// The IPC contract as main applies it: each method's channel name, and how a bad payload is refused
// (what was expected and what came, with the field named).
import { describe, expect, it } from 'vitest'
import { formatIssues, problemText } from '../../shared/errors.ts'
import { CHANNELS, contract, METHODS, type Method, STATE_CHANNEL } from '../../shared/ipc.ts'
import { channelOf } from '../../shared/ipc-channels.ts'

/** The problems main would report for a payload on this method; [] when it passes. */
function refusal(method: Method, payload: unknown): string[] {
  const result = contract[method].request.safeParse(payload)
  return result.success ? [] : formatIssues(result.error).map(problemText)
}

describe('channel names', () => {
  it('spell each method in lower-case words under "eventide:"', () => {
    expect(channelOf('setTonightBedtime')).toBe('eventide:set-tonight-bedtime')
    expect(channelOf('getState')).toBe('eventide:get-state')
    expect(CHANNELS.exportCalendar).toBe('eventide:export-calendar')
    expect(contract.saveCheckIn.channel).toBe('eventide:save-check-in')
  })

  it('give every method its own channel, apart from the push channel', () => {
    const names = METHODS.map((m) => CHANNELS[m])
    for (const name of names) expect(name).toMatch(/^eventide:[a-z]+(-[a-z]+)*$/)
    expect(new Set([...names, STATE_CHANNEL]).size).toBe(METHODS.length + 1)
    expect(STATE_CHANNEL).toBe('eventide:state-changed')
  })
})

describe('payload checks', () => {
  it('a method that takes nothing refuses anything sent to it', () => {
    expect(refusal('getState', undefined)).toEqual([])
    expect(refusal('getState', {})).toEqual(['(value): expected no payload, got an object'])
    expect(refusal('exportCalendar', 'now')).toEqual(['(value): expected no payload, got "now"'])
  })

  it('a text field names what it expected when it gets something else', () => {
    expect(refusal('addMedicine', { name: 42, kind: 'medicine' })).toEqual(['name: expected text, got 42'])
  })

  it('a medicine name may be 80 characters, not 81', () => {
    expect(refusal('addMedicine', { name: 'a'.repeat(80), kind: 'medicine' })).toEqual([])
    expect(refusal('addMedicine', { name: 'a'.repeat(81), kind: 'medicine' })).toEqual([
      'name: expected at most 80 characters',
    ])
  })

  it('a lab note may be 200 characters, not 201', () => {
    const lab = { kind: 'ferritin', value: 42, date: '2026-11-01' }
    expect(refusal('addLab', { ...lab, note: 'n'.repeat(200) })).toEqual([])
    expect(refusal('addLab', { ...lab, note: 'n'.repeat(201) })).toEqual([
      'note: expected at most 200 characters',
    ])
  })
})
