import type { DateTime } from "../common/date-time"
import type { PaginatedResponse } from "../common/list"

/** Who worked on a batch: a participant's units or hours. */
export type CoordinatorBatchContribution = {
  id: string
  participant_id: string
  participant_code: string
  participant_name: string | null
  units: number | null
  hours: number | null
}

/** A production batch as coordinators see it: stock left, expiry state, product, and who made it. */
export type CoordinatorBatch = {
  id: string
  batch_code: string
  cohort_id: string
  variant_id: string
  product_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  quantity: number
  remaining_quantity: number
  expired_quantity: number
  production_date: DateTime
  expiry_date: DateTime | null
  expired_at: DateTime | null
  is_expired: boolean
  expiring_soon: boolean
  created_at: DateTime
  contributions: CoordinatorBatchContribution[]
}

export type CoordinatorBatchResponse = { batch: CoordinatorBatch }
export type CoordinatorBatchListResponse = PaginatedResponse & { batches: CoordinatorBatch[] }

export type RecallAddress = {
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
}

/** An order that received units of a recalled batch, with who to contact and where it went. */
export type RecallOrder = {
  order_id: string
  display_id: number
  status: string
  placed_at: string
  quantity: number
  lines: { line_item_id: string; title: string | null; variant_title: string | null; quantity: number }[]
  contact: { name: string | null; phone: string | null; email: string | null; address: RecallAddress }
}

export type CoordinatorBatchRecallResponse = { batch: CoordinatorBatch; orders: RecallOrder[]; count: number }
