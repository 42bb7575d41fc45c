import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import OrderPickupOutlet from "../../../links/order-pickup-outlet"
import { collectBy, holdDays, payAtOutletPayment, PICKUP_ORDER_FIELDS, pickupState, type PickupOrderRow } from "../pickup-order"

/** Uncollected pay-at-outlet orders whose deadline passed at `now`. */
export function dueForCancellation(rows: PickupOrderRow[], now: Date, days = holdDays()): PickupOrderRow[] {
  return rows.filter((row) => {
    const cash = payAtOutletPayment(row)
    if (!cash || cash.captured_at) return false
    const state = pickupState(row)
    if (state === "canceled" || state === "collected") return false
    const deadline = collectBy(row, days)
    return !!deadline && new Date(deadline) <= now
  })
}

export type CancelUncollectedResult = { canceled: string[]; skipped: { order_id: string; reason: string }[] }

/**
 * Cancels each due order on its own (one failing leaves the others): its
 * unshipped fulfilments first (Medusa puts the packed units back on the
 * cohort's shelf), then the order through Medusa's cancel workflow, which
 * deletes its reservations and cancels the uncaptured payment. An order whose
 * goods were already shipped to the outlet is left for an operator (Medusa
 * cannot cancel a shipped fulfilment) and reported as skipped.
 */
export const cancelUncollectedPickupsStep = createStep("cancel-uncollected-pickups", async (input: { now: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: OrderPickupOutlet.entryPoint, fields: ["order_id"] })
  const ids = [...new Set((links as { order_id: string }[]).map((l) => l.order_id))]
  const result: CancelUncollectedResult = { canceled: [], skipped: [] }
  if (!ids.length) return new StepResponse(result)
  const { data } = await query.graph({ entity: "order", fields: PICKUP_ORDER_FIELDS, filters: { id: ids, status: { $ne: "canceled" } } })
  for (const row of dueForCancellation(data as PickupOrderRow[], new Date(input.now))) {
    try {
      const open = (row.fulfillments ?? []).filter((f): f is NonNullable<typeof f> => !!f && !f.canceled_at)
      if (open.some((f) => f.shipped_at)) {
        result.skipped.push({ order_id: row.id, reason: "shipped to the outlet" })
        continue
      }
      for (const f of open) await cancelOrderFulfillmentWorkflow(container).run({ input: { order_id: row.id, fulfillment_id: f.id, no_notification: true } })
      await cancelOrderWorkflow(container).run({ input: { order_id: row.id } })
      result.canceled.push(row.id)
    } catch (error) {
      result.skipped.push({ order_id: row.id, reason: (error as Error).message })
    }
  }
  return new StepResponse(result)
})
