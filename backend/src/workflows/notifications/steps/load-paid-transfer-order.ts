import { ContainerRegistrationKeys, PaymentCollectionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_PROVIDER_ID } from "../../../lib/payment-providers"
import type { PaymentReceivedOrder } from "../templates/payment-received"

export const loadPaidTransferOrderStepId = "load-paid-transfer-order"

export type LoadPaidTransferOrderStepInput = { order_id: string }

type Row = Record<string, any>

/**
 * The shop order whose bank transfer is now fully captured, or null when
 * there is nothing to tell the shopper: a card payment (the shopper paid at
 * checkout), an outlet order (paid on invoice, its own paperwork), a partial
 * capture (money still missing), or no email.
 */
export const loadPaidTransferOrderStep = createStep(
  loadPaidTransferOrderStepId,
  async ({ order_id }: LoadPaidTransferOrderStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "total",
        "locale",
        "metadata",
        "shipping_address.first_name",
        "payment_collections.status",
        "payment_collections.payments.provider_id",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as Row | undefined
    const collections = ((order?.payment_collections ?? []) as Row[]).filter(Boolean)
    const byTransfer = collections.some((c) => (c.payments ?? []).some((p: Row) => p?.provider_id === BANK_TRANSFER_PROVIDER_ID))
    const paid = collections.length > 0 && collections.every((c) => c.status === PaymentCollectionStatus.COMPLETED)
    if (!order?.email || !byTransfer || !paid || order.metadata?.outlet_id) {
      return new StepResponse<PaymentReceivedOrder | null>(null)
    }
    return new StepResponse<PaymentReceivedOrder | null>({
      display_id: order.display_id,
      email: order.email,
      total: order.total,
      first_name: order.shipping_address?.first_name ?? null,
      locale: order.locale ?? null,
    })
  }
)
