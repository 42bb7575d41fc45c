import { createHash } from "node:crypto"
import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { chargeRequest, jakartaTimeToIso, sessionDataFromCharge } from "./methods"
import { newMidtransOrderId, sessionIdOf } from "./order-id"
import { hasValidSignature } from "./signature"
import { sessionStatus, webhookAction } from "./status"

const KEY = "SB-Mid-server-test-karya"
// Midtrans' documented formula, computed here independently of ./signature.
const signed = (b: Record<string, string>) => ({ ...b, signature_key: createHash("sha512").update(b.order_id + b.status_code + b.gross_amount + KEY).digest("hex") })

describe("Midtrans notification signature", () => {
  const body = { order_id: "payses_01ABC~k1", status_code: "200", gross_amount: "40000.00", transaction_status: "settlement" }
  it("accepts Midtrans' sha512(order_id + status_code + gross_amount + server key)", () => {
    expect(hasValidSignature(signed(body), KEY)).toBe(true)
  })
  it("refuses another key, an altered field, a missing or malformed signature", () => {
    expect(hasValidSignature(signed(body), "SB-Mid-server-other")).toBe(false)
    expect(hasValidSignature({ ...signed(body), gross_amount: "1.00" }, KEY)).toBe(false)
    expect(hasValidSignature(body, KEY)).toBe(false)
    expect(hasValidSignature({ ...body, signature_key: "abc" }, KEY)).toBe(false)
  })
})

describe("Midtrans order ids", () => {
  it("lead back to the payment session, and only ours", () => {
    const id = newMidtransOrderId("payses_01KBXYZ", 1_764_000_000_000)
    expect(id.length).toBeLessThanOrEqual(50)
    expect(sessionIdOf(id)).toBe("payses_01KBXYZ")
    expect(sessionIdOf("INV-2026-0001")).toBeUndefined()
    expect(sessionIdOf(42)).toBeUndefined()
  })
})

describe("charges", () => {
  it("asks for a 15-minute QR and a 24-hour VA", () => {
    expect(chargeRequest("qris", { orderId: "o", amount: 40000 })).toMatchObject({ payment_type: "qris", custom_expiry: { expiry_duration: 15, unit: "minute" } })
    expect(chargeRequest("va-bri", { orderId: "o", amount: 40000 })).toMatchObject({
      payment_type: "bank_transfer",
      bank_transfer: { bank: "bri" },
      custom_expiry: { expiry_duration: 24, unit: "hour" },
    })
    expect(chargeRequest("va-mandiri", { orderId: "o", amount: 40000 }).payment_type).toBe("echannel")
  })

  it("reads Midtrans' Jakarta times as instants", () => {
    expect(jakartaTimeToIso("2026-12-03 14:30:00")).toBe("2026-12-03T07:30:00.000Z")
    expect(jakartaTimeToIso("tomorrow")).toBeUndefined()
  })

  it("keeps what the shopper needs from the charge", () => {
    const va = sessionDataFromCharge("va-bca", {
      order_id: "o",
      transaction_id: "t",
      transaction_status: "pending",
      gross_amount: "40000.00",
      expiry_time: "2026-12-04 14:30:00",
      va_numbers: [{ bank: "bca", va_number: "12345678901" }],
    })
    expect(va).toEqual({
      method: "va",
      bank: "bca",
      va_number: "12345678901",
      midtrans_order_id: "o",
      transaction_id: "t",
      transaction_status: "pending",
      amount: 40000,
      expires_at: "2026-12-04T07:30:00.000Z",
    })
    const gopay = sessionDataFromCharge("gopay", { order_id: "o", transaction_id: "t", gross_amount: "40000.00", actions: [{ name: "deeplink-redirect", url: "gojek://x" }] }, 0)
    expect(gopay).toMatchObject({ method: "gopay", deeplink_url: "gojek://x", expires_at: new Date(15 * 60_000).toISOString() })
    expect(gopay.qr_code_url).toBeUndefined()
  })

  it("keep GoPay's QR image address for the computer's flow, only when it is https and no QR string came", () => {
    const charge = {
      order_id: "o",
      transaction_id: "t",
      gross_amount: "40000.00",
      actions: [
        { name: "generate-qr-code", method: "GET", url: "https://api.sandbox.midtrans.com/v2/gopay/t/qr-code" },
        { name: "deeplink-redirect", method: "GET", url: "gojek://gopay/merchanttransfer?tref=t" },
      ],
    }
    expect(sessionDataFromCharge("gopay", charge, 0)).toMatchObject({
      qr_code_url: "https://api.sandbox.midtrans.com/v2/gopay/t/qr-code",
      deeplink_url: "gojek://gopay/merchanttransfer?tref=t",
    })
    const plain = { ...charge, actions: [{ name: "generate-qr-code", url: "http://evil.test/qr" }] }
    expect(sessionDataFromCharge("gopay", plain, 0).qr_code_url).toBeUndefined()
    const withString = sessionDataFromCharge("qris", { ...charge, qr_string: "00020101" }, 0)
    expect(withString).toMatchObject({ qr_string: "00020101" })
    expect(withString.qr_code_url).toBeUndefined()
  })
})

describe("statuses", () => {
  it("believe money only when Midtrans holds it", () => {
    expect(sessionStatus({ transaction_status: "settlement" })).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(sessionStatus({ transaction_status: "capture", fraud_status: "challenge" })).toBe(PaymentSessionStatus.PENDING)
    expect(sessionStatus({ transaction_status: "expire" })).toBe(PaymentSessionStatus.CANCELED)
    expect(webhookAction({ transaction_status: "settlement" })).toBe(PaymentActions.SUCCESSFUL)
    expect(webhookAction({ transaction_status: "pending" })).toBe(PaymentActions.PENDING)
    expect(webhookAction({ transaction_status: "expire" })).toBe(PaymentActions.CANCELED)
    expect(webhookAction({ transaction_status: "deny" })).toBe(PaymentActions.FAILED)
    expect(webhookAction({ transaction_status: "refund" })).toBe(PaymentActions.NOT_SUPPORTED)
  })
})
