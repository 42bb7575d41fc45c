// Codes say nothing about the person: programme, the cohort's area, a number.
const AREA_CODES: Record<string, string> = { plaju: "PLJ", banyuasin_i: "BYS", other: "SMS" }

export function participantCodePrefix(area: string): string {
  return `KB-${AREA_CODES[area] ?? "SMS"}`
}

/** The next `count` codes after the highest number already used under the prefix. */
export function nextParticipantCodes(prefix: string, taken: string[], count: number): string[] {
  const used = taken
    .filter((c) => c.startsWith(`${prefix}-`))
    .map((c) => Number.parseInt(c.slice(prefix.length + 1), 10))
    .filter((n) => Number.isFinite(n))
  const start = (used.length ? Math.max(...used) : 0) + 1
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(start + i).padStart(4, "0")}`)
}
