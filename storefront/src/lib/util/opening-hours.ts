import type { OpeningHoursPeriod } from "@karya-binaan/contract"

/** 2026-11-23 was a Monday: ISO weekday n (Monday = 1) falls on 2026-11-(22 + n). */
const dayName = (isoDay: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2026, 10, 22 + isoDay)))

/** Indonesian writes times 08.00, English 08:00. */
const clock = (time: string, locale: string) => (locale.startsWith("id") ? time.replace(":", ".") : time)

/** Consecutive days as one range ("Senin–Sabtu"), others listed ("Senin, Rabu"). */
function dayRanges(days: number[], locale: string): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const runs: number[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && day === (run.at(-1) ?? 0) + 1) run.push(day)
    else runs.push([day])
  }
  const range = (run: number[]) => `${dayName(run[0] ?? 1, locale)}–${dayName(run.at(-1) ?? 1, locale)}`
  return runs.map((run) => (run.length > 2 ? range(run) : run.map((d) => dayName(d, locale)).join(", "))).join(", ")
}

/** An outlet's opening hours as lines a person reads: "Senin–Sabtu 08.00–17.00" / "Monday–Saturday 08:00–17:00". */
export function formatOpeningHours(periods: readonly OpeningHoursPeriod[], locale: string): string[] {
  return periods.map((p) => `${dayRanges(p.days, locale)} ${clock(p.opens, locale)}–${clock(p.closes, locale)}`)
}
