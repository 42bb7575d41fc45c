import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findGuestOrdersStep } from "./steps/find-guest-orders"
import { requestOrderTransfersStep } from "./steps/request-order-transfers"

export type RequestGuestOrderTransfersInput = { customer_id: string }

/**
 * "Attach my earlier orders": every guest order placed with the customer's
 * email and not yet asked for gets a transfer request; each becomes the
 * customer's only once the link in the email to that address is opened
 * (Medusa's accept route), so an account whose email nobody verified cannot
 * take someone else's orders. Returns the order numbers asked for.
 */
export const requestGuestOrderTransfersWorkflow = createWorkflow(
  "request-guest-order-transfers",
  (input: RequestGuestOrderTransfersInput) => {
    const guests = findGuestOrdersStep({ customer_id: input.customer_id })
    const orderIds = transform({ guests }, ({ guests }) => (guests?.attachable ?? []).map((o) => o.id))
    const requested = when({ orderIds }, ({ orderIds }) => orderIds.length > 0).then(() =>
      requestOrderTransfersStep({ customer_id: input.customer_id, order_ids: orderIds })
    )
    return new WorkflowResponse(
      transform({ guests, requested }, ({ guests, requested }) => {
        const asked = new Set(requested ?? [])
        const all = [...(guests?.attachable ?? []), ...(guests?.awaiting ?? [])]
        return { requested: all.filter((o) => asked.has(o.id)).map((o) => o.display_id), email: guests?.email ?? null }
      })
    )
  }
)
