import type { ProductEnglish } from "../../../workflows/coordinator-product/steps/upsert-english"
import type { CoordinatorCreateProductType, CoordinatorUpdateProductType } from "./validators"

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
