import type {
  Batch,
  CohortOrder,
  Coordinator,
  CoordinatorFoodLabel,
  CoordinatorProduct,
  ListingState,
  Participant,
  RecallRecipient,
} from "@/lib/types/coordinator"

// The /coordinator/* answers as the backend sends them. Loose on purpose:
// only what the portal reads is named, and missing parts get safe defaults.
type Maybe<T> = T | null | undefined
type RawRecord = Record<string, unknown>

export type RawCoordinator = { id: string; email: string; name?: Maybe<string>; cohorts?: Maybe<{ id: string; handle: string; name: string }[]> }

export type RawProduct = {
  id: string
  title: string
  handle?: Maybe<string>
  description?: Maybe<string>
  description_en?: Maybe<string>
  thumbnail?: Maybe<string>
  images?: Maybe<{ url: string; rank?: Maybe<number> }[]>
  category?: Maybe<{ id: string }>
  categories?: Maybe<{ id: string }[]>
  options?: Maybe<{ title: string }[]>
  variants?: Maybe<
    {
      id: string
      title?: Maybe<string>
      sku?: Maybe<string>
      weight?: Maybe<number>
      variant_rank?: Maybe<number>
      price?: Maybe<number>
      prices?: Maybe<{ amount: number; currency_code: string }[]>
      archived?: Maybe<boolean>
      /** The backend sends option title → value; Medusa's own shape is a list of values. */
      options?: Maybe<Record<string, string> | { value: string }[]>
    }[]
  >
  en?: Maybe<{ description?: Maybe<string>; food_label?: Maybe<{ ingredients?: Maybe<string>; allergens?: Maybe<string> }> }>
  food_label?: Maybe<{ pirt_number?: Maybe<string>; halal_status: CoordinatorFoodLabel["halalStatus"]; halal_certificate_number?: Maybe<string>; shelf_life_days?: Maybe<number>; ingredients?: Maybe<string>; allergens?: Maybe<string> }>
  listing?: Maybe<{ state: ListingState; reason?: Maybe<string> }>
  metadata?: Maybe<RawRecord>
}

export type RawParticipant = { id: string; code: string; display_name?: Maybe<string>; active?: Maybe<boolean> }

export type RawBatch = {
  id: string
  batch_code: string
  variant_id: string
  quantity: number
  remaining_quantity?: Maybe<number>
  production_date: string
  expiry_date?: Maybe<string>
  product_title?: Maybe<string>
  variant_title?: Maybe<string>
  variant?: Maybe<{ title?: Maybe<string>; product?: Maybe<{ title?: Maybe<string> }> }>
  contributions?: Maybe<
    {
      participant_id: string
      participant_code?: Maybe<string>
      participant_name?: Maybe<string>
      participant?: Maybe<{ code?: Maybe<string>; display_name?: Maybe<string> }>
      units?: Maybe<number>
      hours?: Maybe<number>
    }[]
  >
}

type RawAddress = Maybe<{ first_name?: Maybe<string>; last_name?: Maybe<string>; phone?: Maybe<string>; address_1?: Maybe<string>; address_2?: Maybe<string>; city?: Maybe<string>; province?: Maybe<string>; postal_code?: Maybe<string> }>

export type RawRecallOrder = {
  order_id?: Maybe<string>
  id?: Maybe<string>
  display_id?: Maybe<number>
  placed_at?: Maybe<string>
  created_at?: Maybe<string>
  quantity?: Maybe<number>
  /** The backend's shape: one contact per order. */
  contact?: Maybe<{ name?: Maybe<string>; phone?: Maybe<string>; email?: Maybe<string>; address?: RawAddress }>
  email?: Maybe<string>
  shipping_address?: RawAddress
}

