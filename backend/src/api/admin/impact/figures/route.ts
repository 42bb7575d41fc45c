import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ImpactFiguresParamsType } from "../../../utils/impact-schemas"
import { computeImpactFiguresWorkflow } from "../../../../workflows/impact/compute-impact-figures"
import type { ImpactFiguresResponse } from "@karya-binaan/contract"

/** The programme's impact figures for a period and filter, every cohort. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ImpactFiguresParamsType>, res: MedusaResponse<ImpactFiguresResponse>) => {
  const { result } = await computeImpactFiguresWorkflow(req.scope).run({ input: req.validatedQuery as ImpactFiguresParamsType })
  res.json({ figures: result })
}
