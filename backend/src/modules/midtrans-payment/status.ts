import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

type Json = Record<string, any>

/**
 * Midtrans' transaction_status (as re-read from the gateway) in Medusa's
 * words. Money that reached Midtrans ("settlement", a card "capture" Midtrans'
 * fraud check accepted) is authorised: Medusa then captures it, which only
 * records it (Midtrans settles by itself).
 */
export function sessionStatus(tx: Json): PaymentSessionStatus {
  switch (tx.transaction_status) {
    case "settlement":
    case "authorize":
      return PaymentSessionStatus.AUTHORIZED
    case "capture":
      return tx.fraud_status === "challenge" ? PaymentSessionStatus.PENDING : PaymentSessionStatus.AUTHORIZED
    case "refund":
    case "partial_refund":
      return PaymentSessionStatus.CAPTURED
    case "deny":
    case "failure":
      return PaymentSessionStatus.ERROR
    case "cancel":
    case "expire":
      return PaymentSessionStatus.CANCELED
    default:
      return PaymentSessionStatus.PENDING
  }
}

/** True when the money is with Midtrans (paid and not returned). */
export function isPaid(tx: Json): boolean {
  return tx.transaction_status === "settlement" || (tx.transaction_status === "capture" && tx.fraud_status !== "challenge")
}

/** The webhook action for a transaction status: paid is SUCCESSFUL (authorise, then capture). */
export function webhookAction(tx: Json): PaymentActions {
  if (isPaid(tx)) return PaymentActions.SUCCESSFUL
  switch (tx.transaction_status) {
    case "pending":
      return PaymentActions.PENDING
    case "deny":
    case "failure":
      return PaymentActions.FAILED
    case "cancel":
    case "expire":
      return PaymentActions.CANCELED
    default:
      return PaymentActions.NOT_SUPPORTED
  }
}
