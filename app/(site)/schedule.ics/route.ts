import { listTimetableRules } from '@/lib/content/schedule'
import { calendarResponse, timetableCalendar } from '@/lib/seo/calendar'

// Kept like the pages; a change to the timetable (or its classes and studios) expires the data.
export const dynamic = 'force-static'
// The recurring events start from a week ago: the feed is made again each day.
export const revalidate = 86_400

/** /schedule.ics: the whole timetable, to subscribe to in a calendar app. */
export async function GET(): Promise<Response> {
  return calendarResponse(timetableCalendar(await listTimetableRules(), { name: 'B The Method timetable' }), 'bthemethod-timetable.ics')
}
