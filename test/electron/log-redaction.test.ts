// Every rule that keeps health values, the home folder and the account name out of the log, one by one,
// for each kind of value a log call may carry (text, errors, arrays, objects).
import { inspect } from 'node:util'
import { describe, expect, it } from 'vitest'
import { redactLogData, redactText } from '../../electron/log-redaction.ts'

const context = { home: '/home/rosalind', user: 'rosalind' }

describe('the account name', () => {
  it('is matched literally, so a name with a dot hides only itself', () => {
    const dotted = { home: '/home/j.doe', user: 'j.doe' }
    expect(redactText('/media/j.doe/usb and /media/jxdoe/usb', dotted)).toBe(
      '/media/<user>/usb and /media/jxdoe/usb',
    )
  })

  it('is replaced at the end of a path, before a quote, a colon or a space', () => {
    expect(redactText("/media/rosalind: '/mnt/rosalind' /srv/rosalind end", context)).toBe(
      "/media/<user>: '/mnt/<user>' /srv/<user> end",
    )
  })

  it('when unknown (empty) leaves every path alone', () => {
    const text = 'open /media/x/ y and C:\\data\\'
    expect(redactText(text, { home: '/home/rosalind', user: '' })).toBe(text)
  })
})

describe('the home folder', () => {
  it('of a single character ("/") is not replaced, or every path would turn into ~', () => {
    expect(redactText('/etc/eventide/x.json', { home: '/', user: '' })).toBe('/etc/eventide/x.json')
  })

  it('of two characters is still replaced', () => {
    expect(redactText('open /h/.config/x', { home: '/h', user: '' })).toBe('open ~/.config/x')
  })

  it('on Windows is replaced as written, with forward slashes and as a file URL', () => {
    const windows = { home: 'C:\\Users\\Ro Sa', user: '' }
    expect(redactText('C:\\Users\\Ro Sa\\x.json', windows)).toBe('~\\x.json')
    expect(redactText('C:/Users/Ro Sa/x.json', windows)).toBe('~/x.json')
    expect(redactText('file:///C:/Users/Ro%20Sa/x.json', windows)).toBe('file:///~/x.json')
  })
})

describe('log call arguments', () => {
  it('an error stays an error with its name, and its message and stack are redacted', () => {
    const error = new TypeError('labs[0].value: expected a number, got 5432 in /home/rosalind/x')
    error.stack = 'TypeError: got 5432\n    at /home/rosalind/app.js:1:1'
    const [copy] = redactLogData([error], context)
    expect(copy).toBeInstanceOf(Error)
    const redacted = copy as Error
    expect(redacted.name).toBe('TypeError')
    expect(redacted.message).toBe('labs[0].value: expected a number, got (value not logged) in ~/x')
    expect(redacted.stack).toBe('TypeError: got (value not logged)\n    at ~/app.js:1:1')
  })

  it('an error without a stack stays without one', () => {
    const error = new Error('x')
    error.stack = undefined
    const [copy] = redactLogData([error], context)
    expect((copy as Error).stack).toBeUndefined()
    expect((copy as Error).message).toBe('x')
  })

  it('an array stays an array with each item redacted', () => {
    expect(redactLogData([['/home/rosalind/a', 3, 'got 7']], context)).toEqual([
      ['~/a', 3, 'got (value not logged)'],
    ])
  })

  it('an object is written out four levels deep and redacted', () => {
    const deep = { path: '/home/rosalind/x', a: { b: { c: { d: '/home/rosalind/deep' } } } }
    const [text] = redactLogData([deep], context)
    expect(text).toBe(inspect({ path: '~/x', a: { b: { c: { d: '~/deep' } } } }, { depth: 4 }))
    expect(text).toContain("d: '~/deep'")
  })

  it('numbers, null and undefined pass unchanged', () => {
    expect(redactLogData([42, null, undefined, true], context)).toEqual([42, null, undefined, true])
  })
})
