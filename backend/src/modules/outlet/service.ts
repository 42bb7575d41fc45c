import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectTransactionManager, MedusaContext, MedusaService, MedusaError } from "@medusajs/framework/utils"
import { ConsignmentPlacement } from "./models/consignment-placement"
import { ConsignmentReport } from "./models/consignment-report"
import { Outlet } from "./models/outlet"
import { OutletCasePack } from "./models/outlet-case-pack"
import { OutletInvite } from "./models/outlet-invite"
import { PickupTaking } from "./models/pickup-taking"

/** Units to add to (or, negative, take off) a placement's sold and returned counts. */
export type PlacementCountChange = { id: string; sold?: number; returned?: number }

/** Units a report sold from one placement. */
export type SoldUnits = { placement_id: string; units: number }

export class OutletModuleService extends MedusaService({ Outlet, OutletCasePack, OutletInvite, ConsignmentPlacement, ConsignmentReport, PickupTaking }) {
  /**
   * The outlets' consignment channels: their orders record goods already at
   * an outlet, never to pack or ship. Each outlet names its own (set when it
   * opens), so no sales channel has to be read.
   */
  async listConsignmentChannelIds(): Promise<string[]> {
    const outlets = await this.listOutlets({ consignment_sales_channel_id: { $ne: null } }, { select: ["consignment_sales_channel_id"] })
    return outlets.flatMap((o) => (o.consignment_sales_channel_id ? [o.consignment_sales_channel_id] : []))
  }

  /**
   * Adds units to placements' sold and returned counts in one statement per
   * placement, on the counts as PostgreSQL holds them then, never on counts
   * read earlier: a crashed report is reverted by the repair minutes later
   * without the outlet's lock, while other reports may be counting sales on
   * the same placements. A count never goes below zero.
   */
  @InjectTransactionManager()
  async addPlacementCounts(changes: PlacementCountChange[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    for (const c of changes) {
      const rows = await manager.execute(
        `update consignment_placement
            set sold_quantity = greatest(0, sold_quantity + ?), returned_quantity = greatest(0, returned_quantity + ?), updated_at = now()
          where id = ? and deleted_at is null
          returning id`,
        [c.sold ?? 0, c.returned ?? 0, c.id]
      )
      if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Consignment placement ${c.id} was not found`)
    }
  }

  /**
   * Counts a report's sold units on its placements and records on the report
   * what was counted, in one transaction: a process killed right after the
   * commit leaves both or neither, so the repair of that run can take back
   * exactly what it added (uncountReportSales) without the step's checkpoint.
   * A report counts once.
   */
  @InjectTransactionManager()
  async countReportSales(reportId: string, sold: SoldUnits[], @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `update consignment_report set sold_counted = ?::jsonb, updated_at = now() where id = ? and deleted_at is null and sold_counted is null returning id`,
      [JSON.stringify(sold), reportId]
    )
    if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Consignment report ${reportId} was not found or its sales are counted already`)
    await this.addPlacementCounts(sold.map((s) => ({ id: s.placement_id, sold: s.units })), sharedContext)
  }

  /**
   * Takes a report's counted units off its placements and clears the record,
   * in one transaction with the report's row locked: a second call (the
   * step's compensation after a repair, or a repeated repair) finds nothing
   * left and changes nothing. Returns what was taken back.
   */
  @InjectTransactionManager()
  async uncountReportSales(reportId: string, @MedusaContext() sharedContext: Context = {}): Promise<SoldUnits[]> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row] = await manager.execute(`select sold_counted from consignment_report where id = ? for update`, [reportId])
    const counted = ((row as { sold_counted?: SoldUnits[] | null } | undefined)?.sold_counted ?? []) as SoldUnits[]
    if (!counted.length) return []
    await this.addPlacementCounts(counted.map((c) => ({ id: c.placement_id, sold: -c.units })), sharedContext)
    await manager.execute(`update consignment_report set sold_counted = null, updated_at = now() where id = ?`, [reportId])
    return counted
  }
}

export default OutletModuleService
