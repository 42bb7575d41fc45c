/** Jakarta has no daylight saving: always UTC+7. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000

/** The Jakarta calendar date (YYYY-MM-DD) of an instant. */
export function jakartaDate(at: Date | string): string {
  return new Date(new Date(at).getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10)
}

/** The instant a Jakarta date begins (midnight WIB). */
export function jakartaDayStart(date: string): Date {
  return new Date(new Date(`${date}T00:00:00.000Z`).getTime() - JAKARTA_OFFSET_MS)
}

export const monthOf = (date: string) => date.slice(0, 7)

/** YYYY-MM shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number)
  const i = y * 12 + (m - 1) + delta
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`
}

/** Every month from `from` to `to` (YYYY-MM), both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = []
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m)
  return out
}

/** Last day of a month (YYYY-MM-DD). */
export function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number)
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`
}
