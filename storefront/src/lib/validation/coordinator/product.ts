import { z } from "zod"
import { parseRupiah } from "./money-input"
import { formValues, issuesToErrors, rowIndexes, text, type Parsed } from "./form-data"

export const HALAL_STATUSES = ["certified", "in_process", "not_certified"] as const
export const PRICE_MIN = 1_000
export const PRICE_MAX = 100_000_000
export const WEIGHT_MAX = 50_000

const required = (max: number) => z.string().trim().min(1, { message: "required" }).max(max, { message: "tooLong" })
const optional = (max: number) => z.string().trim().max(max, { message: "tooLong" })

const variantSchema = z.object({
  id: z.string(),
  value: required(60),
  value_en: optional(60),
  price: z
    .string()
    .transform((value) => parseRupiah(value))
    .refine((value) => value !== null, { message: "price" })
    .refine((value) => value === null || (value >= PRICE_MIN && value <= PRICE_MAX), { message: "priceRange" }),
  // The backend's SKU rule: 3–64 capitals, digits or hyphens (typed in any case).
  sku: z
    .string()
    .trim()
    .toUpperCase()
    .min(1, { message: "required" })
    .refine((value) => value === "" || /^[A-Z0-9][A-Z0-9-]{2,63}$/.test(value), { message: "sku" }),
  weight: z
    .string()
    .trim()
    .min(1, { message: "required" })
    .refine((value) => value === "" || (/^\d{1,5}$/.test(value) && Number(value) > 0 && Number(value) <= WEIGHT_MAX), { message: "weight" }),
})

const foodSchema = z.object({
  // P-IRT numbers have at least 15 digits; people write them with spaces or dashes.
  pirt_number: z
    .string()
    .transform((value) => value.replace(/[\s.-]/g, ""))
    .refine((value) => value === "" || /^\d{15,20}$/.test(value), { message: "pirt" }),
  halal_status: z.enum(HALAL_STATUSES, { message: "required" }),
  halal_certificate_number: optional(60),
  shelf_life_days: z
    .string()
    .trim()
    .refine((value) => /^\d{1,4}$/.test(value) && Number(value) > 0 && Number(value) <= 3650, { message: "shelfLife" }),
  ingredients: required(1000),
  allergens: optional(500),
  ingredients_en: optional(1000),
  allergens_en: optional(500),
})

const productSchema = z.object({
  title: required(120).refine((value) => value.length >= 3, { message: "tooShort" }),
  title_en: optional(120).refine((value) => value === "" || value.length >= 3, { message: "tooShort" }),
  subtitle: optional(160),
  subtitle_en: optional(160),
  description: required(4000),
  description_en: optional(4000),
  category_id: required(100),
  option_title: required(40),
  option_title_en: optional(40),
  variants: z.array(variantSchema).min(1, { message: "variantsRequired" }),
  is_food: z.boolean(),
  food: foodSchema.optional(),
})

export type FoodLabelBody = {
  pirt_number: string | null
  halal_status: (typeof HALAL_STATUSES)[number]
  halal_certificate_number: string | null
  shelf_life_days: number
  ingredients: string
  allergens: string | null
}

/** English label texts; null drops one (the shop shows the Indonesian text instead). */
export type FoodLabelEnglish = { ingredients: string | null; allergens: string | null }

/** The product form, checked: what both the create and the edit bodies are made from. */
export type ProductInput = {
  title: string
  /** English texts: null when left empty (the English shop shows the Indonesian one). */
  title_en: string | null
  subtitle: string | null
  subtitle_en: string | null
  description: string
  description_en: string | null
  category_id: string
  option: { title: string; title_en: string | null; values: string[] }
  variants: { id: string | null; value: string; value_en: string | null; sku: string; weight: number; price: number }[]
  food_label: FoodLabelBody | null
  food_label_en: FoodLabelEnglish | null
}

const VARIANT_FIELDS = ["id", "value", "value_en", "price", "sku", "weight"] as const

/**
 * Variant rows the coordinator filled in; a row left entirely empty is a spare,
 * not a variant, and a row ticked "remove" leaves the product (the backend
 * archives it instead when it has batches or sales).
 */
function variantRows(form: FormData) {
  return rowIndexes(form, "variants")
    .filter((index) => form.get(`variants.${index}.remove`) !== "on")
    .map((index) => ({ index, row: Object.fromEntries(VARIANT_FIELDS.map((f) => [f, text(form, `variants.${index}.${f}`)])) }))
    .filter(({ row }) => VARIANT_FIELDS.some((f) => f !== "id" && (row[f] ?? "").trim() !== ""))
}

/**
 * The product form, checked field by field. One option
 * (for food: "Berat bersih", its values the net weights) with a variant per
 * value, each with its own IDR price, SKU and weight in grams.
 */
