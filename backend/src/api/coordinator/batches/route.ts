import type { MedusaResponse } from "@medusajs/framework/http"
import { recordBatchWorkflow } from "../../../workflows/production/record-batch"
import type { CoordinatorRequest } from "../cohort-scope"
import { listCohortBatches, refetchBatch } from "./helpers"
import type { CoordinatorCreateBatchType, CoordinatorGetBatchesParamsType } from "./validators"
import type { CoordinatorBatchListResponse, CoordinatorBatchResponse } from "@karya-binaan/contract"

// The cohort_id of both routes is checked against the coordinator's cohorts in ./middlewares.ts.
export const GET = async (req: CoordinatorRequest<unknown, CoordinatorGetBatchesParamsType>, res: MedusaResponse<CoordinatorBatchListResponse>) => {
  const { cohort_id, limit, offset, order } = req.validatedQuery
  const { batches, count } = await listCohortBatches(req.scope, cohort_id, { limit, offset, order })
  res.json({ batches, count, limit, offset })
}

export const POST = async (req: CoordinatorRequest<CoordinatorCreateBatchType>, res: MedusaResponse<CoordinatorBatchResponse>) => {
  const { result } = await recordBatchWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ batch: await refetchBatch(req.scope, result.id, req.coordinator.cohort_ids) })
}
