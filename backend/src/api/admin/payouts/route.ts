import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { dayRangePeriod, monthPeriod } from "../../../lib/jakarta-period"
import { jakartaMonth } from "../../../lib/jakarta-time"
import { runPayoutWorkflow } from "../../../workflows/payout/run-payout"
import { retrieveRun, RUN_LIST_FIELDS, toRunView, type RunListRow } from "./query-config"
import type { AdminGetPayoutsType, AdminRunPayoutType } from "./validators"
import type { AdminPayoutRunListResponse, AdminRunPayoutResponse } from "@karya-binaan/contract"

/** Payout runs, newest first, with how many statements each has, how many are paid, and their total. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPayoutRunListResponse>) {
  const { limit, offset } = req.validatedQuery as AdminGetPayoutsType
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_run",
    fields: RUN_LIST_FIELDS,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const runs = (data as RunListRow[]).map((r) => toRunView(r, r.statements ?? []))
  res.json({ payout_runs: runs, count: metadata?.count ?? runs.length, limit, offset })
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
  res.status(201).json({ payout_run: await retrieveRun(req.scope, result.id) })
}
