import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"
import { getCustomer } from "@/lib/data/customer"
import { sendOrderNote } from "@/lib/data/maker-note-actions"
import { getOrderNoteCohorts } from "@/lib/data/maker-notes"
import { getOrder } from "@/lib/data/orders"
import { ThankYouNotes } from "@/modules/notes/components/thank-you-notes"
import { CreateAccountInvite } from "@/modules/order/components/create-account-invite"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Order")
  return { title: t("confirmedMetaTitle"), robots: { index: false } }
}

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const order = await getOrder(id)
  if (!order) notFound()
  const [customer, noteCohorts] = await Promise.all([getCustomer(), getOrderNoteCohorts(order.id)])
  return (
    <>
      <OrderConfirmedTemplate order={order} />
      {/* The same column as the order's cards above, edge to edge with them on a phone and a desktop. */}
      <div className="mx-auto mb-10 max-w-4xl space-y-6 px-4">
        <ThankYouNotes cohorts={noteCohorts} send={sendOrderNote.bind(null, order.id)} />
        {/* A guest's order: an account made from here starts with this order's name and address (issue 15 item 8). */}
        {!customer && <CreateAccountInvite orderId={order.id} />}
      </div>
    </>
  )
}
