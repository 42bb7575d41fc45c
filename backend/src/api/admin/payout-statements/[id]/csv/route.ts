import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getStatement } from "../../statement-views"
import { sendStatementCsv } from "./send-statement-csv"

/** The statement as CSV for Excel (UTF-8 with BOM, Indonesian columns, codes only). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendStatementCsv(req.scope, res, await getStatement(req.scope, req.params.id, { withNames: false }), { withNames: false })
}
