import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { allPacked, amountOf, collectedAt, isPaid, payAtOutletPayment, PICKUP_ORDER_FIELDS, type PickupOrderRow } from "../pickup-order"

export type FindPickupInput = { order_id: string; outlet_id: string }
export type PickupToCollect = {
  order_id: string
  display_id: number
  /** The pay-at-outlet payment to capture now; null when it was paid online. */
  payment_id: string | null
  amount: number
  currency_code: string
  fulfillment_ids: string[]
}

/** Not this outlet's pickup: the same 404 as an order that doesn't exist. */
export const PICKUP_NOT_FOUND = "Pesanan ambil di outlet tidak ditemukan"

/**
 * What collecting hands over: refused unless the order is this outlet's, not
 * cancelled, not collected yet, its goods all arrived (packed by the cohorts)
 * and either paid online or to be paid here.
 */
export const findPickupToCollectStep = createStep("find-pickup-to-collect", async (input: FindPickupInput, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: PICKUP_ORDER_FIELDS,
    filters: { id: input.order_id },
  })
  const row = data[0] as PickupOrderRow | undefined
  if (!row || row.outlet?.id !== input.outlet_id) throw new MedusaError(MedusaError.Types.NOT_FOUND, PICKUP_NOT_FOUND)
  const display_id = row.display_id ?? 0
  if (row.status === "canceled") {
    throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "pickup_canceled", display_id }], `Pesanan #${display_id} sudah dibatalkan: jangan serahkan barangnya.`)
  }
  if (collectedAt(row)) {
    throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "pickup_collected", display_id }], `Pesanan #${display_id} sudah diambil.`)
  }
  if (!allPacked(row)) {
    throw refusal(
      MedusaError.Types.NOT_ALLOWED,
      [{ code: "pickup_awaiting_goods", display_id }],
      `Barang pesanan #${display_id} belum semuanya dikirim kohort ke outlet: serahkan setelah semuanya tiba.`
    )
  }
  const cash = payAtOutletPayment(row)
  if (!cash && !isPaid(row)) {
    throw refusal(
      MedusaError.Types.NOT_ALLOWED,
      [{ code: "pickup_unpaid", display_id }],
      `Pesanan #${display_id} belum dibayar: pembeli memilih transfer bank, serahkan setelah pembayarannya diterima.`
    )
  }
  const fulfillment_ids = (row.fulfillments ?? []).flatMap((f) => (f && !f.canceled_at && !f.delivered_at ? [f.id] : []))
  return new StepResponse<PickupToCollect>({
    order_id: row.id,
    display_id,
    payment_id: cash && !cash.captured_at ? cash.id : null,
    amount: cash ? amountOf(cash.amount) : 0,
    currency_code: row.currency_code ?? "idr",
    fulfillment_ids,
  })
})
