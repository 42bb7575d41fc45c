import type * as Api from "@karya-binaan/contract"
import { isoString } from "../date-time"
import type { WireParticipantProfile } from "../impact-wire"
import type {
  Batch,
  CohortOrder,
  Coordinator,
  CoordinatorProduct,
  Participant,
  RecallRecipient,
} from "@/lib/types/coordinator"

// The /coordinator/* answers typed by the backend's own contract
// (@karya-binaan/contract), mapped to the portal's view types.

const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null)

/** A calendar day ("2026-11-20") from a moment the JSON carries as an ISO string. */
const day = (value: Api.DateTime) => isoString(value).slice(0, 10)

export function reshapeCoordinator(raw: Api.CoordinatorMe): Coordinator {
  return { id: raw.id, email: raw.email, name: raw.name || raw.email, cohorts: raw.cohorts }
}

/** A variant's value of the product's (first) option. */
function optionValue(variant: Api.CoordinatorProductVariant, title: string | undefined): string | null {
  return (variant.options.find((o) => o.title === title) ?? variant.options[0])?.value ?? null
}

/** A variant's value of every option, in the product's option order; its title when it has none. */
function allOptionValues(variant: Api.CoordinatorProductVariant, options: Api.CoordinatorProduct["options"]): string[] {
  const values = options.flatMap((o) => variant.options.filter((vo) => vo.title === o.title).map((vo) => vo.value))
  return values.length ? values : [variant.title]
}

export function reshapeCoordinatorProduct(raw: Api.CoordinatorProduct): CoordinatorProduct {
  const variants = [...raw.variants].sort((a, b) => a.variant_rank - b.variant_rank)
  const images = [...raw.images].sort((a, b) => a.rank - b.rank).map((i) => ({ url: i.url, thumbnail: i.thumbnail_url || i.url }))
  const label = raw.food_label
  const optionTitle = raw.options[0]?.title
  const optionEn = optionTitle ? raw.en.options?.[optionTitle] : undefined
  return {
    id: raw.id,
    title: raw.title,
    titleEn: raw.en.title ?? "",
    subtitle: raw.subtitle ?? "",
    subtitleEn: raw.en.subtitle ?? "",
    handle: raw.handle ?? null,
    description: raw.description ?? "",
    descriptionEn: raw.en.description ?? raw.description_en ?? "",
    categoryId: raw.categories[0]?.id ?? null,
    thumbnail: raw.thumbnail ?? images[0]?.url ?? null,
    images,
    listing: { state: raw.listing.state, reason: raw.listing.reason ?? null },
    optionTitle: optionTitle ?? "",
    optionTitleEn: optionEn?.title ?? "",
    variants: variants.map((v) => ({
      id: v.id,
      value: optionValue(v, optionTitle) ?? v.title,
      valueEn: optionEn?.values[optionValue(v, optionTitle) ?? ""] ?? "",
      optionValues: allOptionValues(v, raw.options),
      sku: v.sku,
      weight: v.weight,
      price: v.price ?? v.prices.find((p) => p.currency_code.toLowerCase() === "idr")?.amount ?? null,
      archived: v.archived,
    })),
    foodLabel: label
      ? {
          pirtNumber: label.pirt_number ?? null,
          halalStatus: label.halal_status,
          halalCertificateNumber: label.halal_certificate_number ?? null,
          shelfLifeDays: label.shelf_life_days ?? null,
          ingredients: label.ingredients ?? "",
          allergens: label.allergens ?? null,
          ingredientsEn: raw.en.food_label?.ingredients ?? "",
          allergensEn: raw.en.food_label?.allergens ?? "",
        }
      : null,
  }
}

export function reshapeParticipant(raw: Api.CoordinatorParticipant & WireParticipantProfile): Participant {
  return {
    id: raw.id,
    code: raw.code,
    displayName: raw.display_name || null,
    active: raw.active,
    // The impact profile (issue 17); a backend without it answers the defaults.
    profile: { status: raw.status ?? "wbp", area: raw.area ?? null, joinedOn: raw.joined_on ?? null, leftOn: raw.left_on ?? null },
  }
}

export function reshapeBatch(raw: Api.CoordinatorBatch): Batch {
  return {
    id: raw.id,
    batchCode: raw.batch_code,
    variantId: raw.variant_id,
    productTitle: raw.product_title ?? "",
    variantTitle: raw.variant_title ?? "",
    quantity: raw.quantity,
    remaining: raw.remaining_quantity,
    productionDate: day(raw.production_date),
    expiryDate: raw.expiry_date ? day(raw.expiry_date) : null,
    contributions: raw.contributions.map((c) => ({
      participantId: c.participant_id,
      code: c.participant_code,
      displayName: c.participant_name,
      units: c.units,
      hours: c.hours,
    })),
  }
}

export function reshapeRecallOrder(raw: Api.RecallOrder): RecallRecipient {
  const a = raw.contact.address
  return {
    orderId: raw.order_id,
    displayId: raw.display_id,
    placedAt: raw.placed_at,
    quantity: raw.quantity,
    email: raw.contact.email,
    name: raw.contact.name ?? "",
    phone: raw.contact.phone,
    address: [a.address_1, a.address_2, a.city, a.province, a.postal_code].filter(Boolean).join(", "),
  }
}

/**
 * A line's quantity. The cohort orders route has been seen answering null here
 * (Medusa's quantities are BigNumbers; NaN goes out as null); the line's batch
 * draws hold the same count, since every unit sold is drawn from a batch when
 * the order is placed.
 */
function lineQuantity(item: Api.CohortOrderLine): number {
  const quantity = Number(item.quantity ?? NaN)
  if (Number.isFinite(quantity)) return quantity
  return item.batches.reduce((total, b) => total + b.quantity, 0)
}

/**
 * An order as a cohort sees it: only its lines (the backend already filters),
 * what of each is packed and shipped, and the fulfilments with their tracking.
 * Cancelled fulfilments no longer hold any quantity.
 */
export function reshapeCohortOrder(raw: Api.CohortOrder): CohortOrder {
  const address = raw.shipping_address
  return {
    id: raw.id,
    displayId: raw.display_id ?? null,
    placedAt: raw.created_at,
    customerName: [str(address?.first_name), str(address?.last_name)].filter(Boolean).join(" "),
    city: str(address?.city),
    shippingMethod: raw.shipping_method,
    awaitingPayment: raw.awaiting_payment,
    lines: raw.items.map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title ?? null,
      quantity: lineQuantity(item),
      packed: item.fulfilled_quantity,
      shipped: item.shipped_quantity,
      batches: item.batches.map((b) => ({ code: b.batch_code, quantity: b.quantity })),
    })),
    fulfillments: raw.fulfillments
      .filter((f) => !f.canceled_at)
      .map((f) => ({
        id: f.id,
        items: f.items.flatMap((i) => (i.line_item_id ? [{ lineItemId: i.line_item_id, quantity: i.quantity }] : [])),
        carrier: str(f.carrier),
        trackingNumber: str(f.tracking_number),
        packedAt: f.packed_at,
        shippedAt: f.shipped_at,
      })),
  }
}
