import { createHash } from "node:crypto"

/** The sandbox keys the test stack and the demo use (Midtrans' API is intercepted, never reached). */
export const MIDTRANS_TEST_SERVER_KEY = "SB-Mid-server-test-karya"
export const MIDTRANS_TEST_CLIENT_KEY = "SB-Mid-client-test-karya"

export type MidtransNotification = {
  order_id: string
  status_code: string
  gross_amount: string
  transaction_status: string
  [field: string]: unknown
}

/**
 * The notification as Midtrans would POST it to /hooks/midtrans:
 * signature_key = sha512(order_id + status_code + gross_amount + server key), hex.
 */
export function signNotification<T extends MidtransNotification>(body: T, serverKey = MIDTRANS_TEST_SERVER_KEY): T & { signature_key: string } {
  const signature_key = createHash("sha512")
    .update(`${body.order_id}${body.status_code}${body.gross_amount}${serverKey}`)
    .digest("hex")
  return { ...body, signature_key }
}
