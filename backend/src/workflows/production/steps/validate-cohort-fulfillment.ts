import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { AWAITING_PAYMENT_MESSAGE, awaitsPayment, PACKING_PAYMENT_FIELDS, type PackingPaymentRow } from "../packing-payment"

export type FulfilCohortLinesInput = {
  order_id: string
  cohort_id: string
  items: { line_item_id: string; quantity: number }[]
  carrier?: string | null
  tracking_number?: string | null
  created_by?: string
}

export type ShipCohortFulfillmentInput = {
  order_id: string
  cohort_id: string
  fulfillment_id: string
  carrier?: string | null
  tracking_number?: string | null
  created_by?: string
}

type OrderRow = PackingPaymentRow & {
  id: string
  display_id: number | string
  status: string
  items?: ({ id: string; product_id?: string | null; quantity: number; detail?: { fulfilled_quantity?: number } | null } | null)[] | null
  fulfillments?: ({
    id: string
    shipped_at?: string | null
    canceled_at?: string | null
    metadata?: Record<string, unknown> | null
    items?: { line_item_id: string | null; quantity: number }[] | null
  } | null)[] | null
}

const notFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan tidak ditemukan")

/** Which of the order's products the cohort makes (cohort ↔ product link), read for those products only. */
async function cohortProductsAmong(container: MedusaContainer, cohortId: string, order: OrderRow | undefined): Promise<string[]> {
  const ids = [...new Set((order?.items ?? []).flatMap((i) => (i?.product_id ? [i.product_id] : [])))]
  if (!ids.length) return []
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "cohort.id"],
    filters: { id: ids },
  })
  return (data as { id: string; cohort?: { id: string } | null }[]).flatMap((p) => (p.cohort?.id === cohortId ? [p.id] : []))
}

/** The order, as long as it holds at least one of the cohort's lines; otherwise 404 (never leak other orders). */
async function cohortOrder(container: MedusaContainer, orderId: string, cohortId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      ...PACKING_PAYMENT_FIELDS,
      "items.id",
      "items.product_id",
      "items.quantity",
      "items.detail.fulfilled_quantity",
      "fulfillments.id",
      "fulfillments.shipped_at",
      "fulfillments.canceled_at",
      "fulfillments.metadata",
      "fulfillments.items.line_item_id",
      "fulfillments.items.quantity",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderRow | undefined
  const products = new Set(await cohortProductsAmong(container, cohortId, order))
  const own = (order?.items ?? []).filter((i) => !!i?.product_id && products.has(i.product_id))
  if (!order || !own.length) throw notFound()
  return { order, own: own as NonNullable<(typeof own)[number]>[] }
}

/**
 * Packing: the order must be paid (or on invoice terms), every line this
 * cohort's and still have that many units unpacked. Returns the input for Medusa's order fulfilment, from the
 * cohort's own stock location (where the order's reservations sit).
 */
export const validateCohortLinesStep = createStep("validate-cohort-lines", async (input: FulfilCohortLinesInput, { container }) => {
  const { order, own } = await cohortOrder(container, input.order_id, input.cohort_id)
  if (order.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pesanan ini sudah dibatalkan")
  if (awaitsPayment(order)) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "awaiting_payment", display_id: Number(order.display_id) }], AWAITING_PAYMENT_MESSAGE)
  }
  const seen = new Set<string>()
  for (const { line_item_id, quantity } of input.items) {
    const line = own.find((l) => l.id === line_item_id)
    if (!line || seen.has(line_item_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Baris ${line_item_id} bukan milik kohort ini atau disebut dua kali`)
    }
    seen.add(line_item_id)
    const open = Number(line.quantity) - Number(line.detail?.fulfilled_quantity ?? 0)
    if (quantity > open) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Baris ${line_item_id} tinggal ${open} unit yang belum dikemas`)
    }
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cohort",
    fields: ["stock_location.id"],
    filters: { id: input.cohort_id },
  })
  const locationId = (data[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  if (!locationId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Kohort ini belum punya lokasi stok")

  const metadata: Record<string, string> = { cohort_id: input.cohort_id }
  if (input.carrier) metadata.carrier = input.carrier
  if (input.tracking_number) metadata.tracking_number = input.tracking_number
  return new StepResponse({
    order_id: input.order_id,
    location_id: locationId,
    items: input.items.map((i) => ({ id: i.line_item_id, quantity: i.quantity })),
    created_by: input.created_by,
    metadata,
  })
})

/**
 * Shipping: the fulfilment must be one this cohort packed, not yet shipped or
 * cancelled, and have a tracking number (given now or when packing).
 */
export const validateCohortShipmentStep = createStep(
  "validate-cohort-shipment",
  async (input: ShipCohortFulfillmentInput, { container }) => {
    const { order, own } = await cohortOrder(container, input.order_id, input.cohort_id)
    const ownIds = new Set(own.map((l) => l.id))
    const fulfillment = (order.fulfillments ?? []).find((f) => f?.id === input.fulfillment_id)
    const items = fulfillment?.items ?? []
    if (!fulfillment || !items.length || !items.every((i) => i.line_item_id && ownIds.has(i.line_item_id))) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pengiriman tidak ditemukan")
    }
    if (fulfillment.canceled_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pengiriman ini sudah dibatalkan")
    if (fulfillment.shipped_at) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Pengiriman ini sudah dikirim")
    const carrier = input.carrier || (fulfillment.metadata?.carrier as string | undefined) || null
    const tracking = input.tracking_number || (fulfillment.metadata?.tracking_number as string | undefined) || null
    if (!tracking) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Isi nomor resi sebelum menandai terkirim")
    return new StepResponse({
      fulfillment_id: fulfillment.id,
      metadata: { ...(fulfillment.metadata ?? {}), carrier, tracking_number: tracking },
      shipment: {
        order_id: input.order_id,
        fulfillment_id: fulfillment.id,
        items: items.map((i) => ({ id: i.line_item_id as string, quantity: Number(i.quantity) })),
        // Medusa's label: the number the shopper can track; the carrier is in metadata.
        labels: [{ tracking_number: tracking, tracking_url: "", label_url: "" }],
        created_by: input.created_by,
      },
    })
  }
)
