import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COHORT_MODULE } from "../../../modules/cohort"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type { CoordinatorModuleService } from "../../../modules/coordinator/service"
import { createCoordinatorWorkflow } from "../../../workflows/coordinator/create-coordinator"
import { DEMO_LOGINS } from "../demo-logins"
import { authIdentityFor } from "./operator"

/**
 * One demo coordinator per cohort (demo-logins.ts). Idempotent: an existing
 * coordinator is kept, and only a missing cohort link is added back.
 */
export async function seedCoordinators(container: MedusaContainer): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
  let created = 0
  for (const login of DEMO_LOGINS) {
    if (login.role !== "coordinator" || !login.cohortHandle) continue
    const {
      data: [cohort],
    } = await query.graph({ entity: "cohort", fields: ["id", "name"], filters: { handle: login.cohortHandle } })
    if (!cohort) continue
    const [existing] = await service.listCoordinators({ email: login.email })
    if (existing) {
      const { data } = await query.graph({ entity: "coordinator", fields: ["cohorts.id"], filters: { id: existing.id } })
      const held = (data[0]?.cohorts ?? []).flatMap((c) => (c ? [c.id] : []))
      if (!held.includes(cohort.id)) {
        await link.create({ [COORDINATOR_MODULE]: { coordinator_id: existing.id }, [COHORT_MODULE]: { cohort_id: cohort.id } })
      }
      continue
    }
    const authIdentityId = await authIdentityFor(container, login.email, login.password)
    await createCoordinatorWorkflow(container).run({
      input: { email: login.email, name: `Koordinator ${cohort.name}`, auth_identity_id: authIdentityId, cohort_ids: [cohort.id] },
    })
    created++
  }
  return created
}
