import { useTranslations } from "next-intl"
import type { RecallRecipient } from "@/lib/types/coordinator"
import { PortalTable } from "./portal-table"

/** Everyone who received units of a batch, with how to reach them. */
export function RecallTable({ recipients }: { recipients: RecallRecipient[] }) {
  const t = useTranslations("CoordinatorBatches")
  if (!recipients.length) return <p className="text-muted">{t("recallEmpty")}</p>
  const columns = [
    { header: t("order") },
    { header: t("quantityHeader"), align: "right" as const },
    { header: t("recipient") },
    { header: t("contact") },
    { header: t("address") },
  ]
  return (
    <PortalTable caption={t("recall")} columns={columns}>
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
    </PortalTable>
  )
}
