import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { occurredBetween } from "../../../../lib/jakarta-period"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type { LedgerModuleService } from "../../../../modules/ledger/service"
import type { AdminGetLedgerEntriesParamsType } from "./validators"
import type { LedgerEntryListResponse } from "@karya-binaan/contract"

/** Ledger entries, newest money event first, filtered by order, cohort, party and period. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<LedgerEntryListResponse>) => {
  const { order_id, cohort_id, party_id, from, to, limit = 50, offset = 0 } = req.validatedQuery as AdminGetLedgerEntriesParamsType
  const occurred_at = occurredBetween(from, to)
  const [ledger_entries, count] = await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).listAndCountLedgerEntries(
    { ...(order_id && { order_id }), ...(cohort_id && { cohort_id }), ...(party_id && { party_id }), ...(occurred_at && { occurred_at }) },
    { take: limit, skip: offset, order: { occurred_at: "DESC", created_at: "DESC" } }
  )
  res.json({ ledger_entries, count, limit, offset })
}
