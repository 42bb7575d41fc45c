/**
 * Proof that the caller placed (or looked up) an order: a signed, short-lived
 * token the backend issues with a completed cart and with a successful order
 * lookup. Sent back as the `x-order-access-token` header on
 * `GET /store/orders/:id`; without it (or the owning customer's login) the
 * order is 404.
 */
export type OrderAccess = { token: string; expires_at: string }

