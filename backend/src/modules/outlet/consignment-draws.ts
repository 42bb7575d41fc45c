/** An open placement as the report allocates from it. */
export type OpenPlacement = { id: string; batch_id: string; variant_id: string; open: number; expiry: Date | null; placed_at: Date }

export type PlacementDraw = { placement_id: string; batch_id: string; variant_id: string; quantity: number }

/**
 * Which placed batches a reported sale came from: first expiry first out
 * (no expiry last), then oldest placement. Returns the draws, or the variants
 * whose reported units exceed what is left at the outlet.
 */
export function drawFromPlacements(
  lines: { variant_id: string; quantity: number }[],
  placements: OpenPlacement[]
): { draws: PlacementDraw[]; short: { variant_id: string; available: number; wanted: number }[] } {
  const draws: PlacementDraw[] = []
  const short: { variant_id: string; available: number; wanted: number }[] = []
  const left = new Map(placements.map((p) => [p.id, p.open]))
  for (const line of lines) {
    const own = placements
      .filter((p) => p.variant_id === line.variant_id)
      .sort((a, b) => (a.expiry?.getTime() ?? Infinity) - (b.expiry?.getTime() ?? Infinity) || a.placed_at.getTime() - b.placed_at.getTime())
    const available = own.reduce((sum, p) => sum + (left.get(p.id) ?? 0), 0)
    if (available < line.quantity) {
      short.push({ variant_id: line.variant_id, available, wanted: line.quantity })
      continue
    }
    let wanted = line.quantity
    for (const p of own) {
      const take = Math.min(wanted, left.get(p.id) ?? 0)
      if (!take) continue
      draws.push({ placement_id: p.id, batch_id: p.batch_id, variant_id: p.variant_id, quantity: take })
      left.set(p.id, (left.get(p.id) ?? 0) - take)
      wanted -= take
      if (!wanted) break
    }
  }
  return { draws, short }
}

/**
 * The batch draws a sale records: one per variant and batch. Two placements of
 * the same batch (a coordinator consigned more of it later) both feed a line,
 * and the draw table holds one row per line and batch.
 */
export function batchDrawsOf(draws: PlacementDraw[]): { variant_id: string; batch_id: string; quantity: number }[] {
  const byKey = new Map<string, { variant_id: string; batch_id: string; quantity: number }>()
  for (const d of draws) {
    const key = `${d.variant_id}|${d.batch_id}`
    const row = byKey.get(key)
    if (row) row.quantity += d.quantity
    else byKey.set(key, { variant_id: d.variant_id, batch_id: d.batch_id, quantity: d.quantity })
  }
  return [...byKey.values()]
}
