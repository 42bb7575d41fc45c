import type { PaginatedResponse } from "../common/list"
import type { PayoutStatement } from "../common/payout"

export type CoordinatorPayoutStatementListResponse = PaginatedResponse & { payout_statements: PayoutStatement[] }
