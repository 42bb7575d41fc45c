import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendStatementCsv } from "../../../../admin/payout-statements/[id]/csv/send-statement-csv"
import { coordinatorStatement } from "../../access"
import type { CoordinatorGetPayoutStatementCsvParamsType } from "../../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { with_names } = req.validatedQuery as CoordinatorGetPayoutStatementCsvParamsType
  const statement = await coordinatorStatement(req, req.params.id)
  await sendStatementCsv(req.scope, res, statement, { withNames: with_names === "true" })
}
