import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { newestFirst, STATEMENT_FIELDS, toStatementView, type StatementRow } from "../../admin/payout-statements/query-config"
import type { CoordinatorGetPayoutStatementsParamsType } from "./validators"
import type { CoordinatorPayoutStatementListResponse } from "@karya-binaan/contract"

/** The cohort's statements (its participants' and its material fund's), newest period first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorPayoutStatementListResponse>) => {
  const { cohort_id, status } = req.validatedQuery as CoordinatorGetPayoutStatementsParamsType
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "payout_statement",
    fields: STATEMENT_FIELDS,
    filters: { cohort_id, ...(status ? { status } : {}) },
  })
  const statements = (data as StatementRow[]).map((r) => toStatementView(r, { withNames: true })).sort(newestFirst)
  res.json({ payout_statements: statements, count: statements.length })
}
