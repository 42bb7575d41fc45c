import { z } from "@medusajs/framework/zod"
import { pagination, text } from "../../utils/input-schemas"
import { isOwnUploadUrl } from "../../../lib/upload-dir"
import { FoodLabelSchema } from "../../../workflows/product/additional-data"

/*
 * Bodies follow Medusa's own product shape (category_ids, options, variants
 * with prices), so the portal's form maps onto it directly. English goes to the
 * Translation module: `en` {title, subtitle, description, food_label: {ingredients,
 * allergens, storage}} or `description_en`.
 */

const title = text().trim().min(3, "Judul minimal 3 karakter").max(120)
const subtitle = text().trim().max(160)
const description = text().trim().min(1, "Tulis deskripsi produk").max(5000)

/** The food label's English texts (the Indonesian ones are in `food_label`); null drops one. */
const foodLabelEnglish = z
  .object({
    ingredients: text().trim().min(1).max(1000).nullable().optional(),
    allergens: text().trim().min(1).max(500).nullable().optional(),
    storage: text().trim().min(1).max(500).nullable().optional(),
  })
  .strict()

const optionTitle = text().trim().min(1).max(40)
const optionValue = text().trim().min(1).max(60)

/**
 * English option names and values, keyed by the Indonesian option title and
 * value ({ "Berat bersih": { title: "Net weight", values: { "Original": "Original" } } });
 * null drops one (the shop shows the Indonesian word).
 */
const optionsEnglish = z.record(
  optionTitle,
  z.object({ title: optionTitle.nullable().optional(), values: z.record(optionValue, optionValue.nullable()).optional() }).strict()
)

const english = z
  .object({
    title: title.nullable().optional(),
    subtitle: subtitle.nullable().optional(),
    description: description.optional(),
    food_label: foodLabelEnglish.optional(),
    options: optionsEnglish.optional(),
  })
  .strict()

// Only files uploaded through POST /coordinator/uploads: our own upload URL
// (the backend's /uploads or the S3 bucket), never another origin or scheme.
const imageUrl = text().refine((u) => isOwnUploadUrl(u), "Gambar harus diunggah lewat /coordinator/uploads (alamat unggahan marketplace ini)")
/**
 * Either "https://…" or { url, thumbnail_url }: the photo and, as the upload
 * route answered it, its card-sized rendition, which the product page's
 * gallery shows as the photo's small button (absent: the photo itself).
 */
const image = z
  .union([imageUrl, z.object({ url: imageUrl, thumbnail_url: imageUrl.optional() }).strict()])
  .transform((i): ProductImageInput => (typeof i === "string" ? { url: i } : i))
export type ProductImageInput = { url: string; thumbnail_url?: string }
/** A thumbnail alone (the product's card): a URL only. */
const thumbnailUrl = z.union([imageUrl, z.object({ url: imageUrl }).strict().transform((i) => i.url)])

const amount = z.number().int("Harga dalam rupiah bulat").min(100, "Harga minimal Rp 100").max(100_000_000)
const weight = z.number().int("Berat dalam gram bulat").positive("Berat harus lebih dari 0 gram").max(50_000)
const sku = text()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "SKU: huruf, angka, titik, garis bawah atau tanda hubung, mis. KB-PSG-KRP-200")

const option = z
  .object({
    title: text().trim().min(1).max(40),
    values: z.array(text().trim().min(1).max(60)).min(1).max(20),
  })
  .strict()

/** A variant: IDR price as `price` or as Medusa's `prices: [{ currency_code: "idr", amount }]`. */
const variant = z
  .object({
    id: text().startsWith("variant_").optional(),
    title: text().trim().min(1).max(120).optional(),
    sku: sku.nullable().optional(),
    weight: weight.nullable().optional(),
    price: amount.optional(),
    prices: z
      .array(z.object({ currency_code: z.literal("idr", { message: "Harga hanya dalam rupiah (idr)" }), amount }).strict())
      .length(1, "Satu harga rupiah per varian")
      .optional(),
    /** Option title → value, one per option. */
    options: z.record(text(), text()),
  })
  .strict()
  .transform(({ prices, price, ...v }) => ({ ...v, price: price ?? prices?.[0]?.amount }))

const structure = {
  options: z.array(option).min(1, "Minimal satu opsi, mis. Berat bersih").max(3),
  variants: z.array(variant).min(1, "Minimal satu varian").max(50),
}

/** English names only for options and values the body itself defines (when it sends options). */
function checkEnglishOptions(body: { options?: Structure["options"]; en?: z.infer<typeof english> }, ctx: z.RefinementCtx) {
  if (!body.options || !body.en?.options) return
  for (const [title, en] of Object.entries(body.en.options)) {
    const option = body.options.find((o) => o.title === title)
    if (!option) {
      ctx.addIssue({ code: "custom", path: ["en", "options", title], message: `Opsi "${title}" tidak ada di options` })
      continue
    }
    for (const value of Object.keys(en.values ?? {})) {
      if (!option.values.includes(value)) {
        ctx.addIssue({ code: "custom", path: ["en", "options", title, "values", value], message: `Nilai "${value}" tidak ada di opsi "${title}"` })
      }
    }
  }
}

