import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { IMPACT_MODULE } from "../../../../../modules/impact"
import type ImpactModuleService from "../../../../../modules/impact/service"
import { deleteProgrammeInputWorkflow } from "../../../../../workflows/impact/record-programme-input"

/** Removes an input entered by mistake. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const [found] = await req.scope.resolve<ImpactModuleService>(IMPACT_MODULE).listProgrammeInputs({ id: req.params.id }, { select: ["id"] })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Input program tidak ditemukan")
  await deleteProgrammeInputWorkflow(req.scope).run({ input: { id: found.id } })
  res.json({ id: found.id, object: "programme_input", deleted: true })
}
