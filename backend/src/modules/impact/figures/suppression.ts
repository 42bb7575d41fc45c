/** Fewer persons than this in a group: its rupiah and medians are never shown. */
export const MIN_GROUP = 5

/** A group with 1 to MIN_GROUP−1 persons would show too few people's money. Nobody (0) reveals nothing. */
export const tooSmall = (persons: number) => persons > 0 && persons < MIN_GROUP

/** Median of whole rupiah amounts, rounded to a whole rupiah; null for an empty list. */
export function median(values: number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2)
}

/**
 * Which groups of one breakdown to suppress: each too small group, and when
 * exactly one is, also the smallest other group with people in it, so the
 * hidden one can't be found by subtracting the shown ones from the total.
 */
export function suppressedGroups(persons: number[]): boolean[] {
  const flags = persons.map(tooSmall)
  if (flags.filter(Boolean).length === 1) {
    let pick = -1
    persons.forEach((n, i) => {
      if (!flags[i] && n > 0 && (pick < 0 || n < persons[pick])) pick = i
    })
    if (pick >= 0) flags[pick] = true
  }
  return flags
}
