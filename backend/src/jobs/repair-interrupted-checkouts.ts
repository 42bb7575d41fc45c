import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairInterruptedCheckouts } from "../workflows/checkout/repair-interrupted-checkouts"

/**
 * Every 10 minutes: checkouts a crash cut short are finished (the payment was authorized) or undone
 * (no order, no reservation, the cart open again), so no stock stays held or sold twice.
 */
export default async function repairInterruptedCheckoutsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { completed, reverted, failed } = await repairInterruptedCheckouts(container)
  if (completed.length) logger.warn(`Repair finished ${completed.length} checkout(s) a crash had cut short after the payment: carts ${completed.join(", ")}`)
  if (reverted.length) logger.warn(`Repair undid ${reverted.length} checkout(s) a crash had cut short: carts ${reverted.join(", ")}`)
  for (const f of failed) logger.error(`Repair could not repair the checkout of cart ${f.cart_id} (run ${f.transaction_id}): ${f.message}`)
}

export const config = {
  name: "repair-interrupted-checkouts",
  schedule: "*/10 * * * *",
}
