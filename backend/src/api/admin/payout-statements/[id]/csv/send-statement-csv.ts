import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { statementCsv, statementFileName } from "../../../../../modules/payout/statement-csv"
import type { StatementView } from "../../../../../modules/payout/statement-view"
import { statementLines } from "../../statement-views"

/** Answers with the statement's CSV as a download, never cached (it is private). */
export async function sendStatementCsv(scope: MedusaContainer, res: MedusaResponse, statement: StatementView, options: { withNames: boolean }) {
  const csv = statementCsv(statement, await statementLines(scope, statement.id), options)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="${statementFileName(statement)}"`)
  res.setHeader("cache-control", "private, no-store")
  res.status(200).send(csv)
}
