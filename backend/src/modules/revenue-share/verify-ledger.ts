import { sharedLines, type OrderSale } from "./order-sale"
import type { EntryInput } from "./plan"

export type LedgerProblem = { order_id: string; display_id: number | null; problem: string }

const keyOf = (e: Pick<EntryInput, "line_item_id" | "bucket" | "party_id">) => `${e.line_item_id}|${e.bucket}|${e.party_id}`

/**
 * Every invariant of the ledger against the orders and payments it came from:
 * no entry without its order and line; each allocated line's allocations sum
 * to its net revenue, from one capture; no (line, bucket, party) reversed
 * beyond what it was allocated; a fully refunded or canceled order nets to
 * zero for every bucket and party; every captured order with shared lines
 * has each of them allocated. Returns the problems, none when all holds.
 */
export function verifyLedger(sales: OrderSale[], entries: EntryInput[]): LedgerProblem[] {
  const problems: LedgerProblem[] = []
  const byOrder = new Map<string, EntryInput[]>()
  for (const e of entries) byOrder.set(e.order_id, [...(byOrder.get(e.order_id) ?? []), e])
  const saleById = new Map(sales.map((s) => [s.id, s]))

  for (const [orderId, own] of byOrder) {
    if (!saleById.has(orderId)) problems.push({ order_id: orderId, display_id: null, problem: `${own.length} ledger entries name an order that does not exist` })
  }
  for (const sale of sales) {
    const report = (problem: string) => problems.push({ order_id: sale.id, display_id: sale.display_id, problem })
    const own = byOrder.get(sale.id) ?? []
    const lines = new Map(sale.lines.map((l) => [l.id, l]))
    for (const e of own.filter((e) => !lines.has(e.line_item_id))) report(`entry for line ${e.line_item_id}, which the order does not have`)

    const allocations = own.filter((e) => e.kind === "allocation")
    for (const line of sale.lines) {
      const mine = allocations.filter((e) => e.line_item_id === line.id)
      if (!mine.length) continue
      const sum = mine.reduce((a, e) => a + e.amount, 0)
      if (line.net_revenue !== null && sum !== line.net_revenue) report(`line ${line.id} allocated ${sum}, its net revenue is ${line.net_revenue}`)
      if (new Set(mine.map((e) => e.source_id)).size > 1) report(`line ${line.id} allocated by more than one capture`)
    }

    const net = new Map<string, number>()
    const given = new Map<string, number>()
    for (const e of own) {
      net.set(keyOf(e), (net.get(keyOf(e)) ?? 0) + e.amount)
      if (e.kind === "allocation") given.set(keyOf(e), (given.get(keyOf(e)) ?? 0) + e.amount)
    }
    for (const [key, value] of net) {
      if (!given.has(key)) report(`reversal without an allocation (${key})`)
      else if (value < 0) report(`reversed more than allocated (${key}: ${value})`)
    }

    const captured = sale.captures.reduce((a, c) => a + c.amount, 0)
    const refunded = sale.refunds.reduce((a, r) => a + r.amount, 0)
    const settled = sale.status === "canceled" || (captured > 0 && refunded >= captured)
    if (settled) for (const [key, value] of net) if (value !== 0) report(`${sale.status === "canceled" ? "canceled" : "fully refunded"} but ${key} still nets ${value}`)

    if (sale.captures.length) {
      const allocatedLines = new Set(allocations.map((e) => e.line_item_id))
      for (const line of sharedLines(sale)) if (!allocatedLines.has(line.id)) report(`captured, but line ${line.id} (${line.title}) has no allocation`)
    }
  }
  return problems
}
