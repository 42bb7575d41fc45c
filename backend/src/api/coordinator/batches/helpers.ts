import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCTION_MODULE } from "../../../modules/production"
import { isExpiringSoon } from "../../../modules/production/fefo"
import type { ProductionModuleService } from "../../../modules/production/service"
import { BATCH_FIELDS, RECALL_ORDER_FIELDS } from "./query-config"

const batchNotFound = () => new MedusaError(MedusaError.Types.NOT_FOUND, "Batch tidak ditemukan")

type BatchRow = {
  id: string
  batch_code: string
  cohort_id: string
  variant_id: string
  quantity: number
  remaining_quantity: number
  production_date: Date
  expiry_date: Date | null
  expired_at: Date | null
  expired_quantity: number
  created_at: Date
  contributions?: { id: string; units: number | null; hours: number | null; participant: { id: string; code: string; display_name: string | null } }[]
  product_variant?: VariantRow | null
}
type VariantRow = { id: string; title: string; sku: string | null; product?: { id: string; title: string } | null }

/** A batch as coordinators see it: stock left, expiry state, product, and who made it. */
function present(batch: BatchRow, now: Date) {
  const variant = batch.product_variant
  const expired = !!batch.expired_at || (!!batch.expiry_date && new Date(batch.expiry_date).getTime() <= now.getTime())
  return {
    id: batch.id,
    batch_code: batch.batch_code,
    cohort_id: batch.cohort_id,
    variant_id: batch.variant_id,
    product_id: variant?.product?.id ?? null,
    product_title: variant?.product?.title ?? null,
    variant_title: variant?.title ?? null,
    sku: variant?.sku ?? null,
    quantity: batch.quantity,
    remaining_quantity: batch.remaining_quantity,
    expired_quantity: batch.expired_quantity,
    production_date: batch.production_date,
    expiry_date: batch.expiry_date,
    expired_at: batch.expired_at,
    is_expired: expired,
    expiring_soon: isExpiringSoon(batch, now),
    created_at: batch.created_at,
    contributions: (batch.contributions ?? []).map((c) => ({
      id: c.id,
      participant_id: c.participant.id,
      participant_code: c.participant.code,
      participant_name: c.participant.display_name,
      units: c.units,
      hours: c.hours,
    })),
  }
}

export type BatchView = ReturnType<typeof present>

// A list's `order` (expiry_date by default, "-" for descending), then newest,
// then the id, so two batches recorded in the same instant never swap between
// pages. In ascending order PostgreSQL puts a batch without an expiry date
// (handicrafts) after every dated one.
function batchOrder(order = "expiry_date") {
  const field = order.replace(/^-/, "")
  return { [field]: order.startsWith("-") ? "DESC" : "ASC", created_at: "DESC", id: "ASC" }
}

/** One page of the cohort's batches, soonest expiry first (undated after) unless `order` says otherwise, then newest; `count` is the cohort's total. */
export async function listCohortBatches(
  scope: MedusaContainer,
  cohortId: string,
  page: { limit: number; offset: number; order?: string }
): Promise<{ batches: BatchView[]; count: number }> {
  const { data, metadata } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "production_batch",
    fields: BATCH_FIELDS,
    filters: { cohort_id: cohortId },
    pagination: { skip: page.offset, take: page.limit, order: batchOrder(page.order) },
  })
  const now = new Date()
  return { batches: (data as BatchRow[]).map((b) => present(b, now)), count: metadata?.count ?? data.length }
}

/**
 * One batch of the given cohorts, or 404 — the same answer for another
 * cohort's batch as for one that doesn't exist.
 */
export async function refetchBatch(scope: MedusaContainer, id: string, cohortIds: string[]): Promise<BatchView> {
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "production_batch",
    fields: BATCH_FIELDS,
    filters: { id, cohort_id: cohortIds },
  })
  const batch = data[0] as BatchRow | undefined
  if (!batch) throw batchNotFound()
  return present(batch, new Date())
}

type RecallOrder = {
  id: string
  display_id: number | string
  email: string | null
  status: string
  created_at: string
  shipping_address?: {
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
    address_1?: string | null
    address_2?: string | null
    city?: string | null
    province?: string | null
    postal_code?: string | null
    country_code?: string | null
  } | null
  items?: ({ id: string; title: string; variant_title?: string | null } | null)[] | null
}

/** Every order that received units of the batch, with who to contact and where it went. */
export async function recallList(scope: MedusaContainer, batchId: string) {
  const production = scope.resolve<ProductionModuleService>(PRODUCTION_MODULE)
  const draws = await production.listBatchDraws({ batch_id: batchId }, { select: ["order_id", "line_item_id", "quantity"] })
  const orderIds = [...new Set(draws.map((d) => d.order_id))]
  if (!orderIds.length) return []
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: RECALL_ORDER_FIELDS,
    filters: { id: orderIds },
  })
  return (data as RecallOrder[])
    .map((order) => {
      const own = draws.filter((d) => d.order_id === order.id)
      const address = order.shipping_address ?? {}
      return {
        order_id: order.id,
        display_id: Number(order.display_id),
        status: order.status,
        placed_at: order.created_at,
        quantity: own.reduce((sum, d) => sum + d.quantity, 0),
        lines: own.map((d) => {
          const item = order.items?.find((i) => i?.id === d.line_item_id)
          return { line_item_id: d.line_item_id, title: item?.title ?? null, variant_title: item?.variant_title ?? null, quantity: d.quantity }
        }),
        contact: {
          name: [address.first_name, address.last_name].filter(Boolean).join(" ") || null,
          phone: address.phone ?? null,
          email: order.email ?? null,
          address: {
            address_1: address.address_1 ?? null,
            address_2: address.address_2 ?? null,
            city: address.city ?? null,
            province: address.province ?? null,
            postal_code: address.postal_code ?? null,
            country_code: address.country_code ?? null,
          },
        },
      }
    })
    .sort((a, b) => new Date(a.placed_at).getTime() - new Date(b.placed_at).getTime())
}
