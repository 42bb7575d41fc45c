import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelUncollectedPickupsWorkflow } from "../workflows/pickup/cancel-uncollected-pickups"

/** Hourly: pay-at-outlet orders past their pickup deadline are cancelled, their stock released. */
export default async function cancelUncollectedPickups(container: MedusaContainer) {
  const { result } = await cancelUncollectedPickupsWorkflow(container).run({ input: {} })
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (result.canceled.length) logger.info(`Cancelled ${result.canceled.length} uncollected pay-at-outlet order(s): ${result.canceled.join(", ")}`)
  for (const s of result.skipped) logger.warn(`Uncollected pay-at-outlet order ${s.order_id} not cancelled: ${s.reason}`)
}

export const config = {
  name: "cancel-uncollected-pickups",
  schedule: "23 * * * *",
}
