// Labs and medicines: validation messages as typed, adding and removing results, the recheck reminder,
// the watch-list note for "ZzzQuil", iron rules and the magnesium conflict, all by keyboard where it counts.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from '../../renderer/App.tsx'
import { ironRules } from '../../shared/medicines.ts'
import { WATCH_NOTES } from '../../shared/watchlist.ts'
import { type FakeMain, installFakeMain } from './fake-bridge.ts'

let main: FakeMain

async function showHealth() {
  window.location.hash = '#/health'
  render(<App />)
  await screen.findByRole('heading', { name: 'Lab results' })
  return {
    labs: screen.getByRole('heading', { name: 'Lab results' }).closest('section') as HTMLElement,
    medicines: screen
      .getByRole('heading', { name: 'Medicines and supplements' })
      .closest('section') as HTMLElement,
  }
}

const input = (within_: HTMLElement, name: string) => within(within_).getByRole('textbox', { name })
/** Date and time fields are the platform's date and time inputs, which have no textbox role. */
const dateOrTime = (within_: HTMLElement, name: string | RegExp) =>
  within(within_).getByLabelText(name) as HTMLInputElement

beforeEach(() => {
  main = installFakeMain()
})

describe('labs', () => {
  it('says what is allowed as you type: the range with its unit, and no date after today', async () => {
    const user = userEvent.setup()
    const { labs } = await showHealth()
    const value = input(labs, 'Result (ng/mL)')
    expect(within(labs).getByText('A number from 1 to 2000 ng/mL')).toBeTruthy()
    await user.type(value, '5000')
    expect(within(labs).getByText('Expected ferritin from 1 to 2000 ng/mL, got 5000')).toBeTruthy()
    expect(value.getAttribute('aria-invalid')).toBe('true')

    const date = dateOrTime(labs, 'Date of the test')
    expect(date.type).toBe('date')
    expect((date as HTMLInputElement).value).toBe('2026-11-24')
    await user.clear(date)
    await user.type(date, '2026-12-01')
    expect(within(labs).getByText('Expected a date on or before 24 Nov 2026, got "1 Dec 2026"')).toBeTruthy()

    await user.click(within(labs).getByRole('button', { name: 'Add result' }))
    expect(main.bridge.addLab).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(value)

    await user.clear(value)
    await user.type(value, 'lots')
    expect(within(labs).getByText('Enter a number such as 45 or 45.5.')).toBeTruthy()
  })

  it('follows the chosen test: TSAT is a percentage up to 100', async () => {
    const user = userEvent.setup()
    const { labs } = await showHealth()
    await user.selectOptions(within(labs).getByRole('combobox', { name: 'Test' }), 'tsat')
    await user.type(input(labs, 'Result (%)'), '140')
    expect(within(labs).getByText('Expected TSAT from 1 to 100 %, got 140')).toBeTruthy()
  })

  it('adds a ferritin result from the keyboard, lists it with what it means, and removes it', async () => {
    const user = userEvent.setup()
    const { labs } = await showHealth()
    const value = input(labs, 'Result (ng/mL)')
    await user.click(value)
    await user.keyboard('45,5')
    await user.tab()
    await user.keyboard('{Control>}a{/Control}2026-08-01{Enter}')
    expect(main.bridge.addLab).toHaveBeenCalledWith({ kind: 'ferritin', value: 45.5, date: '2026-08-01' })
    const list = await within(labs).findByRole('list', { name: 'Your results' })
    expect(within(list).getByText('Ferritin: 45.5 ng/mL on 1 Aug 2026')).toBeTruthy()
    expect(within(list).getByText(/Below 50 ng\/mL: low for restless legs/)).toBeTruthy()
    expect(
      within(labs).getByText(/A ferritin recheck is due \(since 1 Nov 2026; last measured 1 Aug 2026\)/),
    ).toBeTruthy()
    expect(within(labs).getByText(/Ferritin \(ng\/mL\): 1 rating from 1 Aug 2026/)).toBeTruthy()
    expect(
      within(labs).getByText(
        'Shaded: Minimum for restless legs, 50–75 ng/mL; Target for restless legs, 75–300 ng/mL.',
      ),
    ).toBeTruthy()
    expect((value as HTMLInputElement).value).toBe('')

    await user.click(within(list).getByRole('button', { name: 'Remove ferritin 45.5 ng/mL from 1 Aug 2026' }))
    expect(main.bridge.removeLab).toHaveBeenCalledWith({ id: 'lab-1' })
    expect(await within(labs).findByText('No results logged yet.')).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Lab results' }))
  })
})

