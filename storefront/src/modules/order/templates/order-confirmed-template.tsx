import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import type { ShopOrder } from "@/lib/types/order"
import { OrderDetails } from "../components/order-details"
import { OrderTransferInstructions } from "../components/order-transfer-instructions"

type Props = { order: ShopOrder }

export function OrderConfirmedTemplate({ order }: Props) {
  const t = useTranslations("Order")
  const number = order.displayId ?? order.id
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold">{t("confirmedTitle")}</h1>
        <p className="text-xl font-semibold text-maroon">{t("number", { number })}</p>
        {order.email ? <p>{t("emailSent", { email: order.email })}</p> : null}
      </div>
      <OrderTransferInstructions order={order} />
      <OrderDetails order={order} />
      <Link href="/" className="inline-block rounded-md bg-maroon px-5 py-3 font-semibold text-white hover:bg-maroon-dark">
        {t("continueShopping")}
      </Link>
    </div>
  )
}
