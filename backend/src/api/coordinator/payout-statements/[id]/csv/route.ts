import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STATEMENT_WITH_LINES_FIELDS, statementLines, toStatementView } from "../../../../admin/payout-statements/query-config"
import { sendStatementCsv } from "../../../../admin/payout-statements/[id]/csv/send-statement-csv"
import { coordinatorStatement } from "../../access"
import type { CoordinatorGetPayoutStatementCsvParamsType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { with_names } = req.validatedQuery as CoordinatorGetPayoutStatementCsvParamsType
  const row = await coordinatorStatement(req, req.params.id, STATEMENT_WITH_LINES_FIELDS)
  sendStatementCsv(res, toStatementView(row, { withNames: true }), statementLines(row), { withNames: with_names === "true" })
}
