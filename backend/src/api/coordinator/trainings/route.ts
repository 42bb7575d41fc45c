import type { MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorRequest } from "../cohort-scope"
import type { CreateTrainingType, ListTrainingsParamsType } from "../../utils/impact-schemas"
import { listTrainingsWithCodes } from "../../utils/training-list"
import { recordTrainingWorkflow } from "../../../workflows/impact/record-training"
import type { TrainingListResponse, TrainingResponse } from "@karya-binaan/contract"

/** The trainings of the coordinator's cohorts (or of one of them), newest first. */
export const GET = async (req: CoordinatorRequest<unknown, ListTrainingsParamsType>, res: MedusaResponse<TrainingListResponse>) => {
  const q = req.validatedQuery as ListTrainingsParamsType
  const held = req.coordinator.cohort_ids
  const trainings = held.length ? await listTrainingsWithCodes(req.scope, { ...q, cohort_id: q.cohort_id ?? held }) : []
  res.json({ trainings, count: trainings.length })
}

/** Records a training for one of the coordinator's cohorts (checked in ../impact/middlewares.ts). */
export const POST = async (req: CoordinatorRequest<CreateTrainingType>, res: MedusaResponse<TrainingResponse>) => {
  const body = req.validatedBody
  const { result } = await recordTrainingWorkflow(req.scope).run({ input: { ...body, created_by: req.coordinator.coordinator_id } })
  const [training] = (await listTrainingsWithCodes(req.scope, { cohort_id: body.cohort_id })).filter((t) => t.id === result.id)
  res.status(201).json({ training })
}
