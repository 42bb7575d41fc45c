import type { MidtransSessionData } from "@karya-binaan/contract"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PendingMidtransCharge = {
  cart_id: string
  email: string
  locale: string | null
  provider_id: string
  data: MidtransSessionData
}

/**
 * The open Midtrans charge of a payment collection's cart, with the address
 * to tell: null when the collection has none (another method, already paid
 * or expired) or the cart has no email yet.
 */
export const loadPendingMidtransChargeStep = createStep(
  "load-pending-midtrans-charge",
  async ({ payment_collection_id }: { payment_collection_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment_collection",
      fields: ["id", "cart.id", "cart.email", "cart.locale", "cart.completed_at", "payment_sessions.provider_id", "payment_sessions.status", "payment_sessions.data"],
      filters: { id: payment_collection_id },
    })
    const collection = data[0] as any
    const cart = collection?.cart
    const session = (collection?.payment_sessions ?? []).find(
      (s: any) => String(s?.provider_id).startsWith("pp_midtrans_") && s.status === "pending" && s.data?.midtrans_order_id
    )
    if (!cart?.email || cart.completed_at || !session) return new StepResponse<PendingMidtransCharge | null>(null)
    return new StepResponse<PendingMidtransCharge | null>({
      cart_id: cart.id,
      email: cart.email,
      locale: cart.locale ?? null,
      provider_id: session.provider_id,
      data: session.data as MidtransSessionData,
    })
  }
)