describe('labs: vitamin D units and the iron picture', () => {
  it('takes vitamin D in nmol/L, stores ng/mL (÷ 2.5), and 50 nmol/L does not read as in target', async () => {
    const user = userEvent.setup()
    const { labs } = await showHealth()
    await user.selectOptions(within(labs).getByRole('combobox', { name: 'Test' }), 'vitaminD')
    await user.selectOptions(within(labs).getByRole('combobox', { name: 'Unit' }), 'nmol/L')
    const value = input(labs, 'Result (nmol/L)')
    expect(within(labs).getByText('A number from 2.5 to 500 nmol/L')).toBeTruthy()
    await user.type(value, '600')
    expect(within(labs).getByText('Enter vitamin D from 2.5 to 500 nmol/L.')).toBeTruthy()
    await user.clear(value)
    await user.type(value, '50{Enter}')
    expect(main.bridge.addLab).toHaveBeenCalledWith({ kind: 'vitaminD', value: 20, date: '2026-11-24' })
    const list = await within(labs).findByRole('list', { name: 'Your results' })
    const item = within(list)
      .getByText(/^Vitamin D \(25-OH\): 20 ng\/mL/)
      .closest('li') as HTMLElement
    expect(item.textContent).toMatch(/below the 40–60 ng\/mL \(100–150 nmol\/L\) target/)
    expect(item.textContent).not.toMatch(/in the target range/)
  })

  it('ferritin 90 with TSAT 15 % says the iron is below target, never in the target range', async () => {
    const user = userEvent.setup()
    const { labs } = await showHealth()
    await user.type(input(labs, 'Result (ng/mL)'), '90{Enter}')
    await within(labs).findByRole('list', { name: 'Your results' })
    expect(within(labs).getByText(/^Your ferritin is in the target range/)).toBeTruthy()
    await user.selectOptions(within(labs).getByRole('combobox', { name: 'Test' }), 'tsat')
    await user.type(input(labs, 'Result (%)'), '15{Enter}')
    expect(
      await within(labs).findByText(/^Your iron is below the target for restless legs.*TSAT is below 20 %/),
    ).toBeTruthy()
    expect(within(labs).queryByText(/^Your ferritin is in the target range/)).toBeNull()
  })
})

describe('medicines', () => {
  it('adding “ZzzQuil” shows the calm watch-list note', async () => {
    const user = userEvent.setup()
    const { medicines } = await showHealth()
    await user.type(input(medicines, 'Name'), 'ZzzQuil{Enter}')
    expect(main.bridge.addMedicine).toHaveBeenCalledWith({ name: 'ZzzQuil', kind: 'medicine' })
    const item = (await within(medicines).findByText('ZzzQuil', { selector: '.entry-title' })).closest(
      'li',
    ) as HTMLElement
    expect(item.textContent).toContain('Can worsen restless legs in some people:')
    expect(item.textContent).toContain('diphenhydramine')
    expect(item.textContent).toContain(WATCH_NOTES.otc)
    expect(WATCH_NOTES.otc).toBe(
      'Can worsen RLS in some people. Ask a pharmacist or doctor about an alternative.',
    )
  })

  it('shows the lower-risk note for a non-sedating antihistamine', async () => {
    const user = userEvent.setup()
    const { medicines } = await showHealth()
    await user.type(input(medicines, 'Name'), 'Loratadine 10 mg{Enter}')
    const item = (await within(medicines).findByText('Loratadine 10 mg')).closest('li') as HTMLElement
    expect(item.textContent).toContain('Lower risk:')
    expect(item.textContent).not.toContain(WATCH_NOTES.prescription)
  })

  it('gives iron its absorption rules and flags a time within 2 hours of magnesium', async () => {
    const user = userEvent.setup()
    const { medicines } = await showHealth()
    await user.type(input(medicines, 'Name'), 'Iron bisglycinate')
    await user.click(within(medicines).getByRole('radio', { name: 'Supplement' }))
    const time = dateOrTime(medicines, 'Time you take it (optional)')
    expect(time.type).toBe('time')
    await user.type(time, '21:00')
    await user.click(within(medicines).getByRole('button', { name: 'Add to my list' }))
    expect(main.bridge.addMedicine).toHaveBeenCalledWith({
      name: 'Iron bisglycinate',
      kind: 'supplement',
      time: '21:00',
    })
    expect(
      await within(medicines).findByText(/Iron at 21:00 is within 2 hours of magnesium at 21:50/),
    ).toBeTruthy()
    for (const rule of ironRules()) expect(within(medicines).getByText(rule)).toBeTruthy()
  })

  it('checks optional fields as typed and refuses an empty name', async () => {
    const user = userEvent.setup()
    const { medicines } = await showHealth()
    await user.click(within(medicines).getByRole('button', { name: 'Add to my list' }))
    expect(main.bridge.addMedicine).not.toHaveBeenCalled()
    expect(within(medicines).getByText('Expected some text, got an empty value')).toBeTruthy()
  })

  it('removes an entry', async () => {
    const user = userEvent.setup()
    main.journal.medicines.push({ id: 'm1', name: 'Sertraline', kind: 'medicine' })
    const { medicines } = await showHealth()
    await user.click(within(medicines).getByRole('button', { name: 'Remove Sertraline' }))
    expect(main.bridge.removeMedicine).toHaveBeenCalledWith({ id: 'm1' })
    expect(await within(medicines).findByText('Nothing on your list yet.')).toBeTruthy()
  })
})

