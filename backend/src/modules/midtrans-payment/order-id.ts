/**
 * Midtrans order ids are single-use: a new charge (the amount changed, or the
 * shopper asked for a fresh QR) needs a new one. So the order id is the Medusa
 * payment session id plus a suffix; a notification leads back to its session
 * through it. Midtrans allows letters, digits, "-", "_", "~" and "." (50 at most).
 */
export function newMidtransOrderId(sessionId: string, now = Date.now()): string {
  return `${sessionId}~${now.toString(36)}`
}

/** The payment session a Midtrans order id was made for, or undefined when it is not one of ours. */
export function sessionIdOf(midtransOrderId: unknown): string | undefined {
  if (typeof midtransOrderId !== "string") return undefined
  const m = /^(payses_[0-9A-Za-z]+)~[0-9a-z]+$/.exec(midtransOrderId)
  return m?.[1]
}
