import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { Context, InferTypeOf } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { MakerNote } from "./models/maker-note"

type MakerNoteRow = InferTypeOf<typeof MakerNote>

export type ModerationQueueFilters = { cohort_ids: string[]; status?: MakerNoteRow["status"] }
export type ModerationQueuePage<K extends keyof MakerNoteRow> = { select: readonly K[]; limit: number; offset: number }

export class MakerNoteModuleService extends MedusaService({ MakerNote }) {
  /**
   * A coordinator's moderation queue, one page of it: pending first, then
   * approved, then rejected, newest first within each. Ordered and cut in the
   * database, so an old pending note is never pushed off the queue by newer
   * moderated ones (listAndCount cannot order by a ranking of the status).
   */
  @InjectManager()
  async listModerationQueue<K extends keyof MakerNoteRow>(
    filters: ModerationQueueFilters,
    page: ModerationQueuePage<K>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<[Pick<Record<keyof MakerNoteRow, unknown>, K>[], number]> {
    if (!filters.cohort_ids.length) return [[], 0]
    const manager = sharedContext.manager as SqlEntityManager
    // Cohort ids arrive as one comma-joined parameter (knex would expand a JS array into a list).
    const where = `deleted_at is null and cohort_id = any(string_to_array(?, ','))${filters.status ? " and status = ?" : ""}`
    const params = [filters.cohort_ids.join(","), ...(filters.status ? [filters.status] : [])]
    // The columns are the model's own property names (typed), never caller text.
    const columns = page.select.map((column) => `"${String(column)}"`).join(", ")
    const rows = await manager.execute(
      `select ${columns} from maker_note where ${where}
       order by case status when 'pending' then 0 when 'approved' then 1 else 2 end, created_at desc, id desc
       limit ? offset ?`,
      [...params, page.limit, page.offset]
    )
    const [{ count }] = await manager.execute(`select count(*)::int as count from maker_note where ${where}`, params)
    return [rows as Pick<Record<keyof MakerNoteRow, unknown>, K>[], Number(count)]
  }
}

export default MakerNoteModuleService
