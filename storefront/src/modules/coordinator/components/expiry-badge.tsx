import { useTranslations } from "next-intl"
import { expiryStatus } from "@/lib/util/batch-expiry"

/** Food within 30 days of expiry, or past it, is flagged in words and colour. */
export function ExpiryBadge({ expiryDate, today }: { expiryDate: string | null; today: string }) {
  const t = useTranslations("CoordinatorBatches")
  const expiry = expiryStatus(expiryDate, today)
  if (!expiry || expiry.status === "ok") return null
  return expiry.status === "expired" ? (
    <span className="inline-block rounded-full border border-red-700 bg-white px-2 py-0.5 text-xs font-semibold text-red-800">{t("expired")}</span>
  ) : (
    <span className="inline-block rounded-full border border-amber bg-gold-light px-2 py-0.5 text-xs font-semibold text-amber">
      {t("expiresSoon", { days: expiry.daysLeft })}
    </span>
  )
}
