import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCohortAccess } from "../../../lib/coordinator/access"
import { getBatch, listCohortBatches } from "../../../lib/production/batch-views"
import { recordBatchWorkflow } from "../../../workflows/production/record-batch"
import type { CoordinatorCreateBatchType } from "./validators"
import type { CoordinatorBatchListResponse, CoordinatorBatchResponse } from "@karya-binaan/contract"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorBatchListResponse>) => {
  const { cohort_id } = req.validatedQuery as { cohort_id: string }
  await assertCohortAccess(req, cohort_id)
  const batches = await listCohortBatches(req.scope, cohort_id)
  res.json({ batches, count: batches.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorCreateBatchType>, res: MedusaResponse<CoordinatorBatchResponse>) => {
  await assertCohortAccess(req, req.validatedBody.cohort_id)
  const { result } = await recordBatchWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ batch: await getBatch(req.scope, result.id) })
}
