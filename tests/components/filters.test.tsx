import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'

import type { FilterableExercise } from '@/lib/content/exercise-filters'

import { serveNextLinkAndImageAsEsm } from './next-esm'

serveNextLinkAndImageAsEsm()

const push = jest.fn<(href: string, options?: { scroll?: boolean }) => void>()
let searchParams = new URLSearchParams()
jest.unstable_mockModule('next/navigation', () => ({
  useRouter: () => ({ push }),
  useSearchParams: () => searchParams,
  usePathname: () => '/exercises',
}))

const { ExerciseFilterForm } = await import('@/components/exercise/ExerciseFilterForm')
const { applyFilters, parseFilters } = await import('@/lib/content/exercise-filters')

const exercises: FilterableExercise[] = [
  { bodyAreas: ['hips', 'glutes'], equipment: ['mat'], level: 'beginner', position: 'lying', durationMinutes: 3 },
  { bodyAreas: ['hips'], equipment: ['small-ball'], level: 'intermediate', position: 'lying', durationMinutes: 5 },
  { bodyAreas: ['core'], equipment: ['none'], level: 'beginner', position: 'seated', durationMinutes: 4 },
]

/** The form as the exercises page renders it for a query string. */
function renderForm(query: string) {
  searchParams = new URLSearchParams(query)
  const filters = parseFilters(Object.fromEntries([...new Set(searchParams.keys())].map((key) => [key, searchParams.getAll(key)])))
  const { counts } = applyFilters(exercises, filters)
  return render(<ExerciseFilterForm filters={filters} counts={counts} />)
}

/** A filter checkbox by its visible label (its accessible name also carries the count). */
const checkbox = (label: string) => screen.getByRole('checkbox', { name: new RegExp(`^${label} \\d+ exercises?$`) })

beforeEach(() => {
  push.mockClear()
})

describe('ExerciseFilterForm markup (works without JavaScript)', () => {
  it('is a GET form to /exercises with a "Show exercises" submit button', () => {
    renderForm('')
    const form = screen.getByRole('form', { name: 'Filter exercises' })
    expect(form).toHaveAttribute('action', '/exercises')
    expect(form).toHaveAttribute('method', 'get')
    expect(within(form).getByRole('button', { name: 'Show exercises' })).toHaveAttribute('type', 'submit')
  })

  it('has a named group per filter', () => {
    renderForm('')
    const groups = screen.getAllByRole('group')
    expect(groups.map((group) => group.tagName)).toEqual(['FIELDSET', 'FIELDSET', 'FIELDSET', 'FIELDSET', 'FIELDSET'])
    for (const name of ['Body area', 'Equipment', 'Level', 'Position', 'Duration']) {
      expect(screen.getByRole('group', { name })).toBeInTheDocument()
    }
    expect(within(screen.getByRole('group', { name: 'Level' })).getAllByRole('checkbox')).toHaveLength(3)
    expect(within(screen.getByRole('group', { name: 'Duration' })).getByLabelText(/Up to 3 min/)).toBeInTheDocument()
  })

  it('labels each box with the value’s label, not the stored value', () => {
    renderForm('')
    expect(within(screen.getByRole('group', { name: 'Body area' })).getByRole('checkbox', { name: /^Lower back/ })).toHaveAttribute('value', 'lower-back')
    expect(within(screen.getByRole('group', { name: 'Position' })).getByRole('checkbox', { name: /^On all fours/ })).toHaveAttribute('value', 'all-fours')
  })

  it('checks the boxes of the current filters', () => {
    renderForm('area=hips&level=beginner')
    expect(checkbox('Hips')).toBeChecked()
    expect(checkbox('Beginner')).toBeChecked()
    expect(checkbox('Core')).not.toBeChecked()
    expect(checkbox('Intermediate')).not.toBeChecked()
    // In the server-rendered HTML too, i.e. without the client script.
    expect(checkbox('Hips')).toHaveAttribute('checked')
    expect(checkbox('Beginner')).toHaveAttribute('checked')
    expect(checkbox('Core')).not.toHaveAttribute('checked')
  })

  it('shows how many exercises each choice would give, with the other groups applied', () => {
    renderForm('area=hips&level=beginner')
    // Areas with level=beginner: the first and third exercise.
    expect(screen.getByRole('checkbox', { name: 'Hips 1 exercise' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Core 1 exercise' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Neck 0 exercises' })).toBeInTheDocument()
    // Levels with area=hips: the first two exercises.
    expect(screen.getByRole('checkbox', { name: 'Intermediate 1 exercise' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Advanced 0 exercises' })).toBeInTheDocument()
    // And the number is visible next to the label.
    expect(checkbox('Intermediate').closest('label')).toHaveTextContent(/^Intermediate1$/)
  })
  it('says "1 exercise" in the singular', () => {
    renderForm('area=hips&level=beginner')
    expect(screen.getByRole('checkbox', { name: 'Hips 1 exercise' })).toBeInTheDocument()
  })

  it('submits exactly the current filters (the boxes’ names and values are the query)', () => {
    renderForm('area=hips&area=core&duration=quick')
    const data = new FormData(screen.getByRole('form', { name: 'Filter exercises' }) as HTMLFormElement)
    expect(new URLSearchParams(data as unknown as Record<string, string>).toString()).toBe('area=hips&area=core&duration=quick')
  })

  it('offers "Clear all filters" only when something is selected', () => {
    const { unmount } = renderForm('')
    expect(screen.queryByRole('link', { name: 'Clear all filters' })).not.toBeInTheDocument()
    unmount()
    renderForm('position=lying')
    expect(screen.getByRole('link', { name: 'Clear all filters' })).toHaveAttribute('href', '/exercises')
  })
})

describe('ExerciseFilterForm with JavaScript', () => {
  it('applies a change at once with a soft navigation to the new query', async () => {
    const user = userEvent.setup()
    renderForm('area=hips')
    await user.click(checkbox('Beginner'))
    expect(push).toHaveBeenCalledTimes(1)
    expect(push).toHaveBeenCalledWith('/exercises?area=hips&level=beginner', { scroll: false })
  })

  it('goes back to the plain page when the last box is unchecked', async () => {
    const user = userEvent.setup()
    renderForm('area=hips')
    await user.click(checkbox('Hips'))
    expect(push).toHaveBeenCalledWith('/exercises', { scroll: false })
  })

  it('keeps the boxes in step when the URL changes without a remount (back and forward)', () => {
    const { rerender } = renderForm('area=hips')
    const { counts } = applyFilters(exercises, parseFilters({ area: 'hips' }))
    // The back button: same form element, new search params, including the comma form.
    searchParams = new URLSearchParams('area=core,glutes&level=beginner')
    rerender(<ExerciseFilterForm filters={parseFilters({ area: 'hips' })} counts={counts} />)
    expect(checkbox('Hips')).not.toBeChecked()
    expect(checkbox('Core')).toBeChecked()
    expect(checkbox('Glutes')).toBeChecked()
    expect(checkbox('Beginner')).toBeChecked()
    expect(push).not.toHaveBeenCalled()
  })
})
