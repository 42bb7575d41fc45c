import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Batch } from "@/lib/types/coordinator"
import { ExpiryBadge } from "./expiry-badge"
import { PortalTable } from "./portal-table"

/** Batches with what remains of each; a table on wide screens that scrolls sideways on phones. */
export function BatchList({ batches, today }: { batches: Batch[]; today: string }) {
  const t = useTranslations("CoordinatorBatches")
  const format = useFormatter()
  const date = (value: string | null) => (value ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—")
  if (!batches.length) return <p className="text-muted">{t("empty")}</p>
  const columns = [
    { header: t("code") },
    { header: t("product") },
    { header: t("remaining"), align: "right" as const },
    { header: t("produced") },
    { header: t("expires") },
  ]
  return (
    <PortalTable caption={t("caption")} columns={columns}>
      {batches.map((b) => (
        <tr key={b.id} className="border-t border-line">
          <th scope="row" className="p-2 font-mono">
            <Link href={{ pathname: "/coordinator/batches/[id]", params: { id: b.id } }} className="text-maroon underline underline-offset-4">
              {b.batchCode}
            </Link>
          </th>
          <td className="p-2">
            {b.productTitle}
            {b.variantTitle ? <span className="text-muted"> · {b.variantTitle}</span> : null}
          </td>
          <td className="p-2 text-right">{t("remainingOf", { remaining: b.remaining, quantity: b.quantity })}</td>
          <td className="p-2">{date(b.productionDate)}</td>
          <td className="p-2">
            <span className="mr-2">{date(b.expiryDate)}</span>
            {b.remaining > 0 ? <ExpiryBadge expiryDate={b.expiryDate} today={today} /> : null}
          </td>
        </tr>
      ))}
    </PortalTable>
  )
}
