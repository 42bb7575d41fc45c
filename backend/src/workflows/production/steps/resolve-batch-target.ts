import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isAfterToday } from "../../../lib/jakarta-time"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"
import type { RecordBatchInput } from "../types"

export type BatchTarget = { inventory_item_id: string; location_id: string }

type VariantRow = {
  id: string
  product?: { cohort?: { id: string } | null; food_label?: { id: string } | null } | null
  inventory_items?: ({ inventory_item_id: string } | null)[] | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks a batch before anything is written: the variant is the cohort's own,
 * food has an expiry date after production and still ahead, every contributor
 * is a participant of this cohort. Returns where its units are stocked.
 */
export const resolveBatchTargetStep = createStep("resolve-batch-target", async (input: RecordBatchInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.cohort.id", "product.food_label.id", "inventory_items.inventory_item_id"],
    filters: { id: input.variant_id },
  })
  const variant = variants[0] as VariantRow | undefined
  if (!variant || variant.product?.cohort?.id !== input.cohort_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Varian produk tidak ditemukan di kohort ini")
  }
  const isFood = !!variant.product?.food_label?.id
  const produced = new Date(input.production_date)
  if (isFood && !input.expiry_date) throw invalid("Tanggal kedaluwarsa wajib diisi untuk produk pangan")
  if (input.expiry_date) {
    const expiry = new Date(input.expiry_date)
    if (expiry.getTime() <= produced.getTime()) throw invalid("Tanggal kedaluwarsa harus setelah tanggal produksi")
    if (expiry.getTime() <= Date.now()) throw invalid("Batch ini sudah kedaluwarsa dan tidak bisa dijual")
  }
  if (isAfterToday(input.production_date)) throw invalid("Tanggal produksi tidak boleh di masa depan")

  const inventoryItemId = variant.inventory_items?.find((i) => i?.inventory_item_id)?.inventory_item_id
  if (!inventoryItemId) throw invalid("Varian ini tidak mengelola stok, jadi batch tidak bisa dicatat")

  const { data: cohorts } = await query.graph({ entity: "cohort", fields: ["stock_location.id"], filters: { id: input.cohort_id } })
  const locationId = (cohorts[0] as { stock_location?: { id: string } | null } | undefined)?.stock_location?.id
  if (!locationId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Kohort ini belum punya lokasi stok")

  const ids = [...new Set(input.contributions.map((c) => c.participant_id))]
  if (ids.length !== input.contributions.length) throw invalid("Setiap peserta cukup dicatat sekali per batch")
  if (ids.length) {
    const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
    const found = await production.listParticipants({ id: ids, cohort_id: input.cohort_id }, { select: ["id"] })
    if (found.length !== ids.length) throw invalid("Ada peserta yang bukan anggota kohort ini")
  }
  return new StepResponse<BatchTarget>({ inventory_item_id: inventoryItemId, location_id: locationId })
})
