import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getOutletDeliveryFees, getOutletOrder, listOutletCatalog } from "@/lib/data/outlet/orders"
import { requireOutlet } from "@/lib/data/outlet/session"
import { privatePageMetadata } from "@/lib/private-metadata"
import { formatRupiah } from "@/lib/util/money"
import { FormNotice } from "@/modules/account/components/form-notice"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { PortalTemplate } from "@/modules/portal/templates/portal-template"
import { QuickOrderForm } from "@/modules/outlet/components/quick-order-form"
import { reorderCartons } from "@/modules/outlet/reorder"

type Props = { searchParams: Promise<{ welcome?: string; reorder?: string }> }

export async function generateMetadata(): Promise<Metadata> {
  return privatePageMetadata("/outlet", (await getTranslations("OutletOrder"))("title"))
}

/** The outlet's order page: its wholesale catalog as a quick-order grid, prefilled from a past order for a reorder. */
export default async function OutletOrderPage({ searchParams }: Props) {
  const { outlet, buyer } = await requireOutlet("/outlet")
  const [{ welcome, reorder }, t, rows, deliveryFees] = await Promise.all([
    searchParams,
    getTranslations("OutletOrder"),
    listOutletCatalog(),
    getOutletDeliveryFees(),
  ])
  const past = reorder ? await getOutletOrder(reorder) : null
  const notice = welcome ? (
    <FormNotice tone="success">{t("welcome")}</FormNotice>
  ) : past ? (
    <FormNotice tone="success">{t("reorderFrom", { number: past.displayId })}</FormNotice>
  ) : null
  return (
    <PortalTemplate
      title={t("title")}
      intro={
        <>
          <p className="text-lg font-semibold text-ink">{t("greeting", { name: buyer.name })}</p>
          <p>{t("intro", { outlet: outlet.name, minimum: formatRupiah(outlet.minimumOrderValue), days: outlet.paymentTermsDays })}</p>
        </>
      }
      notice={notice}
    >
      {rows.length ? (
        <ClientMessages sections={["OutletOrder"]}>
          <QuickOrderForm
            rows={rows}
            minimumOrderValue={outlet.minimumOrderValue}
            termsDays={outlet.paymentTermsDays}
            deliveryFees={deliveryFees}
            prefill={past ? reorderCartons(past, rows) : {}}
          />
        </ClientMessages>
      ) : (
        <p>{t("empty")}</p>
      )}
    </PortalTemplate>
  )
}
