/**
 * The one rounding routine of the revenue share: splits a whole number of
 * rupiah into parts proportional to the weights, by largest remainders, so the
 * parts always add up to the total exactly. Each part gets the floor of its
 * exact share; the rupiah left over go one each to the largest fractional
 * remainders, ties to the earlier weight (deterministic, so a retry computes
 * the same entries). Integer arithmetic throughout (BigInt): no float drift.
 *
 * Used for bucket splits (weights = basis points), participant splits
 * (weights = share of work) and proportional reversals (weights = what is
 * left to reverse). A part never exceeds its weight when total <= sum of
 * weights, which is what keeps a reversal from taking back more than was given.
 */
export function splitByWeights(total: number, weights: readonly bigint[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new Error(`splitByWeights: total must be a whole number >= 0, got ${total}`)
  if (weights.some((w) => w < 0n)) throw new Error("splitByWeights: weights must not be negative")
  const sum = weights.reduce((a, w) => a + w, 0n)
  if (sum === 0n) {
    if (total === 0) return weights.map(() => 0)
    throw new Error("splitByWeights: cannot split a non-zero total by weights that sum to zero")
  }
  const t = BigInt(total)
  const parts = weights.map((w) => (t * w) / sum)
  const remainders = weights.map((w, i) => ({ i, r: (t * w) % sum }))
  let left = Number(t - parts.reduce((a, p) => a + p, 0n))
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1))
  for (const { i } of remainders) {
    if (left === 0) break
    parts[i] += 1n
    left -= 1
  }
  return parts.map(Number)
}

/** Work stated in hours (0.5 h) becomes whole milli-hours, so weights stay integers. */
export function workWeight(value: number): bigint {
  return BigInt(Math.round(value * 1000))
}
