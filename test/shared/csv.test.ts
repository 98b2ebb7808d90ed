import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, csvRow, nightsCsv } from '../../shared/csv.ts'
import { defaultSettings, type Settings } from '../../shared/settings.ts'
import { checkIn, record } from './fixtures/journal.ts'

/** A strict RFC 4180 reader, written here so the test does not trust the writer's own idea of quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  let quoted = false
  while (i < text.length) {
    const ch = text[i] as string
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (ch === '"') quoted = false
      else cell += ch
      i++
      continue
    }
    if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else if (ch === '"' || ch === '\r' || ch === '\n') {
      throw new Error(`unquoted ${JSON.stringify(ch)} at ${i}`)
    } else cell += ch
    i++
  }
  if (quoted) throw new Error('unterminated quote')
  if (cell !== '' || row.length > 0) throw new Error('last line has no CRLF')
  return rows
}

// The characters that matter to CSV and to spreadsheets, plus ordinary and non-ASCII text.
const csvChars = fc.constantFrom(...'ab1 ,"\r\n=+-@\t\'é😴')

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('cr\r')).toBe('"cr\r"')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(7)).toBe('7')
  })

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)")
    expect(csvCell('+1 555')).toBe("'+1 555")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@cmd')).toBe("'@cmd")
    expect(csvCell('\tindent')).toBe("'\tindent")
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('reads back as the same text for any string (formula starts with a leading quote)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: csvChars }), { minLength: 1, maxLength: 6 }), (cells) => {
        const [parsed] = parseCsv(`${csvRow(cells)}\r\n`)
        const expected = cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))
        expect(parsed).toEqual(expected)
      }),
    )
  })
})

describe('nightsCsv', () => {
  const settings: Settings = {
    ...defaultSettings(),
    bedtimeByWeekday: { sat: '23:30' },
    steps: [
      ...defaultSettings().steps,
      { id: 'custom-1', enabled: true, anchor: 'clock', time: '20:00', title: '=Stretch, then tea' },
    ],
  }

  it('writes a header and one row per night, oldest first, with CRLF line ends', () => {
    const text = nightsCsv({
      settings,
      nights: {
        '2026-11-06': {
          ...record({ magnesium: 'done', 'warm-bath': 'skipped', 'custom-1': 'done' }),
          bedtimeOverride: '00:30',
        },
        '2026-11-03': record({ magnesium: 'done' }),
      },
      checkIns: {
        '2026-11-03': checkIn(6, {
          onset: 'evening',
          triggers: { alcohol: true, caffeineAfter14: true },
          note: '=cmd|"calc"',
        }),
        '2026-11-07': checkIn(2, { note: 'Slept, mostly\nwoke once' }),
      },
    })
    expect(text.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(text)
    const [header, ...body] = rows
    expect(header).toEqual([
      'Night',
      'Bedtime',
      'Paused',
      'Steps done',
      'Steps planned',
      'Step: Last call for vigorous exercise',
      'Step: Warm socks or leg wraps',
      'Step: Warm bath or shower',
      'Step: Magnesium glycinate',
      'Step: Short walk or gentle stretch',
      'Step: =Stretch, then tea',
      'Severity (0-10)',
      'Sleep quality (0-10)',
      'Symptoms started',
      'Caffeine after 14:00',
      'Alcohol',
      'Nicotine',
      'Late vigorous exercise',
      'Antihistamine or sleep aid',
      'Note',
    ])
    expect(body.map((r) => r[0])).toEqual(['2026-11-03', '2026-11-06', '2026-11-07'])
    const col = (name: string) => header?.indexOf(name) ?? -1
    const [first, second, third] = body
    expect(first?.[col('Bedtime')]).toBe('22:30')
    expect(first?.[col('Steps done')]).toBe('1')
    expect(first?.[col('Steps planned')]).toBe('6')
    expect(first?.[col('Step: Magnesium glycinate')]).toBe('done')
    expect(first?.[col('Severity (0-10)')]).toBe('6')
    expect(first?.[col('Symptoms started')]).toBe('In the evening')
    expect(first?.[col('Alcohol')]).toBe('yes')
    expect(first?.[col('Nicotine')]).toBe('no')
    expect(first?.[col('Note')]).toBe('\'=cmd|"calc"')
    // A tonight-only bedtime after midnight.
    expect(second?.[col('Bedtime')]).toBe('00:30')
    expect(second?.[col('Steps done')]).toBe('2')
    expect(second?.[col('Step: Warm bath or shower')]).toBe('skipped')
    expect(second?.[col('Severity (0-10)')]).toBe('')
    // A Saturday check-in without a night record: the weekday bedtime, and no step counts.
    expect(third?.[col('Bedtime')]).toBe('23:30')
    expect(third?.[col('Steps done')]).toBe('')
    expect(third?.[col('Note')]).toBe('Slept, mostly\nwoke once')
  })

  it('defuses a custom step title in the header', () => {
    const text = nightsCsv({ settings, nights: {}, checkIns: {} })
    expect(text).toContain('"Step: =Stretch, then tea"')
    const hostile = { ...settings, steps: [{ ...settings.steps[5], title: '=1+1' }] } as Settings
    expect(nightsCsv({ settings: hostile, nights: {}, checkIns: {} })).toContain('Step: =1+1')
  })

  it('uses the planned steps per night when given, and adds columns for steps no longer in settings', () => {
    const text = nightsCsv({
      settings: defaultSettings(),
      nights: { '2026-11-03': record({ 'evening-yoga': 'done', magnesium: 'done' }) },
      checkIns: {},
      plannedFor: () => ['evening-yoga', 'magnesium'],
    })
    const [header, row] = parseCsv(text)
    expect(header).toContain('Step: Evening yoga or stretching')
    expect(row?.[header?.indexOf('Steps done') ?? -1]).toBe('2')
    expect(row?.[header?.indexOf('Steps planned') ?? -1]).toBe('2')
  })

  it('leaves the cells of a missing record or check-in blank, and counts only the enabled steps as planned', () => {
    const base = defaultSettings()
    const noMagnesium: Settings = {
      ...base,
      steps: base.steps.map((s) => (s.id === 'magnesium' ? { ...s, enabled: false } : s)),
    }
    const text = nightsCsv({
      settings: noMagnesium,
      nights: { '2026-11-03': record({ 'warm-bath': 'done' }) },
      checkIns: { '2026-11-04': checkIn(5) },
    })
    const [header, recordOnly, checkInOnly] = parseCsv(text)
    const cells = (row: string[] | undefined, names: string[]) =>
      names.map((name) => row?.[header?.indexOf(name) ?? -1])
    const columns = [
      'Paused',
      'Steps done',
      'Steps planned',
      'Step: Warm socks or leg wraps',
      'Symptoms started',
      'Alcohol',
    ]
    expect(cells(recordOnly, columns)).toEqual(['no', '1', '4', '', '', ''])
    expect(cells(checkInOnly, columns)).toEqual(['', '', '', '', 'No symptoms', 'no'])
  })

  it('adds the columns of steps no longer in settings in id order', () => {
    const text = nightsCsv({
      settings: defaultSettings(),
      nights: { '2026-11-03': record({ 'zz-gone': 'done', 'aa-gone': 'skipped' }) },
      checkIns: {},
    })
    const [header, row] = parseCsv(text)
    const stepColumns = header?.filter((h) => h.startsWith('Step: ')) ?? []
    expect(stepColumns.slice(-2)).toEqual(['Step: aa-gone', 'Step: zz-gone'])
    expect(row?.slice(-(2 + 3 + 5 + 1), -(3 + 5 + 1))).toEqual(['skipped', 'done'])
  })
})
