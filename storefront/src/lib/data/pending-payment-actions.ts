"use server"

import { refresh } from "next/cache"
import type { MidtransFailureReason } from "@karya-binaan/contract"
import type { PaymentStatus } from "@/lib/types/pending-payment"
import { orderAccessFromToken } from "@/lib/util/order-access"
import { getCartId, removeCartId, setOrderAccess } from "./cookies"
import { getPaymentStatus } from "./pending-payment"

export type PaymentPoll = {
  status: PaymentStatus | "unknown"
  orderId: string | null
  expiresAt: string | null
  /** Why a payment that came could not be kept (the money went back). */
  reason: MidtransFailureReason | null
}
const UNKNOWN: PaymentPoll = { status: "unknown", orderId: null, expiresAt: null, reason: null }

/**
 * The pending-payment page asks this every few seconds. Once the gateway's
 * notification has made the cart an order, this browser gets the order's
 * access cookie (as placing an order here does) and loses the cart cookie,
 * so the confirmation page opens and the header's cart is empty.
 */
export async function pollPayment(cartId: string): Promise<PaymentPoll> {
  if (typeof cartId !== "string" || !/^cart_[A-Za-z0-9]+$/.test(cartId)) return UNKNOWN
  let answer
  try {
    answer = await getPaymentStatus(cartId)
  } catch (error) {
    // A network blip or a restarting backend: the page simply asks again.
    console.error("Payment status unavailable:", error)
    return UNKNOWN
  }
  if (answer.status === "paid" && answer.order_id) {
    const access = orderAccessFromToken(answer.order_access_token)
    if (access) await setOrderAccess(answer.order_id, access)
    if ((await getCartId()) === cartId) {
      await removeCartId()
      refresh()
    }
  }
  return { status: answer.status, orderId: answer.order_id, expiresAt: answer.expires_at, reason: answer.reason ?? null }
}
