import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { listOutletPickups, PICKUPS_PAGE_SIZE } from "@/lib/data/outlet/pickups"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { parsePage } from "@/lib/util/catalog-params"
import { keepOnListPage } from "@/lib/util/portal-list-page"
import { formatRupiah } from "@/lib/util/money"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { Pagination } from "@/modules/common/components/pagination"
import { CollectPickupButton } from "@/modules/outlet/components/collect-pickup-button"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ collected?: string; page?: string | string[] }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/pickups", (await getTranslations("OutletPickups"))("title"))
}

const hrefFor = (n: number) => ({ pathname: "/outlet/pickups" as const, query: n > 1 ? { page: String(n) } : {} })

/** Shop orders collected at this outlet, a page at a time, newest first: who comes, what to hand over, the cash to take. Cards, so it works on a phone. */
export default async function OutletPickupsPage({ searchParams }: Props) {
  const [, query] = await Promise.all([requireOutlet("/outlet/pickups"), searchParams])
  const page = parsePage(query.page)
  const [t, format, { pickups, count }] = await Promise.all([getTranslations("OutletPickups"), getFormatter(), listOutletPickups(page)])
  const totalPages = await keepOnListPage(query.page, count, PICKUPS_PAGE_SIZE, hrefFor)
  const { collected } = query
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: "Asia/Jakarta" })
  return (
    <PortalTemplate
      title={t("title")}
      intro={<p>{t("intro")}</p>}
      notice={collected ? <FormNotice tone="success">{t("collectedNotice", { number: collected })}</FormNotice> : null}
    >
      {pickups.length ? (
        <ClientMessages sections={["OutletPickups"]}>
          <ul className="space-y-4">
            {pickups.map((p) => (
              <li key={p.id} className="space-y-2 rounded-lg border border-line bg-white p-4" data-testid="pickup">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="text-lg font-semibold">#{p.display_id}</h2>
                  <p className="font-semibold text-maroon">{t(p.state)}</p>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-muted">{t("placed")}</dt>
                  <dd>{day(p.created_at)}</dd>
                  <dt className="text-muted">{t("customer")}</dt>
                  <dd>
                    {p.customer_name}
                    {p.phone ? ` · ${p.phone}` : ""}
                  </dd>
                  <dt className="text-muted">{t("items")}</dt>
                  <dd>
                    <ul>
                      {p.items.map((i) => (
                        <li key={i.id}>
                          {i.quantity} × {i.title}
                          {i.variant_title ? ` (${i.variant_title})` : ""}
                        </li>
                      ))}
                    </ul>
                  </dd>
                  <dt className="text-muted">{t("toCollect")}</dt>
                  <dd className="font-semibold tabular-nums">{p.pay_at_outlet ? formatRupiah(p.amount_to_collect) : t("prepaid")}</dd>
                  {p.collect_by ? (
                    <>
                      <dt className="text-muted">{t("collectBy")}</dt>
                      <dd>{day(p.collect_by)}</dd>
                    </>
                  ) : null}
                </dl>
                {p.collected_at ? <p className="text-sm">{t("collectedOn", { date: day(p.collected_at) })}</p> : null}
                {p.cash_taken ? <p className="text-sm">{t("cashTaken", { amount: formatRupiah(p.cash_taken.amount) })}</p> : null}
                {p.state === "ready" ? (
                  <CollectPickupButton
                    orderId={p.id}
                    displayId={p.display_id}
                    label={p.pay_at_outlet ? t("collectCash", { amount: formatRupiah(p.amount_to_collect) }) : t("collect")}
                  />
                ) : null}
              </li>
            ))}
          </ul>
          <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
        </ClientMessages>
      ) : (
        <p>{t("empty")}</p>
      )}
    </PortalTemplate>
  )
}
