import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retrieveStatement, STATEMENT_WITH_LINES_FIELDS, statementLines, toStatementView } from "../../query-config"
import { sendStatementCsv } from "./send-statement-csv"

/** The statement as CSV for Excel (UTF-8 with BOM, Indonesian columns, codes only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await retrieveStatement(req.scope, req.params.id, { fields: STATEMENT_WITH_LINES_FIELDS })
  sendStatementCsv(res, toStatementView(row, { withNames: false }), statementLines(row), { withNames: false })
}
