import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { CreateTrainingType, ListTrainingsParamsType } from "../../../utils/impact-schemas"
import { listTrainingsWithCodes } from "../../../utils/training-list"
import { recordTrainingWorkflow } from "../../../../workflows/impact/record-training"
import type { TrainingListResponse, TrainingResponse } from "@karya-binaan/contract"

/** Every cohort's trainings and study visits, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListTrainingsParamsType>, res: MedusaResponse<TrainingListResponse>) => {
  const trainings = await listTrainingsWithCodes(req.scope, req.validatedQuery as ListTrainingsParamsType)
  res.json({ trainings, count: trainings.length })
}

/** Records a training for any cohort; attendance codes must belong to it. */
export const POST = async (req: AuthenticatedMedusaRequest<CreateTrainingType>, res: MedusaResponse<TrainingResponse>) => {
  const body = req.validatedBody
  const { data: cohorts } = await req.scope.resolve("query").graph({ entity: "cohort", fields: ["id"], filters: { id: body.cohort_id } })
  if (!cohorts.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Kohort ${body.cohort_id} tidak ditemukan: pilih kohort dari daftar.`)
  const { result } = await recordTrainingWorkflow(req.scope).run({ input: { ...body, created_by: req.auth_context.actor_id } })
  const [training] = (await listTrainingsWithCodes(req.scope, { cohort_id: body.cohort_id })).filter((t) => t.id === result.id)
  res.status(201).json({ training })
}
