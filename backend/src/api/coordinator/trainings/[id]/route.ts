import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../../../modules/impact"
import type ImpactModuleService from "../../../../modules/impact/service"
import type { CoordinatorRequest } from "../../cohort-scope"
import { deleteTrainingWorkflow } from "../../../../workflows/impact/record-training"

/** Removes a training of one of the coordinator's cohorts; another cohort's answers like one that doesn't exist. */
export const DELETE = async (req: CoordinatorRequest, res: MedusaResponse) => {
  const held = req.coordinator.cohort_ids
  const [found] = held.length
    ? await req.scope.resolve<ImpactModuleService>(IMPACT_MODULE).listTrainings({ id: req.params.id, cohort_id: held }, { select: ["id"] })
    : []
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pelatihan tidak ditemukan")
  await deleteTrainingWorkflow(req.scope).run({ input: { id: found.id } })
  res.json({ id: found.id, object: "training", deleted: true })
}
