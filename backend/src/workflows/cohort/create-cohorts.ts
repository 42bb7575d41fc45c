import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep, createStockLocationsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { COHORT_EVENTS } from "../../modules/cohort/events"
import { COHORT_MODULE } from "../../modules/cohort"
import { createCohortsStep } from "./steps/create-cohorts"
import { upsertCohortTranslationsStep } from "./steps/upsert-cohort-translations"
import { validateCohortHandlesStep } from "./steps/validate-cohort-handles"
import type { CreateCohortInput } from "./types"

export type CreateCohortsWorkflowInput = { cohorts: CreateCohortInput[] }

export const createCohortsWorkflowId = "create-cohorts"

/** Creates cohorts, each with its own stock location that its sales channels sell from. */
export const createCohortsWorkflow = createWorkflow(
  createCohortsWorkflowId,
  (input: CreateCohortsWorkflowInput) => {
    const handles = transform({ input }, ({ input }) => input.cohorts.map((c) => c.handle))
    validateCohortHandlesStep({ handles })

    const fields = transform({ input }, ({ input }) =>
      input.cohorts.map(({ address: _a, sales_channel_ids: _s, translations: _t, ...cohort }) => cohort)
    )
    const cohorts = createCohortsStep(fields)

    const locationsInput = transform({ input }, ({ input }) => ({
      locations: input.cohorts.map((c) => ({
        name: `${c.facility_name} (${c.handle})`,
        address: c.address,
      })),
    }))
    const locations = createStockLocationsWorkflow.runAsStep({ input: locationsInput })

    // Input order is kept by both creates, so cohort i owns location i.
    const links = transform({ input, cohorts, locations }, ({ input, cohorts, locations }) =>
      cohorts.flatMap((cohort, i) => [
        {
          [COHORT_MODULE]: { cohort_id: cohort.id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
        },
        ...input.cohorts[i].sales_channel_ids.map((sales_channel_id) => ({
          [Modules.SALES_CHANNEL]: { sales_channel_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: locations[i].id },
        })),
      ])
    )
    createRemoteLinkStep(links)

    upsertCohortTranslationsStep(
      transform({ input, cohorts }, ({ input, cohorts }) =>
        cohorts.map((cohort, i) => ({ cohort_id: cohort.id, translations: input.cohorts[i].translations }))
      )
    )

    emitEventStep({
      eventName: COHORT_EVENTS.CREATED,
      data: transform({ cohorts }, ({ cohorts }) => cohorts.map((c) => ({ id: c.id }))),
    })

    const result = transform({ cohorts, locations }, ({ cohorts, locations }) =>
      cohorts.map((cohort, i) => ({ ...cohort, stock_location_id: locations[i].id }))
    )
    return new WorkflowResponse(result)
  }
)
