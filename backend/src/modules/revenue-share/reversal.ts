import { splitByWeights } from "./largest-remainder"

/** What is still allocated under one (line, bucket, party): allocations minus reversals so far. */
export type Balance<K> = { key: K; left: number }

/**
 * How much of an order's allocation a refund takes back: the refunded share of
 * what was captured, cumulatively, so rounding never drifts over several
 * partial refunds. Once the refunds reach the captured amount the target is
 * everything, so a fully refunded order nets to zero.
 *
 * `refunded_before` and `refund` are amounts of money (rupiah); `allocated`
 * is the order's total allocation and `reversed_before` what earlier
 * reversals took back. Returns the amount to reverse now, never below zero.
 */
export function refundReversalAmount(input: {
  allocated: number
  reversed_before: number
  captured: number
  refunded_before: number
  refund: number
}): number {
  const { allocated, reversed_before, captured } = input
  if (captured <= 0) return 0
  const refunded = Math.min(captured, Math.max(0, input.refunded_before + input.refund))
  const [target] = splitByWeights(allocated, [BigInt(refunded), BigInt(captured - refunded)])
  return Math.max(0, Math.min(allocated - reversed_before, target - reversed_before))
}

/**
 * Spreads an amount to reverse over what is left of each entry, largest
 * remainders again. No key loses more than it has left (amount <= total left),
 * so no participant's balance from an order goes below zero.
 */
export function spreadReversal<K>(amount: number, balances: Balance<K>[]): { key: K; amount: number }[] {
  const live = balances.filter((b) => b.left > 0)
  const left = live.reduce((a, b) => a + b.left, 0)
  const take = Math.min(amount, left)
  const parts = splitByWeights(take, live.map((b) => BigInt(b.left)))
  return live.map((b, i) => ({ key: b.key, amount: parts[i] })).filter((p) => p.amount > 0)
}
