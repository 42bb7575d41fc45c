import { coordinatorReport } from "../../../utils/impact-report/report-route"

/** The impact report as XLSX for the coordinator's own cohorts. */
export const GET = coordinatorReport("xlsx")
