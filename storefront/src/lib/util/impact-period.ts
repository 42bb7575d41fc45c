const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * The report page's period from its query: both ends optional (the backend
 * defaults to programme start → today); a malformed day or a start after the
 * end is refused (`ok: false`) and the page shows the default period.
 */
export function impactPeriod(query: { from?: string; to?: string }): { ok: true; from?: string; to?: string } | { ok: false } {
  const from = query.from?.trim() || undefined
  const to = query.to?.trim() || undefined
  if ((from && !DAY.test(from)) || (to && !DAY.test(to))) return { ok: false }
  if (from && to && from > to) return { ok: false }
  return { ok: true, from, to }
}
