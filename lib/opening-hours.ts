/** Weekly opening hours: validation now, "open now" for the site later, one module. */

export type OpeningRange = { day: string; opens: string; closes: string }

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

export function minutesOf(time: string): number | null {
  const match = TIME.exec(time)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

/**
 * Problems with a week of ranges, each naming the row (1-based) and the reason:
 * times must be HH:MM (24h), close after they open (ranges past midnight are split
 * over two days), and two ranges on the same day must not overlap.
 */
export function findOpeningHoursProblems(ranges: OpeningRange[]): string[] {
  const problems: string[] = []
  const byDay = new Map<string, { row: number; start: number; end: number }[]>()
  ranges.forEach((range, index) => {
    const row = index + 1
    const start = minutesOf(range.opens ?? '')
    const end = minutesOf(range.closes ?? '')
    if (start === null || end === null) {
      problems.push(`Row ${row}: use 24-hour times like 07:30 and 19:00.`)
      return
    }
    if (end <= start) {
      problems.push(`Row ${row}: closing time ${range.closes} must be after opening time ${range.opens}.`)
      return
    }
    const list = byDay.get(range.day) ?? []
    for (const other of list) {
      if (start < other.end && other.start < end) {
        problems.push(`Row ${row} overlaps row ${other.row} on the same day: merge them or fix the times.`)
      }
    }
    list.push({ row, start, end })
    byDay.set(range.day, list)
  })
  return problems
}
