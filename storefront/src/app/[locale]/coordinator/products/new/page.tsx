import type { Metadata } from "next"
import { getLocale, getTranslations } from "next-intl/server"
import type { AppLocale } from "@/i18n/routing"
import { productCategoryOptions } from "@/lib/data/coordinator/categories"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { ProductForm } from "@/modules/coordinator/components/product-form"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/products/new", (await getTranslations("CoordinatorProducts"))("newTitle"))
}

export default async function NewProductPage() {
  const { cohort } = await requireCohort("/coordinator/products/new")
  const [t, locale] = await Promise.all([getTranslations("CoordinatorProducts"), getLocale()])
  const categories = await productCategoryOptions(locale as AppLocale)
  return (
    <PortalTemplate title={t("newTitle")} intro={t("newIntro", { cohort: cohort.name })}>
      <ClientMessages sections={["CoordinatorForm"]}>
        <ProductForm cohortId={cohort.id} categories={categories} />
      </ClientMessages>
    </PortalTemplate>
  )
}
