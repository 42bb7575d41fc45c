import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../../../../modules/impact"
import type ImpactModuleService from "../../../../../modules/impact/service"
import { deleteTrainingWorkflow } from "../../../../../workflows/impact/record-training"

/** Removes a training recorded by mistake (with its attendance). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [found] = await req.scope.resolve<ImpactModuleService>(IMPACT_MODULE).listTrainings({ id: req.params.id }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pelatihan tidak ditemukan")
  await deleteTrainingWorkflow(req.scope).run({ input: { id: found.id } })
  res.json({ id: found.id, object: "training", deleted: true })
}
