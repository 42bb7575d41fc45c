import { spawn } from "node:child_process"
import path from "node:path"
import { operatorToken, unique } from "./actors"
import { api } from "./api"
import { addLine, createCart, placeCartOrder, type CartLine } from "./checkout"

const ROOT = path.resolve(__dirname, "..", "..", "..")

export type Entry = { id: string; bucket: string; party_type: string; party_id: string; party_label: string; amount: number; kind: string; occurred_at: string }
export type RevenueLine = { line_item_id: string; title: string; net_revenue: number; rule: { id: string; version: number; name: string } | null; entries: Entry[] }
export type OrderRevenue = { order_id: string; lines: RevenueLine[]; totals_by_bucket: Record<string, number> }

/** A bank-transfer order holding the lines, with a promotion code applied when given. */
export async function placeBankTransferOrder(lines: CartLine[], promoCode?: string): Promise<{ id: string; email: string }> {
  const email = `${unique("bagihasil")}@pembeli.test`
  const cartId = await createCart(email)
  for (const { variantId, quantity } of lines) {
    const added = await addLine(cartId, variantId, quantity)
    if (added.status !== 200) throw new Error(`Adding a line failed: ${added.status} ${JSON.stringify(added.body)}`)
  }
  if (promoCode) {
    const promo = await api(`/store/carts/${cartId}/promotions`, { body: { promo_codes: [promoCode] } })
    if (promo.status !== 200) throw new Error(`Applying ${promoCode} failed: ${promo.status} ${JSON.stringify(promo.body)}`)
  }
  return { id: (await placeCartOrder(cartId)).id, email }
}

/** The order's (only) payment, as the operator sees it in Medusa Admin. */
export async function orderPayment(orderId: string): Promise<{ id: string; amount: number }> {
  const token = await operatorToken()
  const res = await api(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, { token })
  const payment = res.body.order.payment_collections[0].payments[0]
  return { id: payment.id, amount: Number(payment.amount) }
}

/** The operator captures the transfer in Medusa Admin (POST /admin/payments/:id/capture). */
export async function capture(orderId: string): Promise<{ id: string; amount: number }> {
  const payment = await orderPayment(orderId)
  const res = await api(`/admin/payments/${payment.id}/capture`, { token: await operatorToken(), body: {} })
  if (res.status !== 200) throw new Error(`Capture failed: ${res.status} ${JSON.stringify(res.body)}`)
  return payment
}

export async function revenueShares(orderId: string): Promise<OrderRevenue> {
  const res = await api(`/admin/orders/${orderId}/revenue-shares`, { token: await operatorToken() })
  if (res.status !== 200) throw new Error(`Reading revenue shares failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** Waits until `ready` holds for the order's revenue shares (subscribers run after the request that fired them). */
export async function waitForShares(orderId: string, ready: (r: OrderRevenue) => boolean, timeoutMs = 20_000): Promise<OrderRevenue> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const shares = await revenueShares(orderId)
    if (ready(shares) || Date.now() > deadline) return shares
    await new Promise((r) => setTimeout(r, 300))
  }
}

export const allocated = (r: OrderRevenue) => r.lines.length > 0 && r.lines.every((l) => l.entries.some((e) => e.kind === "allocation"))
export const sum = (entries: { amount: number }[]) => entries.reduce((a, e) => a + e.amount, 0)

/** Net amount per (line, bucket, party) of an order's entries. */
export function netByParty(r: OrderRevenue): Map<string, number> {
  const net = new Map<string, number>()
  for (const l of r.lines) for (const e of l.entries) net.set(`${l.line_item_id}|${e.bucket}|${e.party_id}`, (net.get(`${l.line_item_id}|${e.bucket}|${e.party_id}`) ?? 0) + e.amount)
  return net
}

/**
 * `npm run ledger:verify` against the test stack's database: its exit status and output.
 * Asynchronous: a blocked event loop would keep stale keep-alive sockets for the next API call.
 */
export function ledgerVerify(extra: string[] = [], url = process.env.TEST_DATABASE_URL): Promise<{ status: number | null; output: string }> {
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the HTTP suites through "npm test"')
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "ledger:verify", "--", `--database-url=${url}`, ...extra], { cwd: ROOT, timeout: 180_000 })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("error", reject)
    child.on("close", (status) => resolve({ status, output }))
  })
}
