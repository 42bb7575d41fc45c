import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { DAY_MS, wibDayStart } from "../../../lib/jakarta-time"
import { outletAddress } from "../../../modules/outlet/address"
import { drawFromPlacements, type OpenPlacement, type PlacementDraw } from "../../../modules/outlet/consignment-draws"
import { OUTLET_MODULE } from "../../../modules/outlet"
import type { OutletModuleService } from "../../../modules/outlet/service"
import type { ServerCartAddress } from "../../checkout/server-cart"
import { outletRegionId } from "../../outlet/outlet-region"

export type ReportLines = { variant_id: string; quantity: number }[]

/** What a sell-through report will do, read under the outlet's lock. Dates as ISO strings: step results are stored. */
export type ReportPlan = {
  outlet_id: string
  sales_channel_id: string
  email: string
  address: ServerCartAddress
  region_id: string
  start: string
  end: string
  period_start: string
  period_end: string
  lines: ReportLines
  draws: PlacementDraw[]
}

type PlacementRow = {
  id: string
  batch_id: string
  variant_id: string
  quantity: number
  sold_quantity: number
  returned_quantity: number
  created_at: Date | string
  production_batch?: { id: string; expiry_date: Date | string | null } | null
}

/**
 * Checks a report: a period that has begun, an outlet taking consignment, no
 * report yet for the period, and enough open units at the outlet; then plans
 * which placements (first expiry first) the sale draws from.
 */
export const resolveReportStep = createStep(
  "resolve-consignment-report",
  async (input: { outlet_id: string; period_start: string; period_end: string; lines: ReportLines }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const outlets = container.resolve<OutletModuleService>(OUTLET_MODULE)
    // The period's first and last second in Palembang (reports are found by these bounds).
    const start = wibDayStart(input.period_start)
    const end = new Date(wibDayStart(input.period_end).getTime() + DAY_MS - 1000)
    if (end < start) throw refusal(MedusaError.Types.INVALID_DATA, [{ code: "period_order" }], "Akhir periode harus sesudah awal periode")
    if (start.getTime() > Date.now()) throw refusal(MedusaError.Types.INVALID_DATA, [{ code: "period_not_started" }], "Periode laporan belum dimulai")

    const [record] = await outlets.listOutlets({ id: input.outlet_id })
    if (!record?.consignment_sales_channel_id) throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "no_consignment" }], "Outlet ini belum menerima barang titipan")
    const [existing] = await outlets.listConsignmentReports({ outlet_id: record.id, period_start: start, period_end: end }, { select: ["id"] })
    if (existing) {
      const period = { period_start: input.period_start, period_end: input.period_end }
      throw refusal(MedusaError.Types.NOT_ALLOWED, [{ code: "report_exists", ...period }], "Laporan penjualan untuk periode ini sudah dikirim")
    }

    // The placements with their batch's expiry (read-only link placement → batch), in one read.
    const { data } = await query.graph({
      entity: "consignment_placement",
      fields: ["id", "batch_id", "variant_id", "quantity", "sold_quantity", "returned_quantity", "created_at", "production_batch.id", "production_batch.expiry_date"],
      filters: { outlet_id: record.id, variant_id: input.lines.map((l) => l.variant_id) },
    })
    const placements = data as PlacementRow[]
    const open: OpenPlacement[] = placements.map((p) => {
      const expiry = p.production_batch?.expiry_date
      return {
        id: p.id,
        batch_id: p.batch_id,
        variant_id: p.variant_id,
        open: p.quantity - p.sold_quantity - p.returned_quantity,
        expiry: expiry ? new Date(expiry) : null,
        placed_at: new Date(p.created_at),
      }
    })
    const { draws, short } = drawFromPlacements(input.lines, open)
    if (short.length) {
      const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku"], filters: { id: short.map((s) => s.variant_id) } })
      const sku = (id: string) => variants.find((v: { id: string }) => v.id === id)?.sku ?? id
      throw refusal(
        MedusaError.Types.INVALID_DATA,
        short.map((s) => ({ code: "consignment_short", variant_id: s.variant_id, sku: sku(s.variant_id), available: s.available, reported: s.wanted })),
        short.map((s) => `Barang titipan ${sku(s.variant_id)} di outlet tinggal ${s.available}, dilaporkan terjual ${s.wanted}`).join(". ")
      )
    }
    const plan: ReportPlan = {
      outlet_id: record.id,
      sales_channel_id: record.consignment_sales_channel_id,
      email: record.contact_email,
      address: outletAddress(record),
      region_id: await outletRegionId(container),
      start: start.toISOString(),
      end: end.toISOString(),
      period_start: input.period_start,
      period_end: input.period_end,
      lines: input.lines,
      draws,
    }
    return new StepResponse(plan)
  }
)
