import { listTimetableRules } from '@/lib/content/schedule'
import { calendarResponse, timetableCalendar } from '@/lib/seo/calendar'

export const revalidate = 86_400

type Context = { params: Promise<{ calendar: string }> }

/** /schedule/<location slug>.ics: one studio's timetable. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { calendar } = await params
  const slug = calendar.endsWith('.ics') ? calendar.slice(0, -4) : null
  const rules = (await listTimetableRules()).filter((rule) => rule.ref.location.slug === slug)
  if (!slug || rules.length === 0) return new Response('No timetable here.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return calendarResponse(timetableCalendar(rules, { name: `${rules[0].ref.location.name} timetable` }), `${slug}-timetable.ics`)
}
