import { cancelOrderTransferRequestWorkflow, requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RequestOrderTransfersInput = { customer_id: string; order_ids: string[] }

/**
 * Medusa's order transfer, requested for each order: each gets an order change
 * with a one-time token, and `order.transfer_requested` makes the email that
 * asks the order's address to confirm. If a later order fails, the requests
 * already made are cancelled, so none is left half-done.
 */
export const requestOrderTransfersStep = createStep(
  "request-order-transfers",
  async ({ customer_id, order_ids }: RequestOrderTransfersInput, { container }) => {
    const requested: string[] = []
    try {
      for (const order_id of order_ids) {
        await requestOrderTransferWorkflow(container).run({ input: { order_id, customer_id, logged_in_user: customer_id } })
        requested.push(order_id)
      }
    } catch (error) {
      await cancelRequests(container, customer_id, requested)
      throw error
    }
    return new StepResponse(requested, { customer_id, requested })
  },
  async (made, { container }) => {
    if (made) await cancelRequests(container, made.customer_id, made.requested)
  }
)

async function cancelRequests(container: any, customerId: string, orderIds: string[]) {
  for (const order_id of orderIds) {
    await cancelOrderTransferRequestWorkflow(container).run({
      input: { order_id, logged_in_user_id: customerId, actor_type: "customer" },
    })
  }
}
