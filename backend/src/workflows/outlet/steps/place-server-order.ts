import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { checkoutServerCart, type ServerCartInput } from "../../checkout/server-cart"

/** The order, through Medusa's own cart path (see checkoutServerCart); canceled if a later step fails. */
export const placeServerOrderStep = createStep(
  "place-server-order",
  async (cart: ServerCartInput, { container }) => {
    const placed = await checkoutServerCart(container, cart)
    return new StepResponse(placed, placed.order_id)
  },
  async (orderId, { container }) => {
    if (orderId) await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
)
