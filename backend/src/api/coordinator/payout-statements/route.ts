import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STATEMENT_FIELDS, toStatementView, type StatementRow } from "../../admin/payout-statements/query-config"
import type { CoordinatorGetPayoutStatementsParamsType } from "./validators"
import type { CoordinatorPayoutStatementListResponse } from "@karya-binaan/contract"

/*
 * One cohort's statements: newest run first, its participants by code, its
 * material fund last. The participant's code is another module's column, read
 * through the read-only statement ↔ participant link; Medusa's query sorts by
 * it in SQL, after the statement's own keys, so no id can follow it. Nothing
 * ties: a run has one statement per participant (codes are unique) and one
 * material-fund statement per cohort.
 */
const NEWEST_RUN_FIRST = { run: { period_to: "DESC" }, created_at: "DESC", party_type: "DESC", participant: { code: "ASC" } } as const

/**
 * One page of the cohort's statements (its participants' and its material
 * fund's), newest period first. Each reads its entries' ids for `line_count`:
 * at most `limit` statements' worth.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorPayoutStatementListResponse>) => {
  const { cohort_id, status, limit, offset } = req.validatedQuery as CoordinatorGetPayoutStatementsParamsType
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_statement",
    fields: STATEMENT_FIELDS,
    filters: { cohort_id, ...(status ? { status } : {}) },
    pagination: { skip: offset, take: limit, order: NEWEST_RUN_FIRST },
  })
  const statements = (data as StatementRow[]).map((r) => toStatementView(r, { withNames: true }))
  res.json({ payout_statements: statements, count: metadata?.count ?? statements.length, limit, offset })
}