export type RawOrder = {
  id: string
  display_id?: Maybe<number>
  created_at: string
  shipping_address?: RawAddress
  shipping_method?: Maybe<string>
  shipping_methods?: Maybe<{ name?: Maybe<string> }[]>
  items?: Maybe<
    {
      id: string
      title?: Maybe<string>
      product_title?: Maybe<string>
      variant_title?: Maybe<string>
      quantity?: Maybe<number | string>
      fulfilled_quantity?: Maybe<number>
      shipped_quantity?: Maybe<number>
      detail?: Maybe<{ fulfilled_quantity?: Maybe<number>; shipped_quantity?: Maybe<number> }>
      batches?: Maybe<{ batch_id: string; batch_code: string; quantity: number }[]>
    }[]
  >
  fulfillments?: Maybe<
    {
      id: string
      created_at?: Maybe<string>
      packed_at?: Maybe<string>
      shipped_at?: Maybe<string>
      canceled_at?: Maybe<string>
      carrier?: Maybe<string>
      tracking_number?: Maybe<string>
      items?: Maybe<{ line_item_id: string; quantity: number }[]>
      labels?: Maybe<{ tracking_number?: Maybe<string> }[]>
      data?: Maybe<RawRecord>
      metadata?: Maybe<RawRecord>
    }[]
  >
}

const str = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value : null)

export function reshapeCoordinator(raw: RawCoordinator): Coordinator {
  return { id: raw.id, email: raw.email, name: raw.name || raw.email, cohorts: raw.cohorts ?? [] }
}

function optionValue(options: Maybe<Record<string, string> | { value: string }[]>, title: Maybe<string>): string | null {
  if (!options) return null
  if (Array.isArray(options)) return options[0]?.value ?? null
  return (title ? options[title] : undefined) ?? Object.values(options)[0] ?? null
}

