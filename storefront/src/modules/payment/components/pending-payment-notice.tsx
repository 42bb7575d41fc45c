import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { reshapePendingPayment } from "@/lib/data/reshape-pending-payment"
import { isOwnKind, paymentKind } from "@/lib/util/payment-options"

/**
 * A way back to an unfinished QRIS, e-wallet or virtual-account payment for a
 * shopper who left its page: shown on the cart while the code still works.
 */
export function PendingPaymentNotice({ cart, now = Date.now() }: { cart: HttpTypes.StoreCart | null; now?: number }) {
  const t = useTranslations("PendingPayment")
  const methods = useTranslations("PaymentMethods")
  const payment = cart ? reshapePendingPayment(cart as Parameters<typeof reshapePendingPayment>[0]) : null
  const kind = paymentKind(payment?.providerId)
  if (!payment || !kind || isOwnKind(kind)) return null
  if (payment.expiresAt && Date.parse(payment.expiresAt) <= now) return null
  return (
    <p role="status" className="mb-6 rounded-md border-2 border-maroon bg-white p-3">
      {t("resumeNotice", { method: methods(kind) })}{" "}
      <Link href={{ pathname: "/pay/[cartId]", params: { cartId: payment.cartId } }} className="font-semibold text-maroon underline underline-offset-4">
        {t("resumeLink")}
      </Link>
    </p>
  )
}
