import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { expireBatchesWorkflow } from "../workflows/production/expire-batches"

/** Hourly: batches that expired since the last run leave sellable stock. */
export default async function expireProductionBatches(container: MedusaContainer) {
  const { result } = await expireBatchesWorkflow(container).run({ input: {} })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Expired stock written off for ${result.length} production batch(es)`)
  }
}

export const config = {
  name: "expire-production-batches",
  schedule: "7 * * * *",
}
