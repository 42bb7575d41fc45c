import { createHash, timingSafeEqual } from "node:crypto"

/** Midtrans signs a notification as sha512(order_id + status_code + gross_amount + server key), hex. */
export function notificationSignature(
  body: { order_id?: unknown; status_code?: unknown; gross_amount?: unknown },
  serverKey: string
): string {
  return createHash("sha512")
    .update(`${body.order_id ?? ""}${body.status_code ?? ""}${body.gross_amount ?? ""}${serverKey}`)
    .digest("hex")
}

/** True only when the notification carries the signature our server key gives it. */
export function hasValidSignature(body: Record<string, unknown>, serverKey: string): boolean {
  const given = typeof body.signature_key === "string" ? body.signature_key.toLowerCase() : ""
  if (!/^[0-9a-f]{128}$/.test(given) || typeof body.order_id !== "string") return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(notificationSignature(body, serverKey)))
}
