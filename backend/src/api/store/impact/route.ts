import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { jakartaDate, publicImpact } from "../../../modules/impact/figures"
import { cachedImpact } from "../../../lib/impact-cache"
import type { StoreImpactParamsType } from "../../utils/impact-schemas"
import { computeImpactFiguresWorkflow } from "../../../workflows/impact/compute-impact-figures"
import type { StoreImpactResponse } from "@karya-binaan/contract"

/**
 * The programme's public impact (or one public cohort's): aggregates only,
 * small groups suppressed, never a participant's id, code or name. The same
 * for every visitor, so cached (lib/impact-cache.ts) until the figures change.
 */
export const GET = async (req: MedusaRequest<unknown, StoreImpactParamsType>, res: MedusaResponse<StoreImpactResponse>) => {
  const { cohort_handle } = req.validatedQuery as StoreImpactParamsType
  let cohort_id: string | undefined
  if (cohort_handle) {
    const { data } = await req.scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cohort", fields: ["id"], filters: { handle: cohort_handle, status: "active" } })
    if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Kohort tidak ditemukan")
    cohort_id = data[0].id
  }
  const today = jakartaDate(new Date())
  const impact = await cachedImpact(req.scope, `store:${cohort_handle ?? "*"}:${today}`, async () => {
    const { result } = await computeImpactFiguresWorkflow(req.scope).run({ input: { to: today, ...(cohort_id && { cohort_id }) } })
    return publicImpact(result)
  })
  res.json({ impact })
}
