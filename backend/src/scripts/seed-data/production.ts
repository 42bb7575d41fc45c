/**
 * Demo participants and production batches. FICTION: the codes are made by
 * the system; the few display names are invented and say so.
 */

/** Participants per cohort, by cohort position: 5 to 8. */
export const participantCount = (cohortIndex: number) => 5 + (cohortIndex % 4)

/** Private display names for the first two participants of each cohort: obviously invented. */
export const FICTIONAL_NAMES = [
  ["Mawar (nama fiktif)", "Melati (nama fiktif)"],
  ["Rajawali (nama fiktif)", "Merpati (nama fiktif)"],
  ["Kenanga (nama fiktif)", "Cempaka (nama fiktif)"],
  ["Beringin (nama fiktif)", "Cemara (nama fiktif)"],
  ["Teratai (nama fiktif)", "Anggrek (nama fiktif)"],
  ["Kenari (nama fiktif)", "Jalak (nama fiktif)"],
]

/** The one seeded batch that expires within 30 days, so the batch list shows its warning. */
export const EXPIRING_SOON_SKU = "KB-PSG-KGA-200"

export type BatchPlan = { suffix: string; quantity: number; producedDaysAgo: number; expiresInDays: number | null }

/**
 * How a variant's opening stock came to be: an older and a newer batch (one
 * batch when there are only a few units), adding up to exactly the stock.
 * Food expires a few months ahead, the older batch first.
 */
export function batchPlan(stock: number, isFood: boolean, expiringSoon = false): BatchPlan[] {
  if (stock <= 0) return []
  const older = stock >= 6 ? Math.floor(stock * 0.4) : 0
  const plans: BatchPlan[] = []
  if (older > 0) {
    plans.push({ suffix: "B01", quantity: older, producedDaysAgo: 40, expiresInDays: isFood ? (expiringSoon ? 20 : 75) : null })
  }
  plans.push({
    suffix: older > 0 ? "B02" : "B01",
    quantity: stock - older,
    producedDaysAgo: 10,
    expiresInDays: isFood ? (expiringSoon && older === 0 ? 20 : 140) : null,
  })
  return plans
}

/** Splits a batch's units among its makers, whole units, nothing lost. */
export function splitUnits(quantity: number, makers: number): number[] {
  const n = Math.max(1, Math.min(makers, quantity))
  return Array.from({ length: n }, (_, i) => Math.floor(quantity / n) + (i < quantity % n ? 1 : 0))
}