type Structure = { options: z.infer<typeof option>[]; variants: z.infer<typeof variant>[] }

/** Every variant: a price, one known value per option, no two alike, no two SKUs alike. */
function checkVariants(body: Partial<Structure> & { en?: z.infer<typeof english> }, ctx: z.RefinementCtx) {
  checkEnglishOptions(body, ctx)
  if (!body.options && !body.variants) return
  if (!body.options || !body.variants) {
    ctx.addIssue({ code: "custom", path: ["variants"], message: "Kirim options dan variants bersama-sama" })
    return
  }
  const options = body.options
  const seen = new Set<string>()
  body.variants.forEach((v, i) => {
    const name = v.sku || v.title || `#${i + 1}`
    if (v.price === undefined) ctx.addIssue({ code: "custom", path: ["variants", i, "price"], message: `Varian ${name}: isi harga` })
    for (const opt of options) {
      const value = v.options[opt.title]
      if (!value || !opt.values.includes(value)) {
        ctx.addIssue({
          code: "custom",
          path: ["variants", i, "options", opt.title],
          message: `Varian ${name}: pilih nilai "${opt.title}" dari ${opt.values.join(", ")}`,
        })
      }
    }
    const extra = Object.keys(v.options).filter((k) => !options.some((o) => o.title === k))
    if (extra.length) ctx.addIssue({ code: "custom", path: ["variants", i, "options"], message: `Opsi tidak dikenal: ${extra.join(", ")}` })
    const key = options.map((o) => v.options[o.title]).join(" / ")
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["variants", i], message: `Dua varian dengan opsi yang sama (${key})` })
    seen.add(key)
  })
  const skus = body.variants.flatMap((v) => (v.sku ? [v.sku] : []))
  if (new Set(skus).size !== skus.length) {
    ctx.addIssue({ code: "custom", path: ["variants"], message: "Setiap varian perlu SKU yang berbeda" })
  }
}

const fields = {
  title,
  subtitle: subtitle.nullable().optional(),
  description,
  en: english.optional(),
  description_en: text().trim().max(5000).nullable().optional(),
  category_ids: z.array(text().startsWith("pcat_", "category_ids berisi id kategori (pcat_…)")).min(1).max(3).optional(),
  /** Shorthand for category_ids: [category_id]. */
  category_id: text().startsWith("pcat_", "category_id harus id kategori (pcat_…)").optional(),
  images: z.array(image).max(8).optional(),
  /** The card-sized rendition of the first image, as the upload route answered it (`thumbnail_url`); without it, the first image's own, else the image itself. */
  thumbnail: thumbnailUrl.optional(),
  /** null: not a food product (on edit: the label is left as it is). */
  food_label: FoodLabelSchema.nullable().optional(),
}

export const CoordinatorCreateProduct = z
  .object({ cohort_id: text().startsWith("coh_", "cohort_id harus id kohort (coh_…)"), ...fields, ...structure })
  .strict()
  .superRefine((body, ctx) => {
    checkVariants(body, ctx)
    if (!body.category_ids?.length && !body.category_id) {
      ctx.addIssue({ code: "custom", path: ["category_ids"], message: "Pilih kategori" })
    }
    if (body.variants.some((v) => v.id)) {
      ctx.addIssue({ code: "custom", path: ["variants"], message: "Varian baru tidak punya id" })
    }
  })
export type CoordinatorCreateProductType = z.infer<typeof CoordinatorCreateProduct>

/**
 * Edits take the same fields, all optional. With options and variants, the
 * variant list replaces the product's: variants with an id are updated (their
 * option values too), without one created, missing ones deleted, or archived
 * when they have batches or orders. Option titles stay as they were. There is
 * no status field: a coordinator can never publish.
 */
export const CoordinatorUpdateProduct = z
  .object({
    ...fields,
    title: title.optional(),
    description: description.optional(),
    options: structure.options.optional(),
    variants: structure.variants.optional(),
  })
  .strict()
  .superRefine(checkVariants)
export type CoordinatorUpdateProductType = z.infer<typeof CoordinatorUpdateProduct>

export const CoordinatorGetProducts = z
  .object({
    cohort_id: text().startsWith("coh_").optional(),
    state: z.enum(["draft", "submitted", "published", "rejected", "archived"]).optional(),
    ...pagination({ limit: 50, max: 200 }),
  })
  .strict()
export type CoordinatorGetProductsType = z.infer<typeof CoordinatorGetProducts>

export const EmptyQuery = z.object({}).strict()
export const EmptyBody = z.object({}).strict()
