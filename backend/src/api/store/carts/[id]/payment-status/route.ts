import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MidtransSessionData as ContractSessionData, StorePaymentStatusResponse } from "@karya-binaan/contract"
import type { MidtransSessionData } from "../../../../../modules/midtrans-payment/types"
import { PAYMENT_FAILURE_METADATA_KEY, type PaymentFailure } from "../../../../../workflows/midtrans/refund-unplaced-payment"
import { orderAccessFor } from "../../../orders/order-access"
import { paymentStatusOf } from "./payment-status"

// The module's session data and the contract's are one shape: either drifting fails typecheck.
const sameShape = (d: MidtransSessionData): ContractSessionData => d
const sameShapeBack = (d: ContractSessionData): MidtransSessionData => d
void sameShape
void sameShapeBack

/**
 * GET /store/carts/:id/payment-status, polled by the payment page. The cart
 * id is the guest's key to the cart, as on Medusa's own cart routes; a cart of
 * a registered customer answers only that customer. Once paid it gives the
 * order id and an order access token, as completing the cart would.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StorePaymentStatusResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "customer_id",
      "metadata",
      "customer.has_account",
      "payment_collection.payment_sessions.provider_id",
      "payment_collection.payment_sessions.data",
      "payment_collection.payment_sessions.created_at",
    ],
    filters: { id: req.params.id },
  })
  const cart = carts[0] as any
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Keranjang ${req.params.id} tidak ditemukan.`)
  if (!cart) throw notFound
  if (cart.customer?.has_account && req.auth_context?.actor_id !== cart.customer_id) throw notFound

  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cart.id } })
  const orderId: string | null = (links[0] as any)?.order_id ?? null
  res.json(
    paymentStatusOf({
      orderId,
      orderAccessToken: orderId ? orderAccessFor(req.scope, orderId).token : null,
      failure: (cart.metadata?.[PAYMENT_FAILURE_METADATA_KEY] as PaymentFailure | undefined) ?? null,
      sessions: cart.payment_collection?.payment_sessions ?? [],
    })
  )
}
