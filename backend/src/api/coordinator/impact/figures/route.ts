import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../../cohort-scope"
import type { ImpactFiguresParamsType } from "../../../utils/impact-schemas"
import { computeImpactFiguresWorkflow } from "../../../../workflows/impact/compute-impact-figures"
import type { ImpactFiguresResponse } from "@karya-binaan/contract"

/** The impact figures of the coordinator's own cohorts (a cohort_id outside them is refused in ../middlewares.ts). */
export const GET = async (req: CoordinatorRequest<unknown, ImpactFiguresParamsType>, res: MedusaResponse<ImpactFiguresResponse>) => {
  const { result } = await computeImpactFiguresWorkflow(req.scope).run({
    input: { ...(req.validatedQuery as ImpactFiguresParamsType), cohort_ids: req.coordinator.cohort_ids },
  })
  res.json({ figures: result })
}
