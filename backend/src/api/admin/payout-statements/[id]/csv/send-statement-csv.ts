import type { MedusaResponse } from "@medusajs/framework/http"
import type { PayoutStatement, PayoutStatementLine } from "@karya-binaan/contract"
import { statementCsv, statementFileName } from "./statement-csv"

/** Answers with the statement's CSV as a download, never cached (it is private). */
export function sendStatementCsv(res: MedusaResponse, statement: PayoutStatement, lines: PayoutStatementLine[], options: { withNames: boolean }) {
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${statementFileName(statement)}"`)
  res.setHeader("cache-control", "private, no-store")
  res.status(200).send(statementCsv(statement, lines, options))
}
