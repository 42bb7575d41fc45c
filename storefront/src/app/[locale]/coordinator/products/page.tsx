import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listCohortProducts } from "@/lib/data/coordinator/products"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { ProductList } from "@/modules/coordinator/components/product-list"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/products", (await getTranslations("CoordinatorProducts"))("title"))
}

export default async function CoordinatorProductsPage() {
  const { cohort } = await requireCohort("/coordinator/products")
  const [t, products] = await Promise.all([getTranslations("CoordinatorProducts"), listCohortProducts(cohort.id)])
  return (
    <PortalTemplate
      title={t("title")}
      intro={t("intro", { cohort: cohort.name })}
      actions={
        <Link href="/coordinator/products/new" className="inline-block rounded-md bg-maroon px-4 py-2 text-center font-semibold text-white hover:bg-maroon-dark">
          {t("new")}
        </Link>
      }
    >
      <ProductList products={products} />
    </PortalTemplate>
  )
}
