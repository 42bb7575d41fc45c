import type { ImpactArea, ParticipantStatus } from "./impact"
import type { ProductImage } from "./product"

/** The portal's own view of what the /coordinator/* API answers (see lib/data/coordinator/reshape.ts). */

export type CohortRef = { id: string; handle: string; name: string }

export type Coordinator = { id: string; email: string; name: string; cohorts: CohortRef[] }

export type ListingState = "draft" | "submitted" | "published" | "rejected" | "archived"

export type CoordinatorFoodLabel = {
  pirtNumber: string | null
  halalStatus: "certified" | "in_process" | "not_certified"
  halalCertificateNumber: string | null
  shelfLifeDays: number | null
  ingredients: string
  allergens: string | null
  /** The English label texts (Translation module); empty when none were given. */
  ingredientsEn: string
  allergensEn: string
}

export type CoordinatorVariant = {
  id: string
  /** The variant's value of the product's option (e.g. "250 g"). */
  value: string
  /** Its value of every option, in the product's option order (e.g. ["Original", "250 g"]). */
  optionValues: string[]
  /** The English of `value`; "" when none was given. */
  valueEn: string
  sku: string | null
  weight: number | null
  price: number | null
  /** Removed while it had batches or sales: kept for its history, not for sale. */
  archived: boolean
}

export type CoordinatorProduct = {
  id: string
  title: string
  titleEn: string
  subtitle: string
  subtitleEn: string
  handle: string | null
  description: string
  descriptionEn: string
  categoryId: string | null
  thumbnail: string | null
  /** The stored photos by rank; `thumbnail` is the photo's card (the previews show it), else the photo itself. */
  images: ProductImage[]
  listing: { state: ListingState; reason: string | null }
  optionTitle: string
  optionTitleEn: string
  variants: CoordinatorVariant[]
  foodLabel: CoordinatorFoodLabel | null
}

/** What the impact figures group a participant by (issue 17); the area null = the cohort's own. */
export type ParticipantProfile = { status: ParticipantStatus; area: ImpactArea | null; joinedOn: string | null; leftOn: string | null }

export type Participant = { id: string; code: string; displayName: string | null; active: boolean; profile: ParticipantProfile }

export type BatchContribution = { participantId: string; code: string | null; displayName: string | null; units: number | null; hours: number | null }

export type Batch = {
  id: string
  batchCode: string
  variantId: string
  productTitle: string
  variantTitle: string
  quantity: number
  remaining: number
  productionDate: string
  expiryDate: string | null
  contributions: BatchContribution[]
}

export type RecallRecipient = {
  orderId: string
  displayId: number | null
  placedAt: string | null
  quantity: number
  email: string | null
  name: string
  phone: string | null
  address: string
}

export type OrderLine = {
  id: string
  title: string
  variantTitle: string | null
  quantity: number
  /** Packed into a fulfilment already (shipped or not). */
  packed: number
  shipped: number
  /** The production batches that supplied the line (first expiry first out). */
  batches: { code: string; quantity: number }[]
}

export type OrderFulfillment = {
  id: string
  items: { lineItemId: string; quantity: number }[]
  carrier: string | null
  trackingNumber: string | null
  packedAt: string | null
  shippedAt: string | null
}

export type CohortOrder = {
  id: string
  displayId: number | null
  placedAt: string
  customerName: string
  city: string | null
  shippingMethod: string | null
  /** Not paid yet: shown, but not to pack (outlet orders on invoice terms are never awaiting). */
  awaitingPayment: boolean
  lines: OrderLine[]
  fulfillments: OrderFulfillment[]
}

export type Bucket = "participants" | "material_fund" | "facility" | "outlet" | "platform"

/** A cohort's earnings over a period, summed from its ledger entries (issue 5). */
export type Earnings = {
  participants: { id: string; code: string; displayName: string | null; allocated: number; reversed: number; net: number }[]
  buckets: { bucket: string; amount: number }[]
  orders: { orderId: string; displayId: number | null; occurredAt: string; amount: number }[]
}

export type PayoutStatement = {
  id: string
  period: string
  partyType: "participant" | "cohort"
  /** The participant's code, or the cohort's name for its material fund. */
  partyLabel: string
  displayName: string | null
  cohortName: string
  facilityName: string
  total: number
  status: "unpaid" | "paid"
  paidReference: string | null
  paidAt: string | null
  paidBy: "user" | "coordinator" | null
  lineCount: number
  createdAt: string
}

export type PayoutStatementLine = {
  entryId: string
  orderDisplayId: number | null
  orderId: string
  product: string
  bucket: string
  kind: "allocation" | "reversal"
  amount: number
  occurredAt: string
}
