import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { jakartaDate, publicImpact } from "../../../modules/impact/figures"
import { cachedRead } from "../../../lib/cached-read"
import type { StoreImpactParamsType } from "../../utils/impact-schemas"
import { computeImpactFiguresWorkflow } from "../../../workflows/impact/compute-impact-figures"
import { IMPACT_CACHE_TAG } from "../../../workflows/impact/events"
import type { StoreImpactResponse } from "@karya-binaan/contract"

/**
 * The programme's public impact (or one public cohort's): aggregates only,
 * small groups suppressed, never a participant's id, code or name. The same
 * for every visitor, so cached until the figures change (subscribers/invalidate-impact.ts);
 * the ten minutes are a backstop, as the default period ends today.
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
  const entry = { key: `impact:store:${cohort_handle ?? "*"}:${today}`, tags: [IMPACT_CACHE_TAG], ttl: 600 }
  const impact = await cachedRead(req.scope, entry, async () => {
    const { result } = await computeImpactFiguresWorkflow(req.scope).run({ input: { to: today, ...(cohort_id && { cohort_id }) } })
    return publicImpact(result)
  })
  res.json({ impact })
}
