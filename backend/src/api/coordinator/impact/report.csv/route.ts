import { coordinatorReport } from "../../../utils/impact-report/report-route"

/** The impact report as CSV for the coordinator's own cohorts. */
export const GET = coordinatorReport("csv")
