import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findInvoicePaymentStep } from "./steps/find-invoice-payment"
import { recordInvoicePaymentStep } from "./steps/record-invoice-payment"

export type MarkOutletInvoicePaidInput = { order_id: string; reference: string; captured_by?: string }

/**
 * An operator marks an outlet's invoice paid: the reference goes on the order
 * and Medusa's capture workflow captures the authorised payment, whose
 * payment.captured event drives the revenue-share allocation (issue 5).
 * One at a time per order, so two clicks capture once.
 */
export const markOutletInvoicePaidWorkflow = createWorkflow("mark-outlet-invoice-paid", (input: MarkOutletInvoicePaidInput) => {
  const lockKey = transform({ input }, ({ input }) => `outlet-invoice:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const payment = findInvoicePaymentStep({ order_id: input.order_id })
  const recorded = recordInvoicePaymentStep(
    transform({ input, payment }, ({ input, payment }) => ({
      order_id: input.order_id,
      metadata: payment.metadata,
      reference: input.reference,
      paid_at: new Date().toISOString(),
    }))
  )
  capturePaymentWorkflow.runAsStep({
    input: transform({ input, payment }, ({ input, payment }) => ({ payment_id: payment.payment_id, captured_by: input.captured_by })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ input, recorded }, ({ input, recorded }) => ({ order_id: input.order_id, ...recorded })))
})