export function parseProductForm(form: FormData): Parsed<ProductInput> {
  const rows = variantRows(form)
  const isFood = form.get("is_food") === "on"
  const raw = {
    title: text(form, "title"),
    title_en: text(form, "title_en"),
    subtitle: text(form, "subtitle"),
    subtitle_en: text(form, "subtitle_en"),
    description: text(form, "description"),
    description_en: text(form, "description_en"),
    category_id: text(form, "category_id"),
    option_title: text(form, "option_title"),
    option_title_en: text(form, "option_title_en"),
    variants: rows.map((r) => r.row),
    is_food: isFood,
    food: isFood
      ? Object.fromEntries(["pirt_number", "halal_status", "halal_certificate_number", "shelf_life_days", "ingredients", "allergens", "ingredients_en", "allergens_en"].map((f) => [f, text(form, f)]))
      : undefined,
  }
  const result = productSchema.safeParse(raw)
  const errors: Record<string, string> = {}
  // Row errors name the row as the form does (variants.<its index>.price), not its
  // position among the filled rows; food facts sit at the form's top level.
  for (const [key, message] of Object.entries(result.success ? {} : issuesToErrors(result.error.issues))) {
    const row = key.match(/^variants\.(\d+)\.(.+)$/)
    const name = row ? `variants.${rows[Number(row[1])]?.index ?? row[1]}.${row[2]}` : key.replace(/^food\./, "")
    errors[name] ??= message
  }
  if (errors.variants) errors["variants.0.value"] ??= errors.variants
  if (result.success) {
    const values = new Set<string>()
    const skus = new Set<string>()
    result.data.variants.forEach((v, i) => {
      const row = rows[i]?.index ?? i
      if (values.has(v.value.toLowerCase())) errors[`variants.${row}.value`] = "duplicateValue"
      if (skus.has(v.sku)) errors[`variants.${row}.sku`] = "duplicateSku"
      values.add(v.value.toLowerCase())
      skus.add(v.sku)
    })
    const food = result.data.food
    if (food?.halal_status === "certified" && !food.halal_certificate_number) errors.halal_certificate_number = "halalCertificate"
  }
  if (!result.success || Object.keys(errors).length) return { ok: false, errors, values: formValues(form) }

  const data = result.data
  const food = data.food
  return {
    ok: true,
    data: {
      title: data.title,
      title_en: data.title_en || null,
      subtitle: data.subtitle || null,
      subtitle_en: data.subtitle_en || null,
      description: data.description,
      description_en: data.description_en || null,
      category_id: data.category_id,
      option: { title: data.option_title, title_en: data.option_title_en || null, values: data.variants.map((v) => v.value) },
      variants: data.variants.map((v) => ({ id: v.id || null, value: v.value, value_en: v.value_en || null, sku: v.sku, weight: Number(v.weight), price: v.price as number })),
      food_label: food
        ? {
            pirt_number: food.pirt_number || null,
            halal_status: food.halal_status,
            halal_certificate_number: food.halal_certificate_number || null,
            shelf_life_days: Number(food.shelf_life_days),
            ingredients: food.ingredients,
            allergens: food.allergens || null,
          }
        : null,
      food_label_en: food ? { ingredients: food.ingredients_en || null, allergens: food.allergens_en || null } : null,
    },
  }
}

/** Drops empty texts on create; on edit an empty one is sent as null, which drops the old English. */
const given = <T extends Record<string, string | null>>(texts: T, editing: boolean) =>
  Object.fromEntries(Object.entries(texts).filter(([, v]) => editing || v)) as Partial<T>

/**
 * English option name and values, keyed by the Indonesian ones as the backend
 * expects ({ "Berat bersih": { title: "Net weight", values: { "250 g": "250 g" } } }).
 */
function optionsEnglish(input: ProductInput, editing: boolean) {
  const values = given(Object.fromEntries(input.variants.map((v) => [v.value, v.value_en])), editing)
  const option = { ...given({ title: input.option.title_en }, editing), ...(Object.keys(values).length ? { values } : {}) }
  return Object.keys(option).length ? { options: { [input.option.title]: option } } : {}
}

/**
 * English texts: title, subtitle, option name and values, the description when
 * given, the label's English texts (on edit, an empty one drops the old).
 */
function english(input: ProductInput, editing: boolean) {
  const en = {
    ...given({ title: input.title_en, subtitle: input.subtitle_en }, editing),
    ...optionsEnglish(input, editing),
    ...(input.description_en ? { description: input.description_en } : {}),
    ...(input.food_label_en && (editing || input.food_label_en.ingredients || input.food_label_en.allergens)
      ? { food_label: editing ? input.food_label_en : Object.fromEntries(Object.entries(input.food_label_en).filter(([, v]) => v)) }
      : {}),
  }
  return Object.keys(en).length ? { en } : {}
}
const foodLabel = (input: ProductInput) => (input.food_label ? { food_label: input.food_label } : {})

/** POST /coordinator/products: a draft with one option and a variant per value. */
/**
 * The product's photos in order. A photo uploaded now carries its card-sized
 * rendition as the upload answered it: the backend keeps it with the photo
 * (the gallery's small buttons) and makes the first one the product's
 * thumbnail; a photo kept through an edit keeps the one it had.
 */
export type ProductImages = { url: string; thumbnail_url?: string }[]

export function createProductBody(cohortId: string, input: ProductInput, images: ProductImages) {
  return {
    cohort_id: cohortId,
    title: input.title,
    ...(input.subtitle ? { subtitle: input.subtitle } : {}),
    description: input.description,
    ...english(input, false),
    category_id: input.category_id,
    options: [{ title: input.option.title, values: input.option.values }],
    variants: input.variants.map((v) => ({ title: v.value, sku: v.sku, weight: v.weight, price: v.price, options: { [input.option.title]: v.value } })),
    ...(images.length ? { images } : {}),
    ...foodLabel(input),
  }
}

/**
 * POST /coordinator/products/:id: texts, category, photos, label, and the whole
 * variant list: values may change, new rows are new variants, rows left out are
 * deleted or archived by the backend. The option's title stays as it was.
 */
export function updateProductBody(input: ProductInput, images: ProductImages) {
  return {
    title: input.title,
    subtitle: input.subtitle,
    description: input.description,
    ...english(input, true),
    category_id: input.category_id,
    images,
    ...foodLabel(input),
    options: [{ title: input.option.title, values: input.option.values }],
    variants: input.variants.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      title: v.value,
      sku: v.sku,
      weight: v.weight,
      price: v.price,
      options: { [input.option.title]: v.value },
    })),
  }
}
