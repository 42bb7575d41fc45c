import { splitByWeights, workWeight } from "./largest-remainder"

export type BucketCode = "participants" | "material_fund" | "facility" | "outlet" | "platform"
export type PartyType = "participant" | "cohort" | "facility" | "outlet" | "platform"

export type RuleBucket = { code: BucketCode; basis_points: number }
export type Contribution = { participant_id: string; units?: number | null; hours?: number | null }
/** Units of the line that came from one batch, and who made that batch. */
export type LineSource = { units: number; contributions: Contribution[] }

export type LineToAllocate = {
  net_revenue: number
  cohort_id: string
  sales_channel_id: string
  buckets: RuleBucket[]
  /** Units drawn from batches (FEFO draws), with each batch's contributions. */
  sources: LineSource[]
  /** Units of the line no batch covered (stock set by hand). */
  undrawn_units: number
  /** The cohort's active participants, for units without a batch record. */
  active_participant_ids: string[]
}

export type AllocatedPart = { bucket: BucketCode; party_type: PartyType; party_id: string; amount: number }

export const PLATFORM_PARTY = "platform"

/**
 * A batch's work shares: by units when every contributor stated units, else by
 * hours when every one stated hours, else (a mix) equal shares.
 */
function batchShares(contributions: Contribution[]): Map<string, bigint> {
  const shares = new Map<string, bigint>()
  const byUnits = contributions.every((c) => (c.units ?? 0) > 0)
  const byHours = !byUnits && contributions.every((c) => (c.hours ?? 0) > 0)
  for (const c of contributions) {
    const w = byUnits ? BigInt(c.units!) : byHours ? workWeight(c.hours!) : 1n
    shares.set(c.participant_id, (shares.get(c.participant_id) ?? 0n) + w)
  }
  return shares
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b]
  return a
}

/**
 * Each participant's weight in a line: Σ over the batches that supplied it of
 * (units drawn × their share of that batch's work), plus the undrawn units
 * shared equally by the cohort's active participants. Exact rationals brought
 * to one common denominator, so no participant gains or loses by rounding here.
 */
export function participantWeights(line: Pick<LineToAllocate, "sources" | "undrawn_units" | "active_participant_ids">): Map<string, bigint> {
  const groups: { units: bigint; shares: Map<string, bigint> }[] = []
  for (const s of line.sources) {
    const shares = batchShares(s.contributions)
    if (s.units > 0 && shares.size) groups.push({ units: BigInt(s.units), shares })
  }
  const undrawn = line.undrawn_units + line.sources.filter((s) => !s.contributions.length).reduce((a, s) => a + s.units, 0)
  if (undrawn > 0 && line.active_participant_ids.length) {
    groups.push({ units: BigInt(undrawn), shares: new Map(line.active_participant_ids.map((id) => [id, 1n])) })
  }
  const totals = groups.map((g) => [...g.shares.values()].reduce((a, w) => a + w, 0n))
  const lcm = totals.reduce((acc, t) => (acc * t) / gcd(acc, t), 1n)
  const weights = new Map<string, bigint>()
  groups.forEach((g, i) => {
    for (const [id, w] of g.shares) weights.set(id, (weights.get(id) ?? 0n) + g.units * w * (lcm / totals[i]))
  })
  return weights
}

/** Which party a bucket (other than participants) pays. */
function bucketParty(code: BucketCode, line: LineToAllocate): { party_type: PartyType; party_id: string } {
  switch (code) {
    case "material_fund":
      return { party_type: "cohort", party_id: line.cohort_id }
    case "facility":
      // The facility hosting the cohort; it settles on the cohort's behalf.
      return { party_type: "facility", party_id: line.cohort_id }
    case "outlet":
      return { party_type: "outlet", party_id: line.sales_channel_id }
    case "platform":
      return { party_type: "platform", party_id: PLATFORM_PARTY }
    default:
      throw new Error(`bucketParty: ${code} is split among participants`)
  }
}

/**
 * Splits one line's net revenue by its rule's buckets, then the participants'
 * bucket by share of work. Parts always sum to the net revenue; zero parts are
 * left out (the ledger holds no zero entries). A line with nobody to pay in
 * the participants' bucket (no batch record and no active participant) puts
 * that bucket into the cohort's material fund.
 */
export function allocateLine(line: LineToAllocate): AllocatedPart[] {
  const amounts = splitByWeights(
    line.net_revenue,
    line.buckets.map((b) => BigInt(b.basis_points))
  )
  const parts: AllocatedPart[] = []
  let toMaterialFund = 0
  line.buckets.forEach((b, i) => {
    if (b.code !== "participants") {
      parts.push({ bucket: b.code, ...bucketParty(b.code, line), amount: amounts[i] })
      return
    }
    const weights = participantWeights(line)
    if (!weights.size) {
      toMaterialFund += amounts[i]
      return
    }
    const ids = [...weights.keys()].sort()
    const split = splitByWeights(amounts[i], ids.map((id) => weights.get(id)!))
    ids.forEach((id, j) => parts.push({ bucket: "participants", party_type: "participant", party_id: id, amount: split[j] }))
  })
  if (toMaterialFund) {
    const fund = parts.find((p) => p.bucket === "material_fund")
    if (fund) fund.amount += toMaterialFund
    else parts.push({ bucket: "material_fund", party_type: "cohort", party_id: line.cohort_id, amount: toMaterialFund })
  }
  return parts.filter((p) => p.amount !== 0)
}
