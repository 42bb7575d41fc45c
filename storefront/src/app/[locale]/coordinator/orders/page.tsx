import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { listCohortOrders } from "@/lib/data/coordinator/orders"
import { requireCohort } from "@/lib/data/coordinator/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { OrderCard } from "@/modules/coordinator/components/order-card"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ packed?: string; shipped?: string; refused?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/coordinator/orders", (await getTranslations("CoordinatorOrders"))("title"))
}

export default async function CohortOrdersPage({ searchParams }: Props) {
  const { cohort } = await requireCohort("/coordinator/orders")
  const [query, t, orders] = await Promise.all([searchParams, getTranslations("CoordinatorOrders"), listCohortOrders(cohort.id)])
  const open = orders.filter((o) => o.lines.some((l) => l.shipped < l.quantity))
  const done = orders.filter((o) => !open.includes(o))
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
        <section aria-labelledby="open-orders">
          <h2 id="open-orders" className="mb-3 text-xl font-semibold">
            {t("open", { count: open.length })}
          </h2>
          {open.length ? (
            <div className="grid gap-4">
              {open.map((order) => (
                <OrderCard key={order.id} order={order} cohortId={cohort.id} />
              ))}
            </div>
          ) : (
            <p className="text-muted">{t("noneOpen")}</p>
          )}
        </section>
        {done.length ? (
          <section aria-labelledby="done-orders" className="mt-10">
            <h2 id="done-orders" className="mb-3 text-xl font-semibold">
              {t("done", { count: done.length })}
            </h2>
            <div className="grid gap-4">
              {done.map((order) => (
                <OrderCard key={order.id} order={order} cohortId={cohort.id} />
              ))}
            </div>
          </section>
        ) : null}
      </ClientMessages>
    </PortalTemplate>
  )
}
