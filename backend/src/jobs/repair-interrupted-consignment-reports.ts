import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { repairInterruptedReports } from "../workflows/consignment/repair-interrupted-reports"

/**
 * Every 10 minutes: sell-through reports a crash cut short are reverted, so the outlet can report the
 * period again, or finished when their capture had gone through (reconcile-order-allocations then allocates them).
 */
export default async function repairInterruptedConsignmentReports(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { reverted, completed, failed } = await repairInterruptedReports(container)
  if (reverted.length) logger.warn(`Repair reverted ${reverted.length} consignment report run(s) a crash had cut short: ${reverted.join(", ")}`)
  if (completed.length) logger.warn(`Repair finished ${completed.length} consignment report run(s) a crash had cut short after their capture: ${completed.join(", ")}`)
  for (const f of failed) logger.error(`Repair could not repair consignment report run ${f.transaction_id}: ${f.message}`)
}

export const config = {
  name: "repair-interrupted-consignment-reports",
  schedule: "*/10 * * * *",
}
