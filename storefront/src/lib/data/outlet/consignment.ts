import "server-only"
import type { ConsignmentReportListResponse, ConsignmentStockListResponse } from "@karya-binaan/contract"
import { getLocale } from "next-intl/server"
import { backendLocale } from "@/i18n/locale"
import type { ConsignmentReport, ConsignmentRow } from "@/lib/types/outlet"
import { outletRead } from "./session"
import { reshapeConsignment, reshapeReport } from "./reshape"

/** Goods consigned at the outlet, batch by batch, named in the page's language. */
export async function listConsignments(): Promise<ConsignmentRow[]> {
  const { consignments } = await outletRead<ConsignmentStockListResponse>("/outlet/consignments", { locale: backendLocale(await getLocale()) })
  return consignments.map(reshapeConsignment)
}

/** The outlet's sell-through reports, newest period first. */
export async function listConsignmentReports(): Promise<ConsignmentReport[]> {
  const { reports } = await outletRead<ConsignmentReportListResponse>("/outlet/consignment-reports")
  return reports.map(reshapeReport)
}
