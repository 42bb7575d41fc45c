import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { Link } from "@/i18n/navigation"
import { requireCustomer } from "@/lib/data/customer"
import { sendOrderNote } from "@/lib/data/maker-note-actions"
import { getOrderNoteCohorts } from "@/lib/data/maker-notes"
import { getCustomerOrder } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/private-metadata"
import { AccountTemplate } from "@/modules/account/templates/account-template"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderTransferInstructions } from "@/modules/order/components/order-transfer-instructions"
import { ThankYouNotes } from "@/modules/notes/components/thank-you-notes"

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  return privatePageMetadata({ pathname: "/account/orders/[id]", params: { id } }, (await getTranslations("Orders"))("metaTitle"))
}

/** One of the customer's own orders; any other id (someone else's, a guest's, made up) is a 404. */
export default async function AccountOrderPage({ params }: Props) {
  const { id } = await params
  const customer = await requireCustomer({ pathname: "/account/orders/[id]", params: { id } })
  const [t, order] = await Promise.all([getTranslations("Orders"), getCustomerOrder(id, customer.id)])
  if (!order) notFound()
  const noteCohorts = await getOrderNoteCohorts(order.id)
  return (
    <AccountTemplate title={t("detailTitle", { number: order.displayId ?? "" })} section="/account/orders">
      <Link href="/account/orders" className="mb-6 inline-block text-maroon underline underline-offset-4">
        ← {t("backToOrders")}
      </Link>
      <div className="space-y-6">
        {/* Until the transfer is captured, the same instructions as the confirmation page. */}
        <OrderTransferInstructions order={order} />
        <OrderDetails order={order} />
        <ThankYouNotes cohorts={noteCohorts} send={sendOrderNote.bind(null, order.id)} />
      </div>
    </AccountTemplate>
  )
}
