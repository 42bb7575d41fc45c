import { useTranslations } from "next-intl"
import type { RecallRecipient } from "@/lib/types/coordinator"

/** Everyone who received units of a batch, with how to reach them. */
export function RecallTable({ recipients }: { recipients: RecallRecipient[] }) {
  const t = useTranslations("CoordinatorBatches")
  if (!recipients.length) return <p className="text-muted">{t("recallEmpty")}</p>
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{t("recall")}</caption>
        <thead className="bg-sand">
          <tr>
            <th scope="col" className="p-2">{t("order")}</th>
            <th scope="col" className="p-2 text-right">{t("quantityHeader")}</th>
            <th scope="col" className="p-2">{t("recipient")}</th>
            <th scope="col" className="p-2">{t("contact")}</th>
            <th scope="col" className="p-2">{t("address")}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((r) => (
            <tr key={r.orderId} className="border-t border-line align-top">
              <th scope="row" className="p-2 font-semibold">
                {r.displayId ? `#${r.displayId}` : r.orderId}
              </th>
              <td className="p-2 text-right">{r.quantity}</td>
              <td className="p-2">{r.name || "—"}</td>
              <td className="p-2">
                {[r.phone, r.email].filter(Boolean).map((line) => (
                  <span key={line} className="block">
                    {line}
                  </span>
                ))}
              </td>
              <td className="p-2">{r.address || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
