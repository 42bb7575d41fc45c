/**
 * Listing states of a coordinator's product, mapped onto Medusa's own product
 * status instead of a model of our own: the Store API already shows only
 * `published` products, and Medusa Admin already lists and filters by status,
 * so the operator sees submissions as "proposed" without any extra screen and
 * nothing can drift out of sync with a second state column.
 *
 *   draft     → status draft
 *   submitted → status proposed
 *   published → status published   (operator only)
 *   rejected  → status rejected     + metadata.listing_reject_reason
 *   archived  → status draft        + metadata.listing_archived_at
 *
 * Metadata keys are cleared by writing "" (never deleted), which reads the same
 * whether Medusa merges or replaces product metadata.
 */
export type ListingState = "draft" | "submitted" | "published" | "rejected" | "archived"
export type Listing = { state: ListingState; reason?: string }
export type ProductStatus = "draft" | "proposed" | "published" | "rejected"
export type ListingAction = "submit" | "archive" | "publish" | "reject" | "edit"

export const REJECT_REASON_KEY = "listing_reject_reason"
export const ARCHIVED_AT_KEY = "listing_archived_at"

export type ProductLike = { status: string; metadata?: Record<string, unknown> | null }

export function listingOf(product: ProductLike): Listing {
  const meta = product.metadata ?? {}
  switch (product.status) {
    case "published":
      return { state: "published" }
    case "proposed":
      return { state: "submitted" }
    case "rejected": {
      const reason = typeof meta[REJECT_REASON_KEY] === "string" ? (meta[REJECT_REASON_KEY] as string) : ""
      return reason ? { state: "rejected", reason } : { state: "rejected" }
    }
    default:
      return meta[ARCHIVED_AT_KEY] ? { state: "archived" } : { state: "draft" }
  }
}

/** Which states each action may start from. */
const FROM: Record<ListingAction, ListingState[]> = {
  // A coordinator edits drafts, pending submissions and rejected listings; a
  // published listing changes only through the operator (reject, then resubmit).
  edit: ["draft", "submitted", "rejected"],
  submit: ["draft", "rejected"],
  archive: ["draft", "submitted", "published", "rejected"],
  publish: ["submitted"],
  // The operator can also take down a live listing, with a reason.
  reject: ["submitted", "published"],
}

const MESSAGES: Record<ListingAction, string> = {
  edit: "Produk yang sudah tayang atau diarsipkan tidak dapat diubah",
  submit: "Hanya draf atau produk yang ditolak yang dapat diajukan",
  archive: "Produk ini sudah diarsipkan",
  publish: "Hanya produk yang sudah diajukan yang dapat ditayangkan",
  reject: "Hanya produk yang diajukan atau sudah tayang yang dapat ditolak",
}

/** null when allowed, else a message a person can act on. */
export function refusal(current: ListingState, action: ListingAction): string | null {
  return FROM[action].includes(current) ? null : `${MESSAGES[action]} (status sekarang: ${current})`
}

/** The product status and metadata that put a product in a listing state. */
export function productFieldsFor(
  state: Exclude<ListingState, "archived"> | "archived",
  metadata: Record<string, unknown> | null | undefined,
  reason?: string
): { status: ProductStatus; metadata: Record<string, unknown> } {
  const base = { ...(metadata ?? {}), [REJECT_REASON_KEY]: "", [ARCHIVED_AT_KEY]: "" }
  switch (state) {
    case "submitted":
      return { status: "proposed", metadata: base }
    case "published":
      return { status: "published", metadata: base }
    case "rejected":
      return { status: "rejected", metadata: { ...base, [REJECT_REASON_KEY]: reason ?? "" } }
    case "archived":
      return { status: "draft", metadata: { ...base, [ARCHIVED_AT_KEY]: new Date().toISOString() } }
    default:
      return { status: "draft", metadata: base }
  }
}

/**
 * Draft and archived listings share Medusa's status "draft": only the archive
 * mark in metadata tells them apart, so a list of either is narrowed after the
 * status filter; every other state is its status alone and pages in the database.
 */
export const isToldByStatus = (state: ListingState): boolean => state !== "draft" && state !== "archived"
