import { useFormatter, useTranslations } from "next-intl"
import { formatRupiah } from "@/lib/util/money"
import { PAY_AT_OUTLET_HOLD_DAYS } from "@/lib/util/pay-at-outlet"

/** What to pay at the outlet and by when: the order is cancelled after the hold (PAY_AT_OUTLET_HOLD_DAYS on the backend). */
export function PayAtOutletDue({ amount, placedAt }: { amount: number; placedAt: string }) {
  const t = useTranslations("Pickup")
  const format = useFormatter()
  const due = new Date(new Date(placedAt).getTime() + PAY_AT_OUTLET_HOLD_DAYS * 24 * 60 * 60 * 1000)
  const date = format.dateTime(due, { dateStyle: "long", timeZone: "Asia/Jakarta" })
  return <p className="mt-2 text-sm" data-testid="pay-at-outlet-due">{t("payAtOutletDue", { amount: formatRupiah(amount), date })}</p>
}
