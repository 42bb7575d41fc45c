import type { BucketCode, RuleBucket } from "./allocation"

export const TOTAL_BASIS_POINTS = 10_000

export type RuleScope = { cohort_id: string | null; sales_channel_id: string | null }
export type RuleVersion = RuleScope & { id: string; version: number; effective_from: Date | string }

/** A sales channel is an outlet when its metadata says so (set with the outlet's channel). */
export function isOutletChannel(metadata: Record<string, unknown> | null | undefined): boolean {
  return metadata?.channel === "outlet"
}

export const sameScope = (a: RuleScope, b: RuleScope) =>
  (a.cohort_id ?? null) === (b.cohort_id ?? null) && (a.sales_channel_id ?? null) === (b.sales_channel_id ?? null)

/**
 * The rule for a sale: the most specific scope that has a version in effect
 * (cohort + channel, then cohort, then channel, then the default), and within
 * it the version with the latest effective_from on or before the sale.
 */
export function resolveRule<R extends RuleVersion>(rules: R[], sale: { cohort_id: string; sales_channel_id: string; at: Date }): R | undefined {
  const scopes: RuleScope[] = [
    { cohort_id: sale.cohort_id, sales_channel_id: sale.sales_channel_id },
    { cohort_id: sale.cohort_id, sales_channel_id: null },
    { cohort_id: null, sales_channel_id: sale.sales_channel_id },
    { cohort_id: null, sales_channel_id: null },
  ]
  const at = sale.at.getTime()
  for (const scope of scopes) {
    const inEffect = rules
      .filter((r) => sameScope(r, scope) && new Date(r.effective_from).getTime() <= at)
      .sort((a, b) => new Date(b.effective_from).getTime() - new Date(a.effective_from).getTime() || b.version - a.version)
    if (inEffect.length) return inEffect[0]
  }
  return undefined
}

/**
 * What is wrong with a rule's buckets, as messages a person can act on
 * (Indonesian; the admin form shows them as they are). Empty when valid.
 */
export function bucketProblems(buckets: RuleBucket[], opts: { outletChannel: boolean }): string[] {
  const problems: string[] = []
  const seen = new Set<BucketCode>()
  for (const b of buckets) {
    if (seen.has(b.code)) problems.push(`Pos "${b.code}" muncul dua kali: setiap pos hanya sekali per aturan.`)
    seen.add(b.code)
  }
  const sum = buckets.reduce((a, b) => a + b.basis_points, 0)
  if (sum !== TOTAL_BASIS_POINTS) {
    problems.push(`Jumlah basis poin harus tepat 10.000 (100%), sekarang ${sum.toLocaleString("id-ID")}.`)
  }
  if (seen.has("outlet") && !opts.outletChannel) {
    problems.push('Pos "outlet" hanya untuk aturan pada kanal penjualan outlet: pilih kanal outlet atau hapus pos outlet.')
  }
  return problems
}
