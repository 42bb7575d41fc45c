import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { productCategoryOptions } from "@/lib/data/coordinator/categories"
import { archiveProduct, submitProduct } from "@/lib/data/coordinator/product-actions"
import { getCohortProduct } from "@/lib/data/coordinator/products"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ListingBadge } from "@/modules/coordinator/components/listing-badge"
import { ProductForm } from "@/modules/coordinator/components/product-form"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; done?: string; refused?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/coordinator/products/[id]", params: { id } }, (await getTranslations("CoordinatorProducts"))("editTitle"))
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const { cohort } = await requireCohort({ pathname: "/coordinator/products/[id]", params: { id } })
  const [t, locale, product] = await Promise.all([getTranslations("CoordinatorProducts"), getLocale(), getCohortProduct(id)])
  const categories = await productCategoryOptions(locale as AppLocale)
  const { state, reason } = product.listing
  const canSubmit = state === "draft" || state === "rejected"
  const notice = query.saved
    ? <FormNotice tone="success">{t("saved")}</FormNotice>
    : query.done === "submit" || query.done === "archive"
      ? <FormNotice tone="success">{t(`done.${query.done}`)}</FormNotice>
      : query.refused
        ? <FormNotice tone="error">{t("refused")}</FormNotice>
        : null
  return (
    <PortalTemplate title={product.title} notice={notice}>
      <section aria-labelledby="listing-heading" className="mb-6 flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
        <h2 id="listing-heading" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          {t("listing")} <ListingBadge state={state} />
        </h2>
        <p className="text-sm text-muted">{t(`stateHelp.${state}`)}</p>
        {state === "rejected" && reason ? (
          <p className="rounded-md border-2 border-red-700 p-3 text-red-800">
            <span className="font-semibold">{t("rejectedBecause")}</span> {reason}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {canSubmit ? (
            <form action={submitProduct}>
              <input type="hidden" name="product_id" value={product.id} />
              <button type="submit" className="rounded-md bg-leaf px-4 py-2 font-semibold text-white hover:opacity-90">
                {t("submit")}
              </button>
            </form>
          ) : null}
          {state !== "archived" ? (
            <form action={archiveProduct}>
              <input type="hidden" name="product_id" value={product.id} />
              <button type="submit" className="rounded-md border-2 border-maroon px-4 py-2 font-semibold text-maroon hover:bg-maroon hover:text-white">
                {t("archive")}
              </button>
            </form>
          ) : null}
        </div>
      </section>
      {state === "archived" ? null : (
        <ClientMessages sections={["CoordinatorForm"]}>
          <ProductForm cohortId={cohort.id} categories={categories} product={product} />
        </ClientMessages>
      )}
    </PortalTemplate>
  )
}
