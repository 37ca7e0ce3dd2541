import Link from 'next/link'

import type { TimetableFilters } from '@/lib/content/schedule'
import { routes } from '@/lib/model/routes'
import { labelOf, LEVELS } from '@/lib/model/taxonomy'

type Options = { locations: { slug: string; name: string }[]; instructors: { slug: string; name: string }[]; levels: string[] }

const selectClass = 'h-11 w-full rounded-full border border-sand-200 bg-white px-4 text-sm text-ink focus:border-moss focus:outline-none focus:ring-2 focus:ring-moss/30'

/** Location, level and instructor as a plain GET form: works without JavaScript, and the URL can be shared. */
export function ScheduleFilters({ filters, options }: { filters: TimetableFilters; options: Options }) {
  const active = Boolean(filters.location || filters.level || filters.instructor)
  const menus = [
    { name: 'location', label: 'Location', all: 'All locations', value: filters.location, items: options.locations.map((item) => [item.slug, item.name]) },
    { name: 'level', label: 'Level', all: 'All levels', value: filters.level, items: LEVELS.filter((level) => options.levels.includes(level.value)).map((level) => [level.value, labelOf(LEVELS, level.value)]) },
    { name: 'instructor', label: 'Instructor', all: 'All instructors', value: filters.instructor, items: options.instructors.map((item) => [item.slug, item.name]) },
  ]
  return (
    <form action={routes.schedule()} method="get" aria-label="Filter the timetable" className="grid gap-4 sm:grid-cols-[repeat(3,minmax(0,1fr))_auto] sm:items-end">
      {menus.map((menu) => (
        <label key={menu.name} className="block text-sm font-semibold text-ink">
          {menu.label}
          <select name={menu.name} defaultValue={menu.value ?? ''} className={`mt-1 ${selectClass}`}>
            <option value="">{menu.all}</option>
            {menu.items.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <div className="flex items-center gap-4">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-ink px-6 text-sm font-semibold text-sand-50 hover:bg-moss">
          Show
        </button>
        {active ? (
          <Link href={routes.schedule()} className="text-sm font-semibold text-clay-dark underline underline-offset-4">
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  )
}
