import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { getPendingPayment } from "@/lib/data/pending-payment"
import { ClientMessages } from "@/modules/common/components/client-messages"
import { PendingPaymentTemplate } from "@/modules/payment/templates/pending-payment-template"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PendingPayment")
  return { title: t("metaTitle"), robots: { index: false } }
}

/** /bayar/<cart id>: reachable again after a reload, a closed tab or from the email, until the cart is paid. */
export default async function PendingPaymentPage({ params }: { params: Promise<{ cartId: string }> }) {
  const { cartId } = await params
  const payment = /^cart_[A-Za-z0-9]+$/.test(cartId) ? await getPendingPayment(cartId) : null
  return (
    <ClientMessages sections={["PendingPayment"]}>
      <PendingPaymentTemplate payment={payment} />
    </ClientMessages>
  )
}
