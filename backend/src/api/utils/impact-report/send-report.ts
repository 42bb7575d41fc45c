import type { MedusaResponse } from "@medusajs/framework/http"
import { impactCsv } from "./render/csv"
import type { ImpactFigures } from "./render/figures"
import { impactPdf } from "./render/pdf"
import { reportFileName } from "./render/tables"
import { impactXlsx } from "./render/xlsx"

export type ReportFormat = "csv" | "xlsx" | "pdf"

const CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
}

const RENDER: Record<ReportFormat, (figures: ImpactFigures, at: Date) => string | Buffer | Promise<Buffer>> = {
  csv: impactCsv,
  xlsx: impactXlsx,
  pdf: impactPdf,
}

/** Answers with the report as a download named for its period, never cached (it is the operator's or coordinator's own). */
export async function sendImpactReport(res: MedusaResponse, figures: ImpactFigures, format: ReportFormat) {
  const body = await RENDER[format](figures, new Date())
  res.setHeader("content-type", CONTENT_TYPES[format])
  res.setHeader("content-disposition", `attachment; filename="${reportFileName(figures, format)}"`)
  res.setHeader("cache-control", "private, no-store")
  res.status(200).send(body)
}
