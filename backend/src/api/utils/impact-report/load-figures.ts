import type { MedusaContainer } from "@medusajs/framework/types"
import type { ImpactFigures } from "./render/figures"
import { computeImpactFiguresWorkflow } from "../../../workflows/impact/compute-impact-figures"
import type { ImpactFiguresParamsType } from "../impact-schemas"

/**
 * The figures for a query from the impact workflow, the same the figures
 * routes answer with, so a download shows what the dashboard shows;
 * `cohortIds` narrows to a coordinator's cohorts.
 */
export async function loadImpactFigures(scope: MedusaContainer, query: ImpactFiguresParamsType, cohortIds?: string[]): Promise<ImpactFigures> {
  const { result } = await computeImpactFiguresWorkflow(scope).run({ input: { ...query, ...(cohortIds && { cohort_ids: cohortIds }) } })
  return result
}
