import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CoordinatorMeResponse } from "@karya-binaan/contract"

/** The signed-in coordinator and the cohorts they hold. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorMeResponse>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [coordinator],
  } = await query.graph({
    entity: "coordinator",
    fields: ["id", "email", "name", "status", "cohorts.id", "cohorts.handle", "cohorts.name"],
    filters: { id: req.auth_context.actor_id },
  })
  if (!coordinator || coordinator.status !== "active") {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Akun koordinator tidak aktif")
  }
  type Cohort = { id: string; handle: string; name: string }
  const cohorts = ((coordinator.cohorts ?? []) as (Cohort | null)[])
    .flatMap((c) => (c ? [{ id: c.id, handle: c.handle, name: c.name }] : []))
    .sort((a, b) => a.name.localeCompare(b.name))
  res.json({ coordinator: { id: coordinator.id, email: coordinator.email, name: coordinator.name, cohorts } })
}
