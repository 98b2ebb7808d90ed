import { describe, expect, it } from 'vitest'
import { describeInput } from '../../shared/errors.ts'

describe('what an error says came in', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [7, '7'],
    [false, 'false'],
    ['bath', '"bath"'],
    [[1, 2], 'a list'],
    [{ a: 1 }, 'an object'],
    [() => 1, 'a function'],
    [Symbol('x'), 'a symbol'],
    [10n, 'a bigint'],
  ])('%s reads as %s', (input, words) => {
    expect(describeInput(input)).toBe(words)
  })

  it('shortens long text to 60 characters with an ellipsis', () => {
    const said = describeInput('x'.repeat(61))
    expect(said).toBe(JSON.stringify(`${'x'.repeat(57)}...`))
    expect(describeInput('y'.repeat(60))).toBe(JSON.stringify('y'.repeat(60)))
  })
})
