import { jakartaDay, jakartaMonth } from "../../../backend/src/lib/jakarta-time"
import { operatorToken } from "./actors"
import { api } from "./api"
import { variantOf } from "./customers"
import { allocated, capture, placeBankTransferOrder, waitForShares, type OrderRevenue } from "./revenue-share"

/** Today in Jakarta (2026-11-23): payout periods and payment dates are Jakarta days. */
export const jakartaToday = () => jakartaDay(new Date())
export const jakartaThisMonth = () => jakartaMonth(new Date())

/**
 * A real sale to pay out: a bank-transfer checkout of one unit of each seeded
 * product, captured by the operator, with its revenue shares allocated.
 */
export async function capturedSale(productIndexes: number[]): Promise<{ orderId: string; shares: OrderRevenue }> {
  const lines = await Promise.all(productIndexes.map(async (i) => ({ variantId: await variantOf(i), quantity: 1 })))
  const order = await placeBankTransferOrder(lines)
  await capture(order.id)
  const shares = await waitForShares(order.id, allocated)
  if (!allocated(shares)) throw new Error(`Order ${order.id} was captured but not allocated: ${JSON.stringify(shares)}`)
  return { orderId: order.id, shares }
}

/** POST /admin/payouts as the operator. */
export async function runPayout(body: Record<string, unknown> = { period: jakartaThisMonth() }) {
  return api("/admin/payouts", { token: await operatorToken(), body })
}

/** The payouts of an order's entries, per party: what a statement must hold for that sale. */
export function payableShares(shares: OrderRevenue) {
  return shares.lines.flatMap((l) =>
    l.entries
      .filter((e) => (e.bucket === "participants" && e.party_type === "participant") || (e.bucket === "material_fund" && e.party_type === "cohort"))
      .map((e) => ({ line_item_id: l.line_item_id, bucket: e.bucket, party_type: e.party_type, party_id: e.party_id, amount: e.amount }))
  )
}

/** The statement ids of a run's statements that hold lines of this order. */
export async function statementsOfOrder(runStatements: { id: string }[], orderId: string, token: string, base = "/admin") {
  const found: any[] = []
  for (const s of runStatements) {
    const res = await api(`${base}/payout-statements/${s.id}`, { token })
    if (res.body.payout_statement.lines.some((l: any) => l.order_id === orderId)) found.push(res.body.payout_statement)
  }
  return found
}

/** Parses a statement CSV (BOM, ";" separated, simple quoting) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  for (const line of text.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)) {
    const cells: string[] = []
    let cur = ""
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') (cur += '"'), i++
        else if (ch === '"') quoted = false
        else cur += ch
      } else if (ch === '"') quoted = true
      else if (ch === ";") cells.push(cur), (cur = "")
      else cur += ch
    }
    cells.push(cur)
    rows.push(cells)
  }
  return rows
}

/** Raw GET for a CSV route: its bytes, the body as text (Response.text() drops a BOM) and its headers. */
export async function getCsv(path: string, token: string) {
  const res = await fetch(`${process.env.BACKEND_URL}${path}`, { headers: { authorization: `Bearer ${token}` } })
  const bytes = new Uint8Array(await res.arrayBuffer())
  return { status: res.status, headers: res.headers, bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) }
}

export { operatorToken }

/**
 * A statement of cohort A for the authorisation matrix: the fixture order is
 * captured, allocated and paid out in a run for this month.
 */
export async function payoutFixture(cohortId: string, orderId: string): Promise<Record<string, string>> {
  await capture(orderId)
  const shares = await waitForShares(orderId, allocated)
  if (!allocated(shares)) throw new Error(`Order ${orderId} was not allocated`)
  const run = await runPayout()
  if (run.status !== 201) throw new Error(`Running the payout failed: ${run.status} ${JSON.stringify(run.body)}`)
  const statement = run.body.payout_run.statements.find((s: { cohort_id: string }) => s.cohort_id === cohortId)
  if (!statement) throw new Error(`The payout run has no statement of cohort ${cohortId}`)
  return { statement: statement.id }
}
