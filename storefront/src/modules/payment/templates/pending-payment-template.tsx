import { getLocale, getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import type { PendingPayment } from "@/lib/types/pending-payment"
import { JAKARTA_TIME_ZONE } from "@/lib/util/jakarta-time"
import { formatRupiah } from "@/lib/util/money"
import { isOwnKind, paymentKind } from "@/lib/util/payment-options"
import { Countdown } from "../components/countdown"
import { MethodBadge } from "../components/method-badge"
import { PaymentFollower } from "../components/payment-follower"
import { QrPayment } from "../components/qr-payment"
import { VaPayment } from "../components/va-payment"

/** A deadline as shoppers in Palembang read it: their own clock, WIB. */
function formatDeadline(iso: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "id-ID", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: JAKARTA_TIME_ZONE,
  })
  return `${format.format(new Date(iso))} WIB`
}

/** The page a shopper pays on: what to pay, by when, and how; it follows the payment by itself. */
export async function PendingPaymentTemplate({ payment }: { payment: PendingPayment | null }) {
  const [t, methods, locale] = await Promise.all([getTranslations("PendingPayment"), getTranslations("PaymentMethods"), getLocale()])
  if (!payment) {
    return (
      <div className="mx-auto max-w-2xl space-y-4 px-4 py-8">
        <h1 className="text-3xl font-bold">{t("goneTitle")}</h1>
        <p>{t("gone")}</p>
        <Link href="/orders/lookup" className="text-maroon underline underline-offset-4">
          {t("trackOrder")}
        </Link>
      </div>
    )
  }
  const kind = paymentKind(payment.providerId)
  const { instructions } = payment
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <div className="flex items-center gap-3">
        {kind ? <MethodBadge kind={kind} /> : null}
        {kind && !isOwnKind(kind) ? <span className="font-semibold">{methods(kind)}</span> : null}
      </div>
      <dl className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-muted">{t("amount")}</dt>
          <dd className="text-2xl font-bold tabular-nums">{formatRupiah(payment.amount)}</dd>
        </div>
        {payment.expiresAt ? (
          <div>
            <dt className="text-sm text-muted">{t("deadline")}</dt>
            <dd className="font-semibold">{formatDeadline(payment.expiresAt, locale)}</dd>
            <dd className="text-sm text-maroon">
              <Countdown expiresAt={payment.expiresAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      <PaymentFollower cartId={payment.cartId} expiresAt={payment.expiresAt}>
        {instructions.type === "qr" ? (
          <QrPayment method={instructions.method} qrString={instructions.qrString} qrCodeUrl={instructions.qrCodeUrl} deeplinkUrl={instructions.deeplinkUrl} amount={payment.amount} />
        ) : (
          <VaPayment bank={instructions.bank} vaNumber={instructions.vaNumber} billKey={instructions.billKey} billerCode={instructions.billerCode} />
        )}
      </PaymentFollower>
    </div>
  )
}
