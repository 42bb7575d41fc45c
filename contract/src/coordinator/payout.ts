import type { PayoutStatement } from "../common/payout"

export type CoordinatorPayoutStatementListResponse = { payout_statements: PayoutStatement[]; count: number }
