import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatementCsv } from "../../../../../lib/payout/send-csv"
import { getStatement } from "../../../../../lib/payout/statement-views"

/** The statement as CSV for Excel (UTF-8 with BOM, Indonesian columns, codes only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendStatementCsv(req.scope, res, await getStatement(req.scope, req.params.id, { withNames: false }), { withNames: false })
}