describe('RLS treatment log', () => {
  it('recognises pramipexole, marks it as RLS treatment, and records a dose change and a stop date', async () => {
    const user = userEvent.setup()
    const { medicines } = await showHealth()
    await user.type(input(medicines, 'Name'), 'Mirapexin')
    expect(within(medicines).getByText(/Recognised as a dopamine-type medicine/)).toBeTruthy()
    await user.type(dateOrTime(medicines, 'Started on (optional)'), '2026-03-01')
    await user.click(within(medicines).getByRole('checkbox', { name: 'This is one of my RLS treatments' }))
    await user.click(within(medicines).getByRole('button', { name: 'Add to my list' }))
    expect(main.bridge.addMedicine).toHaveBeenCalledWith({
      name: 'Mirapexin',
      kind: 'medicine',
      startedOn: '2026-03-01',
      rls: { doseChanges: [] },
    })
    const item = (await within(medicines).findByText('Mirapexin')).closest('li') as HTMLElement
    expect(within(item).getByText('Still taking it')).toBeTruthy()

    const doseForm = within(item).getByRole('form', { name: 'Record a dose change: Mirapexin' })
    await user.type(dateOrTime(item, 'Date of the change'), '2026-06-01')
    await user.click(within(doseForm).getByRole('button', { name: 'Add dose change' }))
    expect(within(doseForm).getByText('Enter the dose as written on the label or prescription.')).toBeTruthy()
    expect(main.bridge.updateTreatment).not.toHaveBeenCalled()
    await user.type(
      within(doseForm).getByRole('textbox', { name: 'New dose, as your prescriber wrote it' }),
      '0.18 mg',
    )
    await user.click(within(doseForm).getByRole('button', { name: 'Add dose change' }))
    expect(main.bridge.updateTreatment).toHaveBeenLastCalledWith({
      id: 'med-1',
      rls: { doseChanges: [{ date: '2026-06-01', dose: '0.18 mg' }] },
    })
    expect(await within(item).findByText('1 Jun 2026: 0.18 mg')).toBeTruthy()

    const stopForm = within(item).getByRole('form', { name: 'Date you stopped (optional): Mirapexin' })
    await user.type(dateOrTime(item, 'Date you stopped (optional)'), '2026-01-01')
    await user.click(within(stopForm).getByRole('button', { name: 'Save stop date' }))
    expect(within(stopForm).getByText(/Expected a date on or after the start 1 Mar 2026/)).toBeTruthy()
    await user.clear(dateOrTime(item, 'Date you stopped (optional)'))
    await user.type(dateOrTime(item, 'Date you stopped (optional)'), '2026-11-01')
    await user.click(within(stopForm).getByRole('button', { name: 'Save stop date' }))
    expect(await within(item).findByText('Stopped 1 Nov 2026')).toBeTruthy()
  })
})
