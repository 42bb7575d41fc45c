import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import { createParticipantsWorkflow } from "../../../workflows/production/create-participants"
import { COHORTS } from "../cohorts"
import { FICTIONAL_NAMES, participantCount } from "../production"
import type { CohortIds } from "./cohorts"

/** Participants by cohort handle: their ids, in code order. */
export type ParticipantIds = Map<string, string[]>

/**
 * Gives each demo cohort 5–8 participants (codes made by the system, two with
 * an invented private name). A cohort that already has participants is left as it is.
 */
export async function seedParticipants(container: MedusaContainer, cohorts: CohortIds): Promise<ParticipantIds> {
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result: ParticipantIds = new Map()
  for (const [index, seed] of COHORTS.entries()) {
    const cohort = cohorts.get(seed.handle)
    if (!cohort) continue
    let participants = await production.listParticipants({ cohort_id: cohort.id }, { select: ["id"], order: { code: "ASC" } })
    if (!participants.length) {
      const { data } = await query.graph({ entity: "cohort", fields: ["area"], filters: { id: cohort.id } })
      const names = FICTIONAL_NAMES[index % FICTIONAL_NAMES.length]
      await createParticipantsWorkflow(container).run({
        input: {
          cohort_id: cohort.id,
          cohort_area: data[0].area,
          participants: Array.from({ length: participantCount(index) }, (_, i) => ({ display_name: names[i] ?? null })),
        },
      })
      participants = await production.listParticipants({ cohort_id: cohort.id }, { select: ["id"], order: { code: "ASC" } })
    }
    result.set(seed.handle, participants.map((p) => p.id))
  }
  return result
}
