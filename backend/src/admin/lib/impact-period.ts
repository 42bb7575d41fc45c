/**
 * The Dampak page's period presets as Jakarta calendar days. Pure, so the
 * quarters a sponsor reports on are tested, not eyeballed.
 */
export type Range = { from?: string; to?: string }
export type Quarter = { value: string; year: number; quarter: number; from: string; to: string }

const pad = (n: number) => String(n).padStart(2, "0")
/** The last day of a month (month 1–12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const monthRange = (year: number, month: number): Range => ({
  from: `${year}-${pad(month)}-01`,
  to: `${year}-${pad(month)}-${pad(lastDay(year, month))}`,
})

export function quarterOf(year: number, quarter: number): Quarter {
  const first = (quarter - 1) * 3 + 1
  return {
    value: `${year}-Q${quarter}`,
    year,
    quarter,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`,
  }
}

/** Every quarter from the one holding `start` to the one holding `today`, newest first. */
export function quartersBetween(start: string, today: string): Quarter[] {
  const [sy, sm] = start.split("-").map(Number)
  const [ty, tm] = today.split("-").map(Number)
  const out: Quarter[] = []
  for (let y = ty, q = Math.ceil(tm / 3); y > sy || (y === sy && q >= Math.ceil(sm / 3)); q === 1 ? ((q = 4), y--) : q--) {
    out.push(quarterOf(y, q))
    if (out.length >= 24) break
  }
  return out
}

/** "all" | "this_month" | "last_month" | "2026-Q3" → the days to ask for; "all" asks for the whole programme. */
export function presetRange(preset: string, today: string): Range {
  const [y, m] = today.split("-").map(Number)
  if (preset === "this_month") return monthRange(y, m)
  if (preset === "last_month") return m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1)
  const q = /^(\d{4})-Q([1-4])$/.exec(preset)
  if (q) {
    const { from, to } = quarterOf(Number(q[1]), Number(q[2]))
    return { from, to: to < today ? to : today }
  }
  return {}
}
