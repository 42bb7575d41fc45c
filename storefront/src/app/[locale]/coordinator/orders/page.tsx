import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listCohortOrders } from "@/lib/data/coordinator/orders"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { cohortOrderStage } from "@/lib/util/cohort-order-stage"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { OrderSection } from "@/modules/coordinator/components/order-section"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ packed?: string; shipped?: string; refused?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/orders", (await getTranslations("CoordinatorOrders"))("title"))
}

export default async function CohortOrdersPage({ searchParams }: Props) {
  const { cohort } = await requireCohort("/coordinator/orders")
  const [query, t, orders] = await Promise.all([searchParams, getTranslations("CoordinatorOrders"), listCohortOrders(cohort.id)])
  const open = orders.filter((o) => cohortOrderStage(o) === "open")
  const awaiting = orders.filter((o) => cohortOrderStage(o) === "awaiting_payment")
  const done = orders.filter((o) => cohortOrderStage(o) === "done")
  const notice = query.packed ? (
    <FormNotice tone="success">{t("packedNotice")}</FormNotice>
  ) : query.shipped ? (
    <FormNotice tone="success">{t("shippedNotice")}</FormNotice>
  ) : query.refused ? (
    <FormNotice tone="error">{t("refused")}</FormNotice>
  ) : null
  return (
    <PortalTemplate title={t("title")} intro={t("intro", { cohort: cohort.name })} notice={notice}>
      <ClientMessages sections={["CoordinatorForm"]}>
        <OrderSection id="open-orders" title={t("open", { count: open.length })} orders={open} cohortId={cohort.id} empty={<p className="text-muted">{t("noneOpen")}</p>} />
        {awaiting.length ? (
          <OrderSection id="awaiting-orders" className="mt-10" title={t("awaiting", { count: awaiting.length })} orders={awaiting} cohortId={cohort.id} />
        ) : null}
        {done.length ? <OrderSection id="done-orders" className="mt-10" title={t("done", { count: done.length })} orders={done} cohortId={cohort.id} /> : null}
      </ClientMessages>
    </PortalTemplate>
  )
}