export function reshapeCoordinatorProduct(raw: RawProduct): CoordinatorProduct {
  const variants = [...(raw.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
  const images = [...(raw.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((i) => i.url)
  const label = raw.food_label
  return {
    id: raw.id,
    title: raw.title,
    handle: raw.handle ?? null,
    description: raw.description ?? "",
    // The English description may come flat or, as the seed stores it, in metadata.
    descriptionEn: raw.en?.description ?? raw.description_en ?? str(raw.metadata?.description_en) ?? "",
    categoryId: raw.category?.id ?? raw.categories?.[0]?.id ?? null,
    thumbnail: raw.thumbnail ?? images[0] ?? null,
    images,
    listing: { state: raw.listing?.state ?? "draft", reason: raw.listing?.reason ?? null },
    optionTitle: raw.options?.[0]?.title ?? "",
    variants: variants.map((v) => ({
      id: v.id,
      value: optionValue(v.options, raw.options?.[0]?.title) ?? v.title ?? "",
      sku: v.sku ?? null,
      weight: v.weight ?? null,
      price: v.price ?? v.prices?.find((p) => p.currency_code.toLowerCase() === "idr")?.amount ?? null,
      archived: v.archived ?? false,
    })),
    foodLabel: label
      ? {
          pirtNumber: label.pirt_number ?? null,
          halalStatus: label.halal_status,
          halalCertificateNumber: label.halal_certificate_number ?? null,
          shelfLifeDays: label.shelf_life_days ?? null,
          ingredients: label.ingredients ?? "",
          allergens: label.allergens ?? null,
          ingredientsEn: raw.en?.food_label?.ingredients ?? "",
          allergensEn: raw.en?.food_label?.allergens ?? "",
        }
      : null,
  }
}

export function reshapeParticipant(raw: RawParticipant): Participant {
  return { id: raw.id, code: raw.code, displayName: raw.display_name || null, active: raw.active ?? true }
}

export function reshapeBatch(raw: RawBatch): Batch {
  return {
    id: raw.id,
    batchCode: raw.batch_code,
    variantId: raw.variant_id,
    productTitle: raw.product_title ?? raw.variant?.product?.title ?? "",
    variantTitle: raw.variant_title ?? raw.variant?.title ?? "",
    quantity: raw.quantity,
    remaining: raw.remaining_quantity ?? raw.quantity,
    productionDate: raw.production_date.slice(0, 10),
    expiryDate: raw.expiry_date ? raw.expiry_date.slice(0, 10) : null,
    contributions: (raw.contributions ?? []).map((c) => ({
      participantId: c.participant_id,
      code: c.participant_code ?? c.participant?.code ?? null,
      displayName: c.participant_name ?? c.participant?.display_name ?? null,
      units: c.units ?? null,
      hours: c.hours ?? null,
    })),
  }
}

const personName = (address: RawAddress) => [address?.first_name, address?.last_name].filter(Boolean).join(" ")

export function reshapeRecallOrder(raw: RawRecallOrder): RecallRecipient {
  const a = raw.contact?.address ?? raw.shipping_address
  return {
    orderId: raw.order_id ?? raw.id ?? "",
    displayId: raw.display_id ?? null,
    placedAt: raw.placed_at ?? raw.created_at ?? null,
    quantity: raw.quantity ?? 0,
    email: raw.contact?.email ?? raw.email ?? null,
    name: raw.contact?.name ?? personName(a),
    phone: raw.contact?.phone ?? a?.phone ?? null,
    address: [a?.address_1, a?.address_2, a?.city, a?.province, a?.postal_code].filter(Boolean).join(", "),
  }
}

/**
 * A line's quantity. The cohort orders route has been seen answering null here
 * (Medusa's quantities are BigNumbers); the line's batch draws hold the same
 * count, since every unit sold is drawn from a batch when the order is placed.
 */
function lineQuantity(item: { quantity?: Maybe<number | string>; batches?: Maybe<{ quantity: number }[]> }): number {
  const quantity = Number(item.quantity ?? NaN)
  if (Number.isFinite(quantity)) return quantity
  return (item.batches ?? []).reduce((total, b) => total + b.quantity, 0)
}

/**
 * An order as a cohort sees it: only its lines (the backend already filters),
 * what of each is packed and shipped, and the fulfilments with their tracking.
 * Cancelled fulfilments no longer hold any quantity.
 */
export function reshapeCohortOrder(raw: RawOrder): CohortOrder {
  const fulfillments = (raw.fulfillments ?? [])
    .filter((f) => !f.canceled_at)
    .map((f) => ({
      id: f.id,
      items: (f.items ?? []).map((i) => ({ lineItemId: i.line_item_id, quantity: i.quantity })),
      carrier: str(f.carrier) ?? str(f.data?.carrier) ?? str(f.metadata?.carrier),
      trackingNumber: str(f.tracking_number) ?? str(f.labels?.[0]?.tracking_number) ?? str(f.data?.tracking_number) ?? str(f.metadata?.tracking_number),
      packedAt: f.packed_at ?? f.created_at ?? null,
      shippedAt: f.shipped_at ?? null,
    }))
  const sum = (lineId: string, shippedOnly: boolean) =>
    fulfillments
      .filter((f) => !shippedOnly || f.shippedAt)
      .flatMap((f) => f.items)
      .filter((i) => i.lineItemId === lineId)
      .reduce((total, i) => total + i.quantity, 0)
  return {
    id: raw.id,
    displayId: raw.display_id ?? null,
    placedAt: raw.created_at,
    customerName: personName(raw.shipping_address),
    city: raw.shipping_address?.city ?? null,
    shippingMethod: raw.shipping_method ?? raw.shipping_methods?.[0]?.name ?? null,
    lines: (raw.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title ?? "",
      variantTitle: item.variant_title ?? null,
      quantity: lineQuantity(item),
      packed: item.fulfilled_quantity ?? item.detail?.fulfilled_quantity ?? sum(item.id, false),
      shipped: item.shipped_quantity ?? item.detail?.shipped_quantity ?? sum(item.id, true),
      batches: (item.batches ?? []).map((b) => ({ code: b.batch_code, quantity: b.quantity })),
    })),
    fulfillments,
  }
}
