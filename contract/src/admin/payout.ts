import type { PayoutRun, PayoutRunWithStatements } from "../common/payout"

export type AdminPayoutRunListResponse = { payout_runs: PayoutRun[]; count: number; limit: number; offset: number }
export type AdminPayoutRunResponse = { payout_run: PayoutRunWithStatements }

/** A run: 201 with the run and its statements; 200 with no run and why when nothing was unpaid. */
export type AdminRunPayoutResponse = AdminPayoutRunResponse | { payout_run: null; message: string }
