// Every catalogue key is read by some code: a message nothing shows is dead weight that translators keep
// translating. A key counts as read when renderer/, electron/ or shared/ spells it as a literal ('x.y', "x.y"
// or `x.y`) or when it matches one of the dynamic keys below, which code builds at run time.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../shared/i18n/en.ts'

const root = resolve(import.meta.dirname, '../..')
const CODE_DIRS = ['renderer', 'electron', 'shared']
/** The catalogues themselves (en.ts, main-de.ts, clinical-es.ts…): a key there is defined, not read. */
const CATALOGUE_FILE = /^shared\/i18n\/(?:(?:main|clinical)-)?[a-z]{2}\.ts$/

/**
 * Keys built at run time from a value: each pattern, the start of the template literal that builds them (the
 * part before its first placeholder) and where. Patterns are narrow, so a dead key beside them cannot hide.
 */
const DYNAMIC_KEYS: readonly { keys: RegExp; template: string; where: string }[] = [
  { keys: /^clinical\.lab\.\w+\.(label|name)$/, template: 'clinical.lab.', where: 'shared/labs.ts' },
  {
    keys: /^clinical\.watch\.[\w-]+\.(label|why)$/,
    template: 'clinical.watch.',
    where: 'shared/watchlist-data.ts',
  },
  {
    keys: /^clinical\.watch\.note\.\w+$/,
    template: 'clinical.watch.note.',
    where: 'shared/watchlist-data.ts',
  },
  { keys: /^clinical\.caution\.\w+$/, template: 'clinical.caution.', where: 'shared/cautions.ts' },
  {
    keys: /^clinical\.aug\.rest\.\w+$/,
    template: 'clinical.aug.rest.',
    where: 'shared/augmentation-prompt.ts',
  },
  { keys: /^step\.[a-z-]+\.(title|instruction|why)$/, template: 'step.', where: 'shared/protocol.ts' },
  { keys: /^checkin\.option\.onset\.\w+$/, template: 'checkin.option.onset.', where: 'shared/checkin.ts' },
  {
    keys: /^checkin\.option\.trigger\.\w+$/,
    template: 'checkin.option.trigger.',
    where: 'shared/checkin.ts',
  },
  { keys: /^checkin\.option\.body\.\w+$/, template: 'checkin.option.body.', where: 'shared/checkin.ts' },
  { keys: /^checkin\.option\.rest\.\w+$/, template: 'checkin.option.rest.', where: 'shared/checkin.ts' },
]

function codeFiles(): string[] {
  const out: string[] = []
  for (const dir of CODE_DIRS) {
    for (const file of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
      const path = `${dir}/${file}`
      if (/\.tsx?$/.test(path) && !CATALOGUE_FILE.test(path)) out.push(readFileSync(join(root, path), 'utf8'))
    }
  }
  return out
}

/** The keys neither spelled out in `code` nor built at run time (`dynamic`). */
function unreadKeys(keys: readonly string[], code: string, dynamic: readonly RegExp[]): string[] {
  return keys.filter(
    (key) =>
      !dynamic.some((pattern) => pattern.test(key)) &&
      !['"', "'", '`'].some((quote) => code.includes(`${quote}${key}${quote}`)),
  )
}

describe('every catalogue key is read by code', () => {
  it('the check finds a key only a catalogue spells, and accepts a literal or a dynamic prefix', () => {
    // The template literal a dynamic key is built with, as code writes it: `b.${id}`.
    const built = ['`b.', '$', '{id}`'].join('')
    const code = `t('a.read')\nconst k = ${built}\nt("c.read")`
    expect(unreadKeys(['a.read', 'b.one', 'c.read', 'd.dead', 'a.readMore'], code, [/^b\.\w+$/])).toEqual([
      'd.dead',
      'a.readMore',
    ])
  })

  it('each dynamic key is still built by the file it names', () => {
    for (const { template, where } of DYNAMIC_KEYS)
      expect(readFileSync(join(root, where), 'utf8')).toContain(`\`${template}\${`)
  })

  it('no key in the English catalogue (with its parts) is left unread', () => {
    const code = codeFiles().join('\n')
    expect(
      unreadKeys(
        Object.keys(en),
        code,
        DYNAMIC_KEYS.map((d) => d.keys),
      ),
    ).toEqual([])
  })
})
