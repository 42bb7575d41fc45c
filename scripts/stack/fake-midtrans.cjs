/**
 * The Midtrans Core API as the test stack's backend sees it: preloaded into
 * that backend only (NODE_OPTIONS --require, see fake-midtrans-env.ts), it
 * intercepts api.sandbox.midtrans.com in-process with nock, so the real
 * midtrans-client SDK runs and nothing leaves the machine.
 *
 * The gateway's state is one JSON file per transaction in FAKE_MIDTRANS_DIR:
 * a charge writes it, the status call reads it, cancel/expire/refund change it.
 * A browser test "pays" by setting transaction_status in that file (as the
 * real gateway would record the payment) and then posting the signed
 * notification; the backend re-reads the status from here and believes it.
 */
const fs = require("node:fs")
const path = require("node:path")
const { randomUUID } = require("node:crypto")
const nock = require("nock")

const DIR = process.env.FAKE_MIDTRANS_DIR
if (!DIR) throw new Error("fake-midtrans: FAKE_MIDTRANS_DIR is not set")
fs.mkdirSync(DIR, { recursive: true })

const file = (orderId) => path.join(DIR, `${encodeURIComponent(orderId)}.json`)
const read = (orderId) => {
  try {
    return JSON.parse(fs.readFileSync(file(orderId), "utf8"))
  } catch {
    return null
  }
}
const write = (tx) => fs.writeFileSync(file(tx.order_id), JSON.stringify(tx, null, 2))

/** Midtrans' clock: Jakarta time without a zone, "2026-12-03 14:30:00". */
const jakarta = (ms) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 19).replace("T", " ")
const STATUS_CODES = { pending: "201", settlement: "200", capture: "200", expire: "407", cancel: "200", deny: "202", refund: "200" }

/** A well-formed QRIS payload (EMVCo layout); the content is fake, the shape is what apps scan. */
const qrString = (orderId) => `00020101021226620014COM.GO-JEK.WWW011993600914${orderId.replace(/\W/g, "").slice(0, 12)}5204581253033605802ID5912KARYA BINAAN6009PALEMBANG6304ABCD`

function charge(body) {
  const now = Date.now()
  const unit = body.custom_expiry?.unit === "hour" ? 3600_000 : body.custom_expiry?.unit === "day" ? 86_400_000 : 60_000
  const duration = (body.custom_expiry?.expiry_duration ?? 15) * unit
  const orderId = body.transaction_details.order_id
  const tx = {
    status_code: "201",
    status_message: "Success, transaction is created",
    transaction_id: randomUUID(),
    order_id: orderId,
    merchant_id: "G000000000",
    gross_amount: `${Number(body.transaction_details.gross_amount).toFixed(2)}`,
    currency: "IDR",
    payment_type: body.payment_type,
    transaction_time: jakarta(now),
    transaction_status: "pending",
    fraud_status: "accept",
    expiry_time: jakarta(now + duration),
  }
  const base = `https://api.sandbox.midtrans.com/v2/${tx.transaction_id}`
  switch (body.payment_type) {
    case "qris":
      Object.assign(tx, { acquirer: "gopay", qr_string: qrString(orderId), actions: [{ name: "generate-qr-code", method: "GET", url: `${base}/qr-code` }] })
      break
    case "gopay":
      Object.assign(tx, {
        actions: [
          { name: "generate-qr-code", method: "GET", url: `${base}/qr-code` },
          { name: "deeplink-redirect", method: "GET", url: `https://simulator.sandbox.midtrans.com/gopay/partner/app/payment-pin?id=${tx.transaction_id}` },
          { name: "get-status", method: "GET", url: `${base}/status` },
          { name: "cancel", method: "POST", url: `${base}/cancel` },
        ],
      })
      break
    case "shopeepay":
      Object.assign(tx, {
        actions: [{ name: "deeplink-redirect", method: "GET", url: `https://simulator.sandbox.midtrans.com/v2/shopeepay/redirect?id=${tx.transaction_id}` }],
      })
      break
    case "echannel":
      Object.assign(tx, { bill_key: String(now).slice(-10), biller_code: "70012" })
      break
    case "bank_transfer": {
      const bank = body.bank_transfer?.bank
      Object.assign(tx, { va_numbers: [{ bank, va_number: `${{ bca: "12345", bni: "9881", bri: "88810" }[bank] ?? "7"}${String(now).slice(-8)}` }] })
      break
    }
    default:
      return [400, { status_code: "400", status_message: `fake-midtrans: payment_type ${body.payment_type} is not faked` }]
  }
  write(tx)
  return [201, tx]
}

function change(orderId, status, extra = {}) {
  const tx = read(orderId)
  if (!tx) return [404, { status_code: "404", status_message: "Transaction doesn't exist." }]
  Object.assign(tx, { transaction_status: status, status_code: STATUS_CODES[status] ?? "200" }, extra)
  write(tx)
  return [200, tx]
}

const api = nock("https://api.sandbox.midtrans.com").persist()
api.post("/v2/charge").reply((_uri, body) => charge(typeof body === "string" ? JSON.parse(body) : body))
api.get(/^\/v2\/[^/]+\/status$/).reply((uri) => {
  const tx = read(decodeURIComponent(uri.split("/")[2]))
  return tx ? [200, { ...tx, status_code: STATUS_CODES[tx.transaction_status] ?? tx.status_code }] : [404, { status_code: "404", status_message: "Transaction doesn't exist." }]
})
api.post(/^\/v2\/[^/]+\/cancel$/).reply((uri) => change(decodeURIComponent(uri.split("/")[2]), "cancel"))
api.post(/^\/v2\/[^/]+\/expire$/).reply((uri) => change(decodeURIComponent(uri.split("/")[2]), "expire"))
api.post(/^\/v2\/[^/]+\/refund(\/online\/direct)?$/).reply((uri, body) => {
  const refund = typeof body === "string" ? JSON.parse(body || "{}") : body ?? {}
  return change(decodeURIComponent(uri.split("/")[2]), "refund", { refund_amount: String(refund.amount ?? ""), refund_key: refund.refund_key ?? randomUUID() })
})
