import { adminReport } from "../../../utils/impact-report/report-route"

/** The sponsor report as XLSX for the figures query (operators only: /admin). */
export const GET = adminReport("xlsx")
