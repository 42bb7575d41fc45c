import type { MedusaResponse } from "@medusajs/framework/http"
import { statementCsv, statementFileName } from "../../../../../modules/payout/statement-csv"
import type { StatementLine, StatementView } from "../../../../../modules/payout/statement-view"

/** Answers with the statement's CSV as a download, never cached (it is private). */
export function sendStatementCsv(res: MedusaResponse, statement: StatementView, lines: StatementLine[], options: { withNames: boolean }) {
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${statementFileName(statement)}"`)
  res.setHeader("cache-control", "private, no-store")
  res.status(200).send(statementCsv(statement, lines, options))
}
