import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { jakartaMonth } from "../../../lib/jakarta-time"
import { dayRangePeriod, monthPeriod } from "../../../lib/payout/period"
import { getRun, listRuns } from "../../../lib/payout/run-views"
import { runPayoutWorkflow } from "../../../workflows/payout/run-payout"
import type { AdminGetPayoutsType, AdminRunPayoutType } from "./validators"
import type { AdminPayoutRunListResponse, AdminRunPayoutResponse } from "@karya-binaan/contract"

/** Payout runs, newest first, with how many statements each has, how many are paid, and their total. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPayoutRunListResponse>) {
  const { limit, offset } = req.validatedQuery as AdminGetPayoutsType
  const { runs, count } = await listRuns(req.scope, { limit, offset })
  res.json({ payout_runs: runs, count, limit, offset })
}

/**
 * Runs a payout: 201 with the run and its statements; 200 with
 * `payout_run: null` and a message when nothing is unpaid (no empty run is kept).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRunPayoutType>, res: MedusaResponse<AdminRunPayoutResponse>) {
  const body = req.validatedBody
  const period = body.from && body.to ? dayRangePeriod(body.from, body.to) : monthPeriod(body.period ?? jakartaMonth(new Date()))
  const { result } = await runPayoutWorkflow(req.scope).run({
    input: {
      period: period.label,
      period_from: period.from.toISOString(),
      period_to: period.to.toISOString(),
      created_by: req.auth_context.actor_id,
    },
  })
  if (!result) {
    res.status(200).json({
      payout_run: null,
      message: `Tidak ada bagi hasil yang belum dibayar sampai akhir periode ${period.label}: tidak ada slip baru.`,
    })
    return
  }
  res.status(201).json({ payout_run: await getRun(req.scope, result.id) })
}
