import type { ProductEnglish } from "../../../workflows/coordinator-product/steps/upsert-english"
import type { CoordinatorCreateProductType, CoordinatorUpdateProductType, ProductImageInput } from "./validators"

type Body = CoordinatorCreateProductType | CoordinatorUpdateProductType
type VariantIn = NonNullable<Body["variants"]>[number]

/** English texts from `en` and the `description_en` shorthand; null/"" clears nothing. */
export function englishOf(body: Body): ProductEnglish | undefined {
  const en = { ...(body.en ?? {}), ...(body.description_en ? { description: body.description_en } : {}) }
  return Object.keys(en).length ? en : undefined
}

export function categoryIdsOf(body: Body): string[] | undefined {
  return body.category_ids ?? (body.category_id ? [body.category_id] : undefined)
}

/** Medusa's variant input: a title from the option values when none is given, the price in IDR. */
export function variantInput(v: VariantIn, options: { title: string }[], rank: number) {
  return {
    ...(v.id ? { id: v.id } : {}),
    variant_rank: rank,
    title: v.title ?? options.map((o) => v.options[o.title]).join(" / "),
    sku: v.sku ?? null,
    weight: v.weight ?? null,
    options: v.options,
    ...(v.price !== undefined ? { prices: [{ amount: v.price, currency_code: "idr" }] } : {}),
  }
}

/** A product's stored photo as Medusa holds it; `metadata.thumbnail_url` is its card-sized rendition. */
export type StoredImage = { url: string; rank?: number | null; metadata?: Record<string, unknown> | null }
type ImageDTO = { url: string; metadata?: { thumbnail_url: string } }

/** A stored photo's card-sized rendition; null when it has none. */
export function cardOf(image: Pick<StoredImage, "metadata">): string | null {
  const card = image.metadata?.thumbnail_url
  return typeof card === "string" && card ? card : null
}

/**
 * Medusa's image input, each photo with its card-sized rendition in metadata
 * (the gallery's small buttons show it instead of the 1,200 px photo). A photo
 * sent by URL alone that the product already has keeps the rendition it had:
 * the portal's edit form sends the photos it keeps as URLs.
 */
export function productImages(images: ProductImageInput[], stored: (StoredImage | null)[] = []): ImageDTO[] {
  const known = new Map(stored.flatMap((i) => {
    const card = i && cardOf(i)
    return card ? [[i.url, card] as const] : []
  }))
  return images.map(({ url, thumbnail_url }) => {
    const card = thumbnail_url ?? known.get(url)
    return card && card !== url ? { url, metadata: { thumbnail_url: card } } : { url }
  })
}

/** The product's thumbnail for these photos: the card sent for it, else the first photo's own card, else that photo. */
export function thumbnailFor(images: ImageDTO[], sent: string | undefined): string | null {
  if (!images.length) return null
  return sent ?? images[0]!.metadata?.thumbnail_url ?? images[0]!.url
}
