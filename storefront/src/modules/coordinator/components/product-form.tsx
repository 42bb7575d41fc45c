"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { saveProduct } from "@/lib/data/coordinator/product-actions"
import type { FormState } from "@/lib/data/form-state"
import type { CoordinatorProduct } from "@/lib/types/coordinator"
import { HALAL_STATUSES } from "@/lib/validation/coordinator/product"
import { IMAGE_TYPES } from "@/lib/validation/coordinator/images"
import { useFocusFirstError } from "@/modules/account/components/use-focus-first-error"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { Field, Select, TextArea } from "@/modules/portal/components/field"
import { FormMessage } from "@/modules/portal/components/form-message"

export type CategoryOption = { id: string; name: string }

type Props = { cohortId: string; categories: CategoryOption[]; product?: CoordinatorProduct }

const legend = "mb-3 font-serif text-xl font-semibold"
const fieldset = "flex flex-col gap-4 rounded-lg border border-line bg-white p-4"

/**
 * Create or edit a product. Variant rows: the product's own plus spares left
 * empty (an empty row is ignored), so it works without JavaScript too.
 */
export function ProductForm({ cohortId, categories, product }: Props) {
  const t = useTranslations("CoordinatorForm")
  const [state, action] = useActionState(saveProduct, {} as FormState)
  const formRef = useFocusFirstError(state)
  const v = state.values
  // After a refusal the form is rebuilt from what was typed (see FormState.attempt).
  const value = (name: string, fallback: string | number | null | undefined) => (v ? (v[name] ?? "") : fallback == null ? "" : String(fallback))
  const e = state.errors ?? {}
  // The product's variants on sale, then spare rows for new ones; the option's name stays once the product exists.
  const live = product?.variants.filter((variant) => !variant.archived) ?? []
  const archived = product?.variants.filter((variant) => variant.archived) ?? []
  const rows = product ? live.length + 2 : 3
  const food = product?.foodLabel
  const isFood = v ? v.is_food === "on" : Boolean(food)
  return (
    <form key={state.attempt ?? 0} ref={formRef} action={action} className="flex flex-col gap-6" noValidate>
      <input type="hidden" name="cohort_id" value={cohortId} />
      {product ? <input type="hidden" name="product_id" value={product.id} /> : null}
      <FormMessage state={state} />

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.basics")}</legend>
        <Field name="title" label={t("fields.title")} defaultValue={value("title", product?.title)} error={e.title} />
        <Field name="title_en" label={t("fields.title_en")} hint={t("hints.english")} optional lang="en" defaultValue={value("title_en", product?.titleEn)} error={e.title_en} />
        <Field name="subtitle" label={t("fields.subtitle")} hint={t("hints.subtitle")} optional defaultValue={value("subtitle", product?.subtitle)} error={e.subtitle} />
        <Field name="subtitle_en" label={t("fields.subtitle_en")} optional lang="en" defaultValue={value("subtitle_en", product?.subtitleEn)} error={e.subtitle_en} />
        <TextArea name="description" label={t("fields.description")} defaultValue={value("description", product?.description)} error={e.description} />
        <TextArea
          name="description_en"
          label={t("fields.description_en")}
          hint={t("hints.description_en")}
          optional
          lang="en"
          defaultValue={value("description_en", product?.descriptionEn)}
          error={e.description_en}
        />
        <Select name="category_id" label={t("fields.category")} defaultValue={value("category_id", product?.categoryId)} error={e.category_id}>
          <option value="">{t("choose")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.variants")}</legend>
        <Field
          name="option_title"
          label={t("fields.option_title")}
          hint={t("hints.option_title")}
          defaultValue={value("option_title", product?.optionTitle || null)}
          readOnly={Boolean(product)}
          error={e.option_title}
        />
        <Field
          name="option_title_en"
          label={t("fields.option_title_en")}
          hint={t("hints.option_title_en")}
          optional
          lang="en"
          defaultValue={value("option_title_en", product?.optionTitleEn)}
          error={e.option_title_en}
        />
        <ol className="flex flex-col gap-4">
          {Array.from({ length: rows }, (_, i) => {
            const variant = live[i]
            const name = (field: string) => `variants.${i}.${field}`
            return (
              <li key={i} className="rounded-md border border-line p-3">
                <p className="mb-2 text-sm font-semibold">{t("variantRow", { number: i + 1 })}</p>
                <input type="hidden" name={name("id")} value={variant?.id ?? ""} />
                <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
                  <Field name={name("value")} label={t("fields.variantValue")} defaultValue={value(name("value"), variant?.value)} error={e[name("value")]} optional={i > 0} />
                  <Field name={name("value_en")} label={t("fields.variantValue_en")} optional lang="en" defaultValue={value(name("value_en"), variant?.valueEn)} error={e[name("value_en")]} />
                  <Field name={name("price")} label={t("fields.price")} inputMode="numeric" defaultValue={value(name("price"), variant?.price)} error={e[name("price")]} optional={i > 0} />
                  <Field name={name("sku")} label={t("fields.sku")} optional={i > 0} autoCapitalize="characters" defaultValue={value(name("sku"), variant?.sku)} error={e[name("sku")]} />
                  <Field name={name("weight")} label={t("fields.weight")} optional={i > 0} inputMode="numeric" defaultValue={value(name("weight"), variant?.weight)} error={e[name("weight")]} />
                </div>
                {variant ? (
                  <label className="mt-2 flex items-center gap-2 text-sm">
                    <input type="checkbox" name={name("remove")} className="h-4 w-4" />
                    {t("fields.removeVariant")}
                  </label>
                ) : null}
              </li>
            )
          })}
        </ol>
        <p className="text-sm text-muted">{t(product ? "hints.variantsEdit" : "hints.variants")}</p>
        {archived.length ? (
          <div className="text-sm">
            <p className="font-semibold">{t("archivedVariants")}</p>
            <ul className="list-disc pl-5">
              {archived.map((variant) => (
                <li key={variant.id}>
                  {variant.value}
                  {variant.sku ? ` (${variant.sku})` : ""}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.photos")}</legend>
        {product?.images.length ? (
          <ul className="flex flex-wrap gap-3">
            {product.images.map(({ url, thumbnail }, i) => (
              <li key={url}>
                <label className="flex flex-col items-center gap-1 text-sm">
                  {/* The photo's 480 px card, not the photo: kept photos go back by their full URL (the backend keeps their cards). */}
                  {/* eslint-disable-next-line @next/next/no-img-element -- the backend's file URLs, any host */}
                  <img src={thumbnail} alt={t("photoAlt", { number: i + 1 })} className="h-20 w-20 rounded object-cover" />
                  <span>
                    <input type="checkbox" name="keep_images" value={url} defaultChecked className="mr-1" />
                    {t("keepPhoto")}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        ) : null}
        <Field name="images" type="file" multiple accept={IMAGE_TYPES.join(",")} label={t("fields.images")} hint={t("hints.images")} optional error={e.images} />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t("sections.food")}</legend>
        <label className="flex items-center gap-2 font-semibold">
          <input type="checkbox" name="is_food" defaultChecked={isFood} className="h-5 w-5" />
          {t("fields.is_food")}
        </label>
        <p className="text-sm text-muted">{t("hints.food")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="pirt_number" label={t("fields.pirt_number")} optional inputMode="numeric" defaultValue={value("pirt_number", food?.pirtNumber)} error={e.pirt_number} />
          <Select name="halal_status" label={t("fields.halal_status")} defaultValue={value("halal_status", food?.halalStatus ?? "not_certified")} error={e.halal_status}>
            {HALAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`halal.${s}`)}
              </option>
            ))}
          </Select>
          <Field
            name="halal_certificate_number"
            label={t("fields.halal_certificate_number")}
            optional
            defaultValue={value("halal_certificate_number", food?.halalCertificateNumber)}
            error={e.halal_certificate_number}
          />
          <Field
            name="shelf_life_days"
            label={t("fields.shelf_life_days")}
            inputMode="numeric"
            optional
            defaultValue={value("shelf_life_days", food?.shelfLifeDays)}
            error={e.shelf_life_days}
          />
        </div>
        <TextArea name="ingredients" label={t("fields.ingredients")} optional rows={2} defaultValue={value("ingredients", food?.ingredients)} error={e.ingredients} />
        <TextArea name="allergens" label={t("fields.allergens")} optional rows={2} defaultValue={value("allergens", food?.allergens)} error={e.allergens} />
        <TextArea name="ingredients_en" label={t("fields.ingredients_en")} hint={t("hints.food_en")} optional lang="en" rows={2} defaultValue={value("ingredients_en", food?.ingredientsEn)} error={e.ingredients_en} />
        <TextArea name="allergens_en" label={t("fields.allergens_en")} optional lang="en" rows={2} defaultValue={value("allergens_en", food?.allergensEn)} error={e.allergens_en} />
      </fieldset>

      <SubmitButton pendingLabel={t("actions.saving")}>{product ? t("actions.save") : t("actions.createDraft")}</SubmitButton>
    </form>
  )
}
