import type { HttpTypes } from "@medusajs/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { BankTransferDetails } from "@/lib/types/checkout"
import { orderPaymentState } from "@/lib/util/order-status"
import { BankTransferInstructions } from "../components/bank-transfer-instructions"
import { OrderDetails } from "../components/order-details"

type Props = { order: HttpTypes.StoreOrder; bankTransfer: BankTransferDetails | null }

export function OrderConfirmedTemplate({ order, bankTransfer }: Props) {
  const t = useTranslations("Order")
  const number = order.display_id ?? order.id
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("confirmedTitle")}</h1>
        <p className="text-xl font-semibold text-maroon">{t("number", { number })}</p>
        {order.email ? <p>{t("emailSent", { email: order.email })}</p> : null}
      </div>
      {orderPaymentState(order) === "awaiting_transfer" ? (
        <BankTransferInstructions amount={order.total} orderNumber={number} details={bankTransfer} />
      ) : null}
      <OrderDetails order={order} />
      <Link href="/" className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark">
        {t("continueShopping")}
      </Link>
    </div>
  )
}
