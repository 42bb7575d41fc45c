import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { UnplacedPayment, UnplacedPaymentListResponse } from "@karya-binaan/contract"
import { PAYMENT_FAILURE_METADATA_KEY, type PaymentFailure } from "../../../workflows/midtrans/refund-unplaced-payment"
import type { AdminGetUnplacedPaymentsParamsType } from "./validators"

/**
 * Midtrans payments refunded because their cart placed no order, newest first.
 * Medusa keeps no payment for them (the session was dropped when the money went
 * back); the refund workflow notes each on its cart, and that note is read here,
 * filtered and paged by PostgreSQL.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<UnplacedPaymentListResponse>) => {
  const { limit, offset } = req.validatedQuery as AdminGetUnplacedPaymentsParamsType
  const [carts, count] = await req.scope.resolve(Modules.CART).listAndCountCarts(
    { metadata: { [PAYMENT_FAILURE_METADATA_KEY]: { $ne: null } } } as Record<string, unknown>,
    // A cart that placed no order is last changed by the note, so this is newest refund first.
    { select: ["id", "email", "metadata", "updated_at"], take: limit, skip: offset, order: { updated_at: "DESC" } }
  )
  const unplaced_payments = carts.map((cart): UnplacedPayment => {
    const failure = cart.metadata![PAYMENT_FAILURE_METADATA_KEY] as PaymentFailure
    return {
      cart_id: cart.id,
      email: cart.email ?? null,
      reason: failure.reason,
      midtrans_order_id: failure.midtrans_order_id,
      method: failure.method ?? null,
      amount: failure.amount,
      refunded_at: failure.at,
    }
  })
  res.json({ unplaced_payments, count, limit, offset })
}
