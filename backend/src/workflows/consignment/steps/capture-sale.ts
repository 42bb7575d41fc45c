import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { SaleOrder } from "./place-sale-order"

/**
 * Paid at once: the outlet settles the report with the programme, so the
 * ledger allocates right away. No compensation of its own: if anything after
 * it fails (releasing the outlet's lock), the sale's cancellation
 * (placeSaleOrderStep) refunds this capture, and the ledger reverses what it
 * allocated (integration-tests/http/consignment-compensation.spec.ts).
 */
export const CAPTURE_SALE_STEP = "capture-consignment-sale"

export const captureSaleStep = createStep(CAPTURE_SALE_STEP, async (sale: SaleOrder, { container }) => {
  if (sale.payment_id) await capturePaymentWorkflow(container).run({ input: { payment_id: sale.payment_id } })
  return new StepResponse(undefined)
})
