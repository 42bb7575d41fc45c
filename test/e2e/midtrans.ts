import { readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import type { BrowserContext } from "@playwright/test"
import { api } from "../http/helpers/api"
import { addLine, createCart, seededVariant, shippingOptions } from "../http/helpers/checkout"
import { signNotification } from "../http/helpers/midtrans"

// The test stack's backend talks to a fake Midtrans (scripts/stack/fake-midtrans.cjs)
// that keeps each transaction in a JSON file. Paying "at the gateway" is
// changing that file and posting the notification Midtrans would send.

function fakeGatewayDir(): string {
  const dir = process.env.FAKE_MIDTRANS_DIR
  if (!dir) throw new Error('FAKE_MIDTRANS_DIR is not set: run the browser suites through "npm test -- e2e"')
  return dir
}

/**
 * A guest's cart, ready for the payment step (email, Palembang address,
 * regular delivery), made through the store API and handed to the browser
 * as its cart cookie: the payment step is what these tests are about.
 */
export async function cartAtPaymentStep(context: BrowserContext, productIndex: number, email: string): Promise<string> {
  const variant = await seededVariant(productIndex)
  const cartId = await createCart(email)
  const line = await addLine(cartId, variant.variantId, 1)
  if (line.status !== 200) throw new Error(`Adding a line failed: ${line.status} ${JSON.stringify(line.body)}`)
  const regular = (await shippingOptions(cartId)).find((o) => o.type?.code === "reguler")
  const method = await api(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: regular?.id } })
  if (method.status !== 200) throw new Error(`Adding delivery failed: ${method.status} ${JSON.stringify(method.body)}`)
  const storefront = process.env.STOREFRONT_URL
  if (!storefront) throw new Error("STOREFRONT_URL is not set")
  await context.addCookies([{ name: "_karya_cart_id", value: cartId, url: storefront, httpOnly: true, sameSite: "Lax" }])
  return cartId
}

/** The Midtrans transaction behind the cart's payment session, as the backend recorded it. */
async function gatewayTransaction(cartId: string): Promise<{ orderId: string; amount: number }> {
  const res = await api(`/store/carts/${cartId}?fields=id,*payment_collection.payment_sessions`)
  const session = res.body.cart?.payment_collection?.payment_sessions?.find((s: { provider_id: string }) => s.provider_id.startsWith("pp_midtrans_"))
  if (!session?.data?.midtrans_order_id) throw new Error(`No Midtrans session on ${cartId}: ${JSON.stringify(res.body)}`)
  return { orderId: session.data.midtrans_order_id, amount: session.data.amount }
}

const STATUS_CODES: Record<string, string> = { settlement: "200", expire: "407" }

/**
 * What happens at Midtrans when the shopper pays (settlement) or lets the
 * code lapse (expire): the fake gateway's record changes, then the signed
 * notification reaches POST /hooks/midtrans. Returns the webhook's status.
 */
export async function gatewayReports(cartId: string, transactionStatus: "settlement" | "expire"): Promise<number> {
  const { orderId } = await gatewayTransaction(cartId)
  const file = path.join(fakeGatewayDir(), `${encodeURIComponent(orderId)}.json`)
  const tx = JSON.parse(readFileSync(file, "utf8"))
  Object.assign(tx, { transaction_status: transactionStatus, status_code: STATUS_CODES[transactionStatus] })
  if (transactionStatus === "settlement") tx.settlement_time = tx.transaction_time
  writeFileSync(file, JSON.stringify(tx, null, 2))
  const notification = signNotification({
    transaction_time: tx.transaction_time,
    transaction_status: transactionStatus,
    transaction_id: tx.transaction_id,
    status_message: "midtrans payment notification",
    status_code: tx.status_code,
    payment_type: tx.payment_type,
    order_id: tx.order_id,
    merchant_id: tx.merchant_id,
    gross_amount: tx.gross_amount,
    fraud_status: "accept",
    currency: "IDR",
    ...(tx.settlement_time ? { settlement_time: tx.settlement_time } : {}),
    ...(tx.va_numbers ? { va_numbers: tx.va_numbers } : {}),
  })
  const res = await api("/hooks/midtrans", { body: notification, publishable: false })
  return res.status
}
