import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCohortsWorkflow } from "../../../workflows/cohort/create-cohorts"
import { COHORTS } from "../cohorts"
import { uploadImages } from "./images"

export type SeededCohort = { id: string; stockLocationId: string }

/** Cohort and its stock location by cohort handle. */
export type CohortIds = Map<string, SeededCohort>

export async function listSeeded(container: MedusaContainer): Promise<CohortIds> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cohort",
    fields: ["id", "handle", "stock_location.id"],
    filters: { handle: COHORTS.map((c) => c.handle) },
  })
  return new Map(
    data.flatMap((c) => (c.stock_location ? [[c.handle, { id: c.id, stockLocationId: c.stock_location.id }]] : []))
  )
}

/**
 * Creates the demo cohorts, already approved (active), each with its picture,
 * English story and its own stock location selling into the online shop.
 */
export async function seedCohorts(container: MedusaContainer, salesChannelId: string): Promise<CohortIds> {
  const seeded = await listSeeded(container)
  const missing = COHORTS.filter((c) => !seeded.has(c.handle))
  if (!missing.length) return seeded

  const urls = await uploadImages(container, "cohorts", missing.map((c) => c.image))
  await createCohortsWorkflow(container).run({
    input: {
      cohorts: missing.map(({ image, en, ...cohort }) => ({
        ...cohort,
        image_url: urls.get(image),
        status: "active" as const,
        translations: { "en-US": en },
        sales_channel_ids: [salesChannelId],
      })),
    },
  })
  return listSeeded(container)
}
