// Renderer build only: replaces shared/i18n/catalogues.ts with a module that holds English and fetches German
// or Spanish as their own chunks, every message parsed at build time. With the messages pre-parsed, the
// window needs intl-messageformat without its ICU parser (FormatJS's documented no-parser entry), so the
// checklist carries one language and no parser. Any key added to the catalogues is picked up as it is.
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from '@formatjs/icu-messageformat-parser'
import type { Plugin } from 'vite'
import { isViewOnlyKey, VIEW_ONLY_PREFIXES } from '../shared/i18n/view-keys.ts'

const I18N = resolve(import.meta.dirname, '../shared/i18n')
const CATALOGUES = resolve(I18N, 'catalogues.ts')
const PREFIX = 'virtual:eventide-catalogue/'
/** Same test as t() in shared/i18n/index.ts: a message without these characters is its own text. */
const ICU_SYNTAX = /[{}']/
/** FormatJS's parser-free entry; only pre-parsed messages reach intl-messageformat in a window. */
const NO_PARSER = {
  find: /^@formatjs\/icu-messageformat-parser$/,
  replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
}

/** The languages with a catalogue file (en.ts, de.ts…). */
function languages(): string[] {
  return readdirSync(I18N)
    .filter((file) => /^[a-z]{2}\.ts$/.test(file))
    .map((file) => file.slice(0, 2))
}

/** A quoted key with a view-only prefix, as code that reads one would spell it. */
const VIEW_KEY_LITERAL = new RegExp(`['"\`](?:${VIEW_ONLY_PREFIXES.join('|')})\\.[\\w.-]+['"\`]`)

/**
 * One language's messages as a JS module: plain text stays a string, ICU messages become their AST.
 * English comes in two parts: "en" without the view-only keys, "en-views" with only them.
 */
async function compiledCatalogue(name: string): Promise<string> {
  const [language = name, part] = name.split('-')
  // Node strips the types; the query makes a rebuild in the same process read the file afresh.
  const url = `${pathToFileURL(resolve(I18N, `${language}.ts`)).href}?build=${Date.now()}`
  const module = (await import(url)) as Record<string, unknown>
  const messages = module[language]
  if (typeof messages !== 'object' || messages === null) {
    throw new Error(`lazy-catalogues: shared/i18n/${language}.ts must export a catalogue named "${language}"`)
  }
  const out: Record<string, unknown> = {}
  for (const [key, text] of Object.entries(messages)) {
    if (language === 'en' && isViewOnlyKey(key) !== (part === 'views')) continue
    if (typeof text !== 'string') throw new Error(`lazy-catalogues: ${language} "${key}" must be a string`)
    try {
      out[key] = ICU_SYNTAX.test(text) ? parse(text, { ignoreTag: true }) : text
    } catch (error) {
      throw new Error(`lazy-catalogues: ${language} "${key}" is not a valid ICU message`, { cause: error })
    }
  }
  // V8 parses a JSON string faster than the same object as a JS literal, and this one is read before first paint.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(out))})`
}

export function lazyCatalogues(): Plugin {
  return {
    name: 'eventide-lazy-catalogues',
    apply: 'build',
    enforce: 'pre',
    // Only in the build: the dev server serves the catalogues as written, which needs the parser.
    config: () => ({ resolve: { alias: [NO_PARSER] } }),
    resolveId(source) {
      return source.startsWith(PREFIX) ? `\0${source}` : null
    },
    async load(id) {
      if (id.startsWith(`\0${PREFIX}`)) return compiledCatalogue(id.slice(PREFIX.length + 1))
      if (resolve(id.split('?')[0] ?? id) !== CATALOGUES) return null
      const others = languages().filter((language) => language !== 'en')
      return [
        `import en from '${PREFIX}en'`,
        'export const CATALOGUES = { en }',
        `const loaders = { ${others.map((l) => `${l}: () => import('${PREFIX}${l}')`).join(', ')} }`,
        'export function loadCatalogue(locale) {',
        '  if (locale === "en") return Promise.resolve(en)',
        '  const load = loaders[locale]',
        '  if (!load) return Promise.reject(new Error(`loadCatalogue: no catalogue for "${locale}"`))',
        '  return load().then((module) => module.default)',
        '}',
        `export function loadEnglishViews() { return import('${PREFIX}en-views').then((module) => module.default) }`,
      ].join('\n')
    },
    // The English view-only messages are not in the first chunk: fail the build if code loaded with every
    // window reads one, naming it, rather than let a window throw at run time.
    generateBundle(_options, bundle) {
      const seen = new Set<string>()
      const visit = (fileName: string) => {
        const chunk = bundle[fileName]
        if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return
        seen.add(fileName)
        for (const id of chunk.moduleIds) {
          if (id.startsWith('\0') || id.includes('/node_modules/') || id.startsWith(I18N)) continue
          const found = this.getModuleInfo(id)?.code?.match(VIEW_KEY_LITERAL)
          if (found) {
            this.error(
              `lazy-catalogues: ${id} loads with every window but reads ${found[0]}, a key left to the lazy ` +
                'views; take its prefix out of VIEW_ONLY_PREFIXES in shared/i18n/view-keys.ts',
            )
          }
        }
        for (const next of chunk.imports) visit(next)
      }
      for (const [fileName, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(fileName)
    },
  }
}
