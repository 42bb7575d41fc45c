import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { BATCHES_PAGE_SIZE, listBatches } from "@/lib/data/coordinator/batches"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { parsePage } from "@/lib/util/catalog-params"
import { keepOnListPage } from "@/lib/util/portal-list-page"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { Pagination } from "@/modules/common/components/pagination"
import { BatchList } from "@/modules/coordinator/components/batch-list"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ page?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/batches", (await getTranslations("CoordinatorBatches"))("title"))
}

const hrefFor = (n: number) => ({ pathname: "/coordinator/batches" as const, query: n > 1 ? { page: String(n) } : {} })

/** The cohort's batches a page at a time, the latest made first (what was just recorded at the top); the expiry badge points at what must sell soon. */
export default async function BatchesPage({ searchParams }: Props) {
  const [{ cohort }, query] = await Promise.all([requireCohort("/coordinator/batches"), searchParams])
  const page = parsePage(query.page)
  const [t, { batches, count }] = await Promise.all([getTranslations("CoordinatorBatches"), listBatches(cohort.id, page)])
  const totalPages = await keepOnListPage(query.page, count, BATCHES_PAGE_SIZE, hrefFor)
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
      <BatchList batches={batches} today={jakartaToday()} />
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </PortalTemplate>
  )
}
