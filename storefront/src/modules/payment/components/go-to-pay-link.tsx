import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** The review step's way on for a gateway method: the payment page shows the QR or account number. */
export function GoToPayLink({ cartId }: { cartId: string }) {
  const t = useTranslations("PendingPayment")
  return (
    <div className="space-y-2">
      <p className="text-sm">{t("goToPayHint")}</p>
      <Link
        href={{ pathname: "/pay/[cartId]", params: { cartId } }}
        className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark"
      >
        {t("goToPay")}
      </Link>
    </div>
  )
}
