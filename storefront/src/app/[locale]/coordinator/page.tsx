import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { listBatchesExpiringSoon } from "@/lib/data/coordinator/batches"
import { listCohortOrders } from "@/lib/data/coordinator/orders"
import { listCohortProducts } from "@/lib/data/coordinator/products"
import { activeCohort, requireCoordinator } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { cohortOrderStage } from "@/lib/util/cohort-order-stage"
import { jakartaToday } from "@/lib/util/jakarta-time"
import { FormNotice } from "@/modules/account/components/form-notice"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"
import { LinkCards } from "@/modules/common/components/link-cards"

type Props = { searchParams: Promise<{ welcome?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator", (await getTranslations("CoordinatorDashboard"))("title"))
}

// One section's summary must not take the dashboard down with it: a failed
// read (even a 404 page) shows no count; only a redirect to login goes through.
async function settle<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    const digest = error && typeof error === "object" && "digest" in error ? String(error.digest) : ""
    if (digest.startsWith("NEXT_REDIRECT")) throw error
    return null
  }
}

export default async function CoordinatorDashboard({ searchParams }: Props) {
  const coordinator = await requireCoordinator("/coordinator")
  const [{ welcome }, t, cohort] = await Promise.all([searchParams, getTranslations("CoordinatorDashboard"), activeCohort(coordinator)])
  if (!cohort) {
    return (
      <PortalTemplate title={t("title")}>
        <FormNotice tone="error">{t("noCohort")}</FormNotice>
      </PortalTemplate>
    )
  }
  const [products, expiring, orders] = await Promise.all([
    settle(listCohortProducts(cohort.id)),
    settle(listBatchesExpiringSoon(cohort.id, jakartaToday())),
    settle(listCohortOrders(cohort.id)),
  ])
  const count = (n: number | undefined) => (n === undefined ? "—" : String(n))
  const cards = [
    { href: "/coordinator/products", title: t("products"), body: t("productsCard", { drafts: count(products?.filter((p) => p.listing.state === "draft").length), rejected: count(products?.filter((p) => p.listing.state === "rejected").length) }) },
    { href: "/coordinator/batches", title: t("batches"), body: t("batchesCard", { expiring: count(expiring?.length) }) },
    { href: "/coordinator/participants", title: t("participants"), body: t("participantsCard") },
    { href: "/coordinator/orders", title: t("orders"), body: t("ordersCard", { open: count(orders?.filter((o) => cohortOrderStage(o) === "open").length) }) },
  ] as const
  return (
    <PortalTemplate
      title={t("title")}
      intro={
        <>
          <p className="text-lg font-semibold text-ink">{t("greeting", { name: coordinator.name })}</p>
          <p>{t("intro", { cohort: cohort.name })}</p>
        </>
      }
      notice={welcome ? <FormNotice tone="success">{t("welcome")}</FormNotice> : null}
    >
      <LinkCards cards={cards} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" />
    </PortalTemplate>
  )
}
