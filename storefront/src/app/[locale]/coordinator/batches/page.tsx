import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listBatches } from "@/lib/data/coordinator/batches"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { BatchList } from "@/modules/coordinator/components/batch-list"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/batches", (await getTranslations("CoordinatorBatches"))("title"))
}

export default async function BatchesPage() {
  const { cohort } = await requireCohort("/coordinator/batches")
  const [t, batches] = await Promise.all([getTranslations("CoordinatorBatches"), listBatches(cohort.id)])
  // Newest production first; the expiry badge points at what must sell soon.
  const sorted = [...batches].sort((a, b) => b.productionDate.localeCompare(a.productionDate))
  return (
    <PortalTemplate
      title={t("title")}
      intro={t("intro", { cohort: cohort.name })}
      actions={
        <Link href="/coordinator/batches/new" className="inline-block rounded-md bg-maroon px-4 py-2 text-center font-semibold text-white hover:bg-maroon-dark">
          {t("new")}
        </Link>
      }
    >
      <BatchList batches={sorted} today={jakartaToday()} />
    </PortalTemplate>
  )
}
