import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import type { SaleOrder } from "./place-sale-order"

/** Paid at once: the outlet settles the report with the programme, so the ledger allocates right away. Last, nothing after it to fail. */
export const captureSaleStep = createStep("capture-consignment-sale", async (sale: SaleOrder, { container }) => {
  if (sale.payment_id) await capturePaymentWorkflow(container).run({ input: { payment_id: sale.payment_id } })
  return new StepResponse(undefined)
})
