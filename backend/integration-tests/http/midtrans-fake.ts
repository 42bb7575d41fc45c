import { createHash, randomUUID } from "node:crypto"
import nock from "nock"

export const MIDTRANS_SERVER_KEY = "SB-Mid-server-test-karya"

/** Signed as Midtrans documents it (test/http/helpers/midtrans.ts does the same for the HTTP suites). */
function signNotification<T extends { order_id: string; status_code: string; gross_amount: string }>(body: T, serverKey = MIDTRANS_SERVER_KEY) {
  const signature_key = createHash("sha512").update(`${body.order_id}${body.status_code}${body.gross_amount}${serverKey}`).digest("hex")
  return { ...body, signature_key }
}

export type MidtransCall = { method: string; path: string; body: Record<string, any> }
type Tx = Record<string, any> & { order_id: string; transaction_status: string; gross_amount: string }

const STATUS_CODE: Record<string, string> = { pending: "201", settlement: "200", expire: "407", cancel: "200", refund: "200", deny: "202" }

/** "2026-12-03 14:30:00" in Jakarta time, as Midtrans writes times. */
function jakarta(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19).replace("T", " ")
}

/**
 * api.sandbox.midtrans.com as this process sees it: nock answers the Core API
 * calls the real midtrans-client SDK makes (charge, status, expire, cancel,
 * refund) like Midtrans does, keeps each transaction, and records every call.
 * Anything else to Midtrans fails loudly (no network).
 */
export function interceptMidtrans() {
  const calls: MidtransCall[] = []
  const txs = new Map<string, Tx>()
  const record = (method: string, path: string, body: unknown) => {
    const parsed = typeof body === "string" && body ? JSON.parse(body) : ((body as Record<string, any>) ?? {})
    calls.push({ method, path: path.split("?")[0], body: parsed })
    return parsed
  }
  const orderIdOf = (path: string) => decodeURIComponent(path.split("?")[0].split("/")[2])
  const unknown = { status_code: "404", status_message: "Transaction doesn't exist." }
  const answer = (tx: Tx) => ({ ...tx, status_code: STATUS_CODE[tx.transaction_status] ?? "200" })

  nock.disableNetConnect()
  nock.enableNetConnect((host) => !host.includes("midtrans.com") && !host.includes("stripe.com"))
  nock("https://api.sandbox.midtrans.com")
    .persist()
    .post("/v2/charge")
    .reply(function (path, body) {
      const req = record("POST", path, body)
      const now = Date.now()
      const expiryMs = req.custom_expiry.unit === "hour" ? req.custom_expiry.expiry_duration * 3_600_000 : req.custom_expiry.expiry_duration * 60_000
      const tx: Tx = {
        order_id: req.transaction_details.order_id,
        transaction_id: randomUUID(),
        gross_amount: `${req.transaction_details.gross_amount}.00`,
        currency: "IDR",
        payment_type: req.payment_type,
        transaction_time: jakarta(now),
        expiry_time: jakarta(now + expiryMs),
        transaction_status: "pending",
        fraud_status: "accept",
        merchant_id: "G000000000",
      }
      if (req.payment_type === "qris") {
        tx.qr_string = `00020101021226620014COM.GO-JEK.WWW011993600914${tx.transaction_id.slice(0, 8)}5204581253033605802ID6304ABCD`
        tx.actions = [{ name: "generate-qr-code", method: "GET", url: `https://api.sandbox.midtrans.com/v2/qris/${tx.transaction_id}/qr-code` }]
      }
      if (req.payment_type === "gopay") {
        tx.actions = [
          { name: "generate-qr-code", method: "GET", url: `https://api.sandbox.midtrans.com/v2/gopay/${tx.transaction_id}/qr-code` },
          { name: "deeplink-redirect", method: "GET", url: `https://simulator.sandbox.midtrans.com/gopay/partner/app/payment-pin?tref=${tx.transaction_id}` },
        ]
      }
      if (req.payment_type === "shopeepay") {
        tx.actions = [{ name: "deeplink-redirect", method: "GET", url: `https://api.uat.shopeepay.com/v3/merchant-host/qr/deeplink?ref=${tx.transaction_id}` }]
      }
      if (req.payment_type === "bank_transfer") {
        tx.va_numbers = [{ bank: req.bank_transfer.bank, va_number: `8808${String(txs.size + 1).padStart(8, "0")}` }]
      }
      if (req.payment_type === "echannel") Object.assign(tx, { bill_key: `5${String(txs.size + 1).padStart(10, "0")}`, biller_code: "70012" })
      txs.set(tx.order_id, tx)
      return [201, { ...answer(tx), status_message: "Success, transaction is created" }]
    })
    .get(/^\/v2\/[^/]+\/status$/)
    .reply(function (path) {
      record("GET", path, "")
      const tx = txs.get(orderIdOf(path))
      return tx ? [200, answer(tx)] : [404, unknown]
    })
    .post(/^\/v2\/[^/]+\/(expire|cancel)$/)
    .reply(function (path, body) {
      record("POST", path, body)
      const tx = txs.get(orderIdOf(path))
      if (!tx) return [404, unknown]
      if (tx.transaction_status !== "pending") return [412, { status_code: "412", status_message: "Merchant cannot modify the status of the transaction" }]
      tx.transaction_status = path.endsWith("expire") ? "expire" : "cancel"
      return [200, answer(tx)]
    })
    .post(/^\/v2\/[^/]+\/refund$/)
    .reply(function (path, body) {
      const req = record("POST", path, body)
      const tx = txs.get(orderIdOf(path))
      if (!tx) return [404, unknown]
      if (!["settlement", "partial_refund"].includes(tx.transaction_status)) {
        return [412, { status_code: "412", status_message: "Transaction status cannot be updated." }]
      }
      tx.refunds = [...(tx.refunds ?? []), { refund_key: req.refund_key, refund_amount: req.amount }]
      const refunded = tx.refunds.reduce((sum: number, r: any) => sum + Number(r.refund_amount), 0)
      tx.transaction_status = refunded >= Number(tx.gross_amount) ? "refund" : "partial_refund"
      return [200, { ...answer(tx), refund_amount: `${req.amount}.00`, refund_key: req.refund_key }]
    })

  return {
    calls,
    txs,
    /** The latest charge Midtrans was asked for. */
    lastCharge(): Tx {
      return [...txs.values()].at(-1)!
    },
    lastChargeOf(paymentType: string): Tx {
      return [...txs.values()].filter((t) => t.payment_type === paymentType).at(-1)!
    },
    /** The shopper pays (scans the QR, transfers to the VA): Midtrans settles the transaction. */
    settle(orderId: string) {
      const tx = txs.get(orderId)!
      Object.assign(tx, { transaction_status: "settlement", settlement_time: jakarta(Date.now()) })
      return tx
    },
    expire(orderId: string) {
      txs.get(orderId)!.transaction_status = "expire"
    },
    /** The notification Midtrans POSTs for a transaction's current state (or a stated one), signed with `serverKey`. */
    notification(orderId: string, status?: string, serverKey?: string) {
      const tx = txs.get(orderId)
      const transaction_status = status ?? tx?.transaction_status ?? "settlement"
      return signNotification(
        {
          ...(tx ?? {}),
          order_id: orderId,
          transaction_status,
          status_code: STATUS_CODE[transaction_status] ?? "200",
          gross_amount: tx?.gross_amount ?? "10000.00",
        },
        serverKey
      )
    },
    done() {
      nock.cleanAll()
      nock.enableNetConnect()
    },
  }
}
