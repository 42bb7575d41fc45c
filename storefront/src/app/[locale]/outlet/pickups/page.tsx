import type { Metadata } from "next"
import { getFormatter, getTranslations } from "next-intl/server"
import { listOutletPickups } from "@/lib/data/outlet/pickups"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { formatRupiah } from "@/lib/util/money"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { CollectPickupButton } from "@/modules/outlet/components/collect-pickup-button"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"

type Props = { searchParams: Promise<{ collected?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet/pickups", (await getTranslations("OutletPickups"))("title"))
}

/** Shop orders collected at this outlet: who comes, what to hand over, the cash to take. Cards, so it works on a phone. */
export default async function OutletPickupsPage({ searchParams }: Props) {
  await requireOutlet("/outlet/pickups")
  const [{ collected }, t, format, pickups] = await Promise.all([searchParams, getTranslations("OutletPickups"), getFormatter(), listOutletPickups()])
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
        </ClientMessages>
      ) : (
        <p>{t("empty")}</p>
      )}
    </PortalTemplate>
  )
}
