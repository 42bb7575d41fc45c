import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { Batch } from "@/lib/types/coordinator"
import { ExpiryBadge } from "./expiry-badge"

/** Batches with what remains of each; a table on wide screens that scrolls sideways on phones. */
export function BatchList({ batches, today }: { batches: Batch[]; today: string }) {
  const t = useTranslations("CoordinatorBatches")
  const format = useFormatter()
  const date = (value: string | null) => (value ? format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "—")
  if (!batches.length) return <p className="text-muted">{t("empty")}</p>
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-sand">
          <tr>
            <th scope="col" className="p-2">{t("code")}</th>
            <th scope="col" className="p-2">{t("product")}</th>
            <th scope="col" className="p-2 text-right">{t("remaining")}</th>
            <th scope="col" className="p-2">{t("produced")}</th>
            <th scope="col" className="p-2">{t("expires")}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  )
}
