import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Re-reads one cohort with the fields the request asked for; 404 when missing. */
export async function refetchCohort(id: string, scope: MedusaContainer, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cohort],
  } = await query.graph({ entity: "cohort", fields, filters: { id } })
  if (!cohort) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cohort with id "${id}" was not found`)
  }
  return cohort
}
