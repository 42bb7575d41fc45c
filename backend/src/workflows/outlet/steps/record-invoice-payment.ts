import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type RecordInvoicePaymentInput = { order_id: string; metadata: Record<string, unknown>; reference: string; paid_at: string }

/** Writes the payment reference and date into the order's metadata (the invoice shows them); undone on failure. */
export const recordInvoicePaymentStep = createStep(
  "record-outlet-invoice-payment",
  async (input: RecordInvoicePaymentInput, { container }) => {
    await container.resolve(Modules.ORDER).updateOrders(input.order_id, {
      metadata: { ...input.metadata, invoice_paid_at: input.paid_at, invoice_payment_reference: input.reference },
    })
    return new StepResponse({ paid_at: input.paid_at, reference: input.reference }, { order_id: input.order_id, metadata: input.metadata })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.ORDER).updateOrders(previous.order_id, { metadata: previous.metadata })
  }
)
