import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCTION_MODULE } from "../../../modules/production"
import type { ProductionModuleService } from "../../../modules/production/service"

export type VariantUpsert = {
  id?: string
  variant_rank: number
  title: string
  sku: string | null
  weight: number | null
  options: Record<string, string>
  prices?: { amount: number; currency_code: string }[]
  metadata?: Record<string, unknown>
}

export type PlanVariantChangesInput = {
  product_id: string
  options: { title: string; values: string[] }[]
  variants: VariantUpsert[]
}

type ValueChange = { product_option_id: string; product_id: string; add?: { value: string }[]; remove?: string[] }

export type VariantPlan = {
  /** Option values to give the product before its variants can use them. */
  add_values: ValueChange[]
  /** Variants to delete (no batch or order names them). */
  delete_ids: string[]
  /** The product's remaining variants for updateProducts: the coordinator's, plus the archived ones. */
  variants: VariantUpsert[]
  /** New variants, for createProductVariants (which gives each its inventory item). */
  create: (VariantUpsert & { product_id: string })[]
  /** Option values no variant uses any more, taken off the product afterwards. */
  remove_values: ValueChange[]
}

/** Marks a variant taken off sale that must stay for its batches and orders (see the shop's and portal's filters). */
export const ARCHIVED_AT = "archived_at"

/**
 * Turns the coordinator's variant list into Medusa's changes: option values to
 * add, variants to delete, update and create, option values to remove. A variant
 * left out is deleted, unless a batch was recorded for it or an order holds it:
 * then it stays (batches, draws, recall and order history point at it), archived
 * and without a price, so no cart can take it. Options keep their titles; values
 * come and go with the variants.
 */
export const planVariantChangesStep = createStep(
  "plan-product-variant-changes",
  async ({ product_id, options, variants }: PlanVariantChangesInput, { container }) => {
    const product = await container
      .resolve(Modules.PRODUCT)
      .retrieveProduct(product_id, { relations: ["options", "options.values", "variants", "variants.options", "variants.options.option"] })
    const existingOptions = (product?.options ?? []).flatMap((o) => (o ? [o] : []))
    const titles = (os: { title: string }[]) => os.map((o) => o.title).sort().join("|")
    if (titles(existingOptions) !== titles(options)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Nama opsi tidak dapat diubah (sekarang: ${existingOptions.map((o) => o.title).join(", ")}); nilai opsi dan variannya boleh diubah.`
      )
    }

    const kept = new Set(variants.flatMap((v) => (v.id ? [v.id] : [])))
    const left = (product?.variants ?? []).flatMap((v) => (v && !kept.has(v.id) ? [v] : []))
    const withHistory = await variantsWithHistory(container, left.map((v) => v.id))
    const archived: VariantUpsert[] = left
      .filter((v) => withHistory.has(v.id))
      .map((v, i) => ({
        id: v.id,
        variant_rank: variants.length + i,
        title: v.title,
        sku: v.sku ?? null,
        weight: v.weight ?? null,
        options: Object.fromEntries((v.options ?? []).flatMap((o) => (o?.option ? [[o.option.title, o.value] as const] : []))),
        prices: [],
        metadata: { ...(v.metadata ?? {}), [ARCHIVED_AT]: (v.metadata?.[ARCHIVED_AT] as string | undefined) ?? new Date().toISOString() },
      }))
    // A variant the coordinator lists again is on sale again.
    const archivedBefore = new Map((product?.variants ?? []).flatMap((v) => (v?.metadata?.[ARCHIVED_AT] ? [[v.id, v.metadata]] : [])))
    const listed = variants.map((v) => (v.id && archivedBefore.has(v.id) ? { ...v, metadata: { ...archivedBefore.get(v.id), [ARCHIVED_AT]: null } } : v))
    const all = [...listed, ...archived]

    const add_values: ValueChange[] = []
    const remove_values: ValueChange[] = []
    for (const option of existingOptions) {
      const present = new Map((option.values ?? []).flatMap((v) => (v ? [[v.value, v.id] as const] : [])))
      const used = new Set(all.map((v) => v.options[option.title]))
      const add = [...used].filter((value) => value && !present.has(value)).map((value) => ({ value }))
      const remove = [...present].filter(([value]) => !used.has(value)).map(([, id]) => id)
      if (add.length) add_values.push({ product_id, product_option_id: option.id, add })
      if (remove.length) remove_values.push({ product_id, product_option_id: option.id, remove })
    }
    return new StepResponse<VariantPlan>({
      add_values,
      delete_ids: left.filter((v) => !withHistory.has(v.id)).map((v) => v.id),
      variants: all.filter((v) => v.id),
      create: all.filter((v) => !v.id).map((v) => ({ ...v, product_id })),
      remove_values,
    })
  }
)

/** Variants that a production batch or an order line names. */
async function variantsWithHistory(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Set<string>()
  const production = container.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const [batches, lines] = await Promise.all([
    production.listProductionBatches({ variant_id: ids }, { select: ["variant_id"] }),
    container.resolve(Modules.ORDER).listOrderLineItems({ variant_id: ids }, { select: ["variant_id"] }),
  ])
  return new Set([...batches.map((b) => b.variant_id), ...lines.flatMap((l) => (l.variant_id ? [l.variant_id] : []))])
}
