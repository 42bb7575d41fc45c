import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findPickupToCollectStep } from "./steps/find-pickup-to-collect"
import { markPickupDeliveredStep } from "./steps/mark-pickup-delivered"
import { recordPickupTakingStep } from "./steps/record-pickup-taking"

export type CollectPickupInput = { order_id: string; outlet_id: string; collected_by?: string }

/**
 * The outlet's staff hand a pickup over ("Sudah dibayar & diambil"). When the
 * shopper pays here: the cash is recorded as the outlet's takings for the
 * programme, then Medusa's capture workflow captures the pay-at-outlet
 * payment, whose payment.captured event runs the revenue-share allocation as
 * for any sale. Then the fulfilments are marked delivered. One at a time per
 * order, so a double tap captures once.
 */
export const collectPickupWorkflow = createWorkflow("collect-pickup", (input: CollectPickupInput) => {
  const lockKey = transform({ input }, ({ input }) => `pickup:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const pickup = findPickupToCollectStep({ order_id: input.order_id, outlet_id: input.outlet_id })

  when({ pickup }, ({ pickup }) => !!pickup.payment_id).then(() => {
    recordPickupTakingStep(
      transform({ input, pickup }, ({ input, pickup }) => ({
        outlet_id: input.outlet_id,
        order_id: pickup.order_id,
        amount: pickup.amount,
        currency_code: pickup.currency_code,
        collected_by: input.collected_by ?? null,
      }))
    )
    capturePaymentWorkflow.runAsStep({
      input: transform({ input, pickup }, ({ input, pickup }) => ({ payment_id: pickup.payment_id as string, captured_by: input.collected_by })),
    })
  })

  markPickupDeliveredStep(transform({ pickup }, ({ pickup }) => ({ order_id: pickup.order_id, fulfillment_ids: pickup.fulfillment_ids })))
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ pickup }, ({ pickup }) => ({ order_id: pickup.order_id, captured: !!pickup.payment_id, amount: pickup.amount })))
})
