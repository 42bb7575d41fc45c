import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type PaymentRow = { id: string; captured_at?: Date | string | null; canceled_at?: Date | string | null; provider_id: string } | null

/**
 * The authorised, uncaptured payment of an outlet order. Not an outlet order
 * → 404; already paid → 400 with the reason (Medusa rewrites 409 messages), so a second click can't capture twice.
 */
export const findInvoicePaymentStep = createStep("find-outlet-invoice-payment", async ({ order_id }: { order_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "metadata", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at", "payment_collections.payments.provider_id"],
    filters: { id: order_id },
  })
  const order = data[0]
  if (!order?.metadata?.outlet_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan outlet tidak ditemukan")
  if (order.metadata.consignment_report_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Penjualan titipan dibayar saat dilaporkan, tanpa faktur")
  }
  if (order.metadata.invoice_paid_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Faktur ini sudah ditandai lunas")
  const payments = (order.payment_collections ?? []).flatMap((c: { payments?: PaymentRow[] } | null) => c?.payments ?? []) as PaymentRow[]
  const open = payments.find((p) => p && !p.captured_at && !p.canceled_at)
  if (!open) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Tidak ada pembayaran yang menunggu untuk pesanan ini")
  return new StepResponse({ payment_id: open.id, metadata: (order.metadata ?? {}) as Record<string, unknown> })
})
